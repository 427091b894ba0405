// Throwaway PostgreSQL (+PostGIS) and Redis servers for tests and benchmarks: each runs on a
// free port in its own temp dir and is removed on stop. The real engines, never stand-ins.
// When a binary is truly absent the start function returns { skip: reason } and the caller
// skips with that printed reason.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** Connection URL of the server's default database (postgres). */
  url: string;
  /** Creates a fresh empty database with PostGIS and returns its URL. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

export type Started<T> = T | { skip: string };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Debian keeps initdb/pg_ctl in /usr/lib/postgresql/N/bin, off PATH; prefer the newest there. */
function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return found ? found.replace(/\/initdb$/, '') : null;
}

function postgisAvailable(bin: string): boolean {
  const cfg = spawnSync(join(bin, 'pg_config'), ['--sharedir'], { encoding: 'utf8' });
  const share = cfg.status === 0 ? cfg.stdout.trim() : null;
  return !!share && existsSync(join(share, 'extension', 'postgis.control'));
}

/** initdb refuses to run as root: run server commands as the `postgres` OS user then. */
function asServerUser(cmd: string, args: string[]): [string, string[]] {
  return userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

function run(cmd: string, args: string[]): void {
  const [c, a] = asServerUser(cmd, args);
  const r = spawnSync(c, a, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`);
}

/** Why PostgreSQL tests cannot run here (binaries or PostGIS absent), or null when they can. */
export function postgresMissing(): string | null {
  const bin = postgresBinDir();
  if (!bin) return 'PostgreSQL binaries (initdb, pg_ctl) not installed: apt-get install postgresql postgresql-15-postgis-3';
  if (!postgisAvailable(bin)) return `PostGIS not installed for ${bin}: apt-get install postgresql-15-postgis-3`;
  return null;
}

export async function startPostgres(opts: { settings?: Record<string, string> } = {}): Promise<Started<PostgresServer>> {
  const missing = postgresMissing();
  if (missing) return { skip: missing };
  const bin = postgresBinDir()!;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
  if (userInfo().uid === 0) chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  // Durability is irrelevant for a throwaway test server; speed is not.
  const settings: Record<string, string> = {
    listen_addresses: '127.0.0.1',
    unix_socket_directories: dir,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    ...opts.settings,
  };
  const o = Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`).join(' ');
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} ${o}`, 'start']);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let n = 0;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE sitrep_template');
  const tpl = new pg.Client({ connectionString: `${base}/sitrep_template` });
  await tpl.connect();
  await tpl.query('CREATE EXTENSION postgis');
  await tpl.end();
  let stopped = false;
  return {
    url: `${base}/postgres`,
    async newDatabase() {
      const name = `sitrep_${process.pid}_${++n}`;
      await admin.query(`CREATE DATABASE ${name} TEMPLATE sitrep_template`);
      return `${base}/${name}`;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await admin.end().catch(() => {});
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function uidOf(user: string): number {
  return Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim());
}
function gidOf(user: string): number {
  return Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
}

function redisBinary(): string | null {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return which.stdout.trim() || null;
}

export async function startRedis(): Promise<Started<RedisServer>> {
  const bin = redisBinary();
  if (!bin) return { skip: 'redis-server not installed: apt-get install redis-server' };
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-redis-'));
  const port = await freePort();
  const child: ChildProcess = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      log += b.toString();
      if (/Ready to accept connections/.test(log)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`redis-server exited (${code}): ${log.slice(-500)}`)));
  });
  child.stdout!.resume();
  child.stderr!.resume();
  let stopped = false;
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
