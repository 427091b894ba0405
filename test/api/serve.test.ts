// `sitrep serve` as a user runs it: a real process on a free port, stopped with SIGTERM.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
// The launcher users run (npx sitrep), not tsx's CLI: that one force-kills a child whose event
// loop is busy (here: loading the gazetteer) when a signal comes, instead of letting it stop cleanly.
const CLI = [join(ROOT, 'bin', 'sitrep.js')];
const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `sitrep serve` on a free port; resolves with its URL and a stop() that expects exit 0. */
async function serve(db: string): Promise<{ url: string; stderr(): string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [...CLI, '--db', db, 'serve', '--port', '0'], { cwd: ROOT });
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
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    url,
    stderr: () => err,
    stop: async () => {
      child.kill('SIGTERM');
      assert.equal(await exited, 0, err);
    },
  };
}

test('sitrep serve listens, answers, prints its URL and stops on SIGTERM', async () => {
  const server = await serve(join(dir, 'serve.db'));
  const health = await fetch(new URL('/healthz', server.url));
  assert.equal(health.status, 200);
  const page = await fetch(server.url);
  assert.match(await page.text(), /<title>sitrep/);
  await server.stop();
});

test('reports ingested through the server are geocoded with the gazetteer imported beside the store', async () => {
  const db = join(dir, 'geo.db');
  // The fixture dump puts a village of this name in Libya; the bundled gazetteer has none there.
  const imported = spawnSync(process.execPath, [...CLI, '--db', db, 'gazetteer', 'import', join(ROOT, 'test', 'geo', 'fixtures', 'mini-dump.txt')], { cwd: ROOT, encoding: 'utf8' });
  // Exit 1: the fixture holds one malformed line on purpose, reported and skipped.
  assert.match(imported.stderr, /12 places/);
  const server = await serve(db);
  try {
    const res = await fetch(new URL('/api/ingest', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'On 3 May 2020 militiamen shelled Umm Ruwaba in Libya, killing two civilians.', published: '2020-05-04', source: 'Test Wire' }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    const body = (await res.json()) as { events: Array<{ location: string | null; latitude: number | null; longitude: number | null }> };
    const f = body.events[0]!;
    assert.equal(f.location, 'Umm Ruwaba');
    assert.deepEqual([f.latitude, f.longitude], [31.3, 15.3]);
  } finally {
    await server.stop();
  }
});

test('the server loads the gazetteer after it starts listening, before any ingest asks for it', async () => {
  const server = await serve(join(dir, 'warm.db'));
  try {
    // No request is made: only the background warm-up can print this.
    for (let i = 0; i < 600 && !server.stderr().includes('loading the gazetteer'); i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(server.stderr(), /loading the gazetteer/);
  } finally {
    await server.stop();
  }
});

test('a bad port is a one-line error and exit code 2', () => {
  const r = spawnSync(process.execPath, [...CLI, '--db', join(dir, 'bad.db'), 'serve', '--port', '99999'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^sitrep: --port must be a whole number 0-65535, got "99999"\n$/);
});
