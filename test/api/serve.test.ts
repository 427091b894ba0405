// `sitrep serve` as a user runs it: a real process on a free port, stopped with SIGTERM.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'src', 'cli', 'main.ts')];
const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('sitrep serve listens, answers, prints its URL and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [...CLI, '--db', join(dir, 'serve.db'), 'serve', '--port', '0'], { cwd: ROOT });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
  const health = await fetch(new URL('/healthz', url));
  assert.equal(health.status, 200);
  const page = await fetch(url);
  assert.match(await page.text(), /<title>sitrep/);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});

test('a bad port is a one-line error and exit code 2', () => {
  const r = spawnSync(process.execPath, [...CLI, '--db', join(dir, 'bad.db'), 'serve', '--port', '99999'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^sitrep: --port must be a whole number 0-65535, got "99999"\n$/);
});
