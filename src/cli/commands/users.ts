// `sitrep users add|token|list|role|passwd|revoke|remove`: server users and API tokens, managed
// locally by whoever can open the database (that is how the first admin is made).

import type { Command } from 'commander';
import type { Store } from '../../store/store.ts';
import { UserError } from '../errors.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function run(cmd: Command, body: (store: Store, ...args: any[]) => Promise<string>) {
  return async (...args: any[]) => {
    const { openStore } = await import('../../store/index.ts');
    const { AuthError } = await import('../../auth/users.ts');
    const store = await openStore(cmd.optsWithGlobals().db);
    try {
      process.stdout.write(await body(store, ...args.slice(0, -1)));
    } catch (err) {
      if (err instanceof AuthError) throw new UserError(err.message);
      throw err;
    } finally {
      await store.close();
    }
  };
}

const lib = () => import('../../auth/users.ts');

export function register(program: Command): void {
  const users = program.command('users').description('server users (viewer, analyst, admin) and API tokens');

  const add = users
    .command('add')
    .description('add a user; with users present the server asks for tokens on every change')
    .argument('<name>')
    .requiredOption('--role <role>', 'viewer | analyst | admin')
    .option('--password-stdin', 'read a password (for POST /api/login) from standard input');
  add.action(run(add, async (s, name: string, o: { role: string; passwordStdin?: boolean }) => {
    const password = o.passwordStdin ? await readStdin() : null;
    const u = await (await lib()).addUser(s, name, o.role, password);
    return `added ${u.name} (${u.role})${password ? ' with a password' : ''}; make a token with: sitrep users token ${u.name}\n`;
  }));

  const token = users.command('token').description('issue an API token (printed once; only its hash is stored)').argument('<name>').option('--label <text>');
  token.action(run(token, async (s, name: string, o: { label?: string }) => (await (await lib()).issueToken(s, name, o.label)) + '\n'));

  const list = users.command('list').description('list users');
  list.action(run(list, async (s) => {
    const u = await (await lib()).usersOf(s);
    const rows = u ? await u.list() : [];
    if (!rows.length) return 'no users: the server is open (local mode)\n';
    return rows.map((r) => `${r.name}\t${r.role}\t${r.tokens} token(s)\t${r.password_hash ? 'password' : 'no password'}\t${r.created_at}\n`).join('');
  }));

  const role = users.command('role').description("change a user's role").argument('<name>').argument('<role>');
  role.action(run(role, async (s, name: string, r: string) => {
    const u = await (await lib()).updateUser(s, name, { role: r });
    return `${u.name} is now ${u.role}\n`;
  }));

  const passwd = users.command('passwd').description('set a password, read from standard input').argument('<name>');
  passwd.action(run(passwd, async (s, name: string) => {
    await (await lib()).updateUser(s, name, { password: await readStdin() });
    return `password of ${name} changed\n`;
  }));

  const revoke = users.command('revoke').description("revoke all of a user's tokens").argument('<name>');
  revoke.action(run(revoke, async (s, name: string) => {
    const u = await (await lib()).usersOf(s);
    return `${u ? await u.revokeTokens(name) : 0} token(s) of ${name} revoked\n`;
  }));

  const remove = users.command('remove').description('remove a user and revoke their tokens').argument('<name>');
  remove.action(run(remove, async (s, name: string) => {
    const u = await (await lib()).usersOf(s);
    if (!u || !(await u.remove(name))) throw new UserError(`no user ${name}`);
    return `removed ${name}\n`;
  }));
}
