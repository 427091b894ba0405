// The sitrep command line. Each command lives in commands/<name>.ts and is loaded only when
// run, so `sitrep extract` does not pay for the HTTP server or the queue client.
// To add a command: write commands/<name>.ts exporting `register(program)` and add it below.

import { Command, CommanderError } from 'commander';
import { reportError } from './errors.ts';
import { tuneForBatchExtraction } from '../extract/batch-tiering.ts';
import { commandOf } from './options.ts';

const COMMANDS: Array<{ name: string; load: () => Promise<{ register: (p: Command) => void }> }> = [
  { name: 'ingest', load: () => import('./commands/ingest.ts') },
  { name: 'extract', load: () => import('./commands/extract.ts') },
  { name: 'events', load: () => import('./commands/events.ts') },
  { name: 'show', load: () => import('./commands/show.ts') },
  { name: 'export', load: () => import('./commands/export.ts') },
  { name: 'start', load: () => import('./commands/start.ts') },
  { name: 'gazetteer', load: () => import('./commands/gazetteer.ts') },
  { name: 'eval', load: () => import('./commands/eval.ts') },
  { name: 'import', load: () => import('./commands/import.ts') },
  { name: 'review', load: () => import('./commands/review.ts') },
  { name: 'users', load: () => import('./commands/users.ts') },
  { name: 'serve', load: () => import('./commands/serve.ts') },
  { name: 'worker', load: () => import('./commands/worker.ts') },
  { name: 'watch', load: () => import('./commands/watch.ts') },
  { name: 'migrate', load: () => import('./commands/migrate.ts') },
];

/** One-shot commands that extract many texts and exit: they get V8's batch settings (see
 *  batch-tiering.ts); the server and the worker run long and keep V8's defaults. */
const BATCH_EXTRACTION = new Set(['eval', 'extract', 'ingest']);

async function main(argv: string[]): Promise<void> {
  const program = new Command('sitrep')
    .description('Turn raw conflict reporting into structured, evidenced, ACLED-compatible events')
    .option('--db <path-or-url>', 'event store: SQLite file path or postgres:// URL (env SITREP_DB)')
    .showHelpAfterError('(run with --help for usage)')
    // Commander prints its own message; the exit code is decided in one place below.
    .exitOverride();
  const wanted = commandOf(argv.slice(2));
  if (wanted && BATCH_EXTRACTION.has(wanted)) tuneForBatchExtraction();
  // Load only the command being run; with no/unknown command, load all so help lists them.
  const chosen = COMMANDS.filter((c) => c.name === wanted);
  for (const c of chosen.length ? chosen : COMMANDS) {
    try {
      (await c.load()).register(program);
    } catch (err) {
      if (chosen.length) throw err;
      // A command module that is not written yet must not break `sitrep --help`.
    }
  }
  await program.parseAsync(argv);
}

// `sitrep events | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).catch((err) => {
  // Usage errors (unknown option, bad choice) exit 2 like UserError; --help and --version exit 0.
  if (err instanceof CommanderError) process.exitCode = err.exitCode === 0 ? 0 : 2;
  else process.exitCode = reportError(err);
});
