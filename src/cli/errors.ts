// One place that turns any thrown error into a one-line message and an exit code.
//   UserError (bad input, bad flag) -> its message, exit 2 (or the code it carries);
//   anything else (a bug, a broken database) -> its message, exit 1; the stack trace is
//   printed only with SITREP_DEBUG=1, so users see one line and developers can ask for more.

export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }
}

export function reportError(err: unknown): number {
  if (err instanceof UserError) {
    process.stderr.write(`sitrep: ${err.message}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  if (process.env.SITREP_DEBUG) {
    process.stderr.write(`sitrep: ${e?.stack ?? String(err)}\n`);
  } else {
    const code = (e as NodeJS.ErrnoException)?.code;
    const message = (e?.message ?? String(err)).split('\n')[0];
    process.stderr.write(`sitrep: ${code ? `${code}: ` : ''}${message} (SITREP_DEBUG=1 shows the stack trace)\n`);
  }
  return 1;
}
