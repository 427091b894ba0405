// A worker killed with SIGKILL in the middle of a batch loses nothing and duplicates nothing:
// its in-flight jobs lose their lock, another worker runs them again, and the content hash
// (job id + the store's unique key on documents) makes every document land exactly once.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { extractDocument } from '../../src/pipeline/process.ts';
import { contentHash } from '../../src/ingest/hash.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { BullRunner } from '../../src/queue/bull-runner.ts';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.ts';
import { startPostgres, startRedis, type PostgresServer, type RedisServer } from '../support/servers.ts';
import { exampleDocuments } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let pg: PostgresServer | null = null;
let redis: RedisServer | null = null;
let skip: string | null = null;

before(async () => {
  const r = await startRedis();
  if ('skip' in r) return void (skip = r.skip);
  redis = r;
  const p = await startPostgres();
  if ('skip' in p) return void (skip = p.skip);
  pg = p;
});
after(async () => {
  await redis?.stop();
  await pg?.stop();
});

/** A `sitrep worker` process; resolves once it has loaded and is taking jobs. */
async function startWorker(db: string, queue: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--queue', queue, '--concurrency', '2', '--lock-ms', '2000', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, SITREP_DB: db },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (b) => {
      err = (err + b).slice(-4000);
      if (err.includes('worker ready')) resolve();
    });
    child.on('exit', (code, sig) => reject(new Error(`worker exited (${code ?? sig}) before it was ready: ${err}`)));
  });
  return child;
}

async function until<T>(what: string, fn: () => Promise<T | null | false>, ms = 120_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

test('SIGKILL of a worker mid-batch: its jobs are retried by another, nothing lost or duplicated', async (t) => {
  if (skip) return t.skip(skip);
  const db = await pg!.newDatabase();
  const store: PostgresStore = await openPostgresStore(db);
  await store.migrate();
  const runner = new BullRunner(redis!.url, 3);
  const workers: ChildProcess[] = [];
  try {
    const docs = exampleDocuments(6, { digest: true, sections: 8 }); // ~0.5 s of work each
    for (const d of docs) await runner.submit(d);
    for (const d of docs.slice(0, 5)) await runner.submit(d); // the same documents again: no new jobs
    assert.equal((await runner.counts()).waiting, docs.length);

    // Two workers share the batch; A is killed while it holds jobs, after a few are done.
    const [a, b] = await Promise.all([startWorker(db, redis!.url), startWorker(db, redis!.url)]);
    workers.push(a, b);
    const inFlight = await until('worker A holding jobs mid-batch', async () => {
      if ((await runner.counts()).completed < 3) return null;
      const held = (await runner.documents.getActive()).filter((j) => j.processedBy?.endsWith(`:${a.pid}`));
      return held.length ? held.map((j) => j.id!) : null;
    });
    a.kill('SIGKILL');
    console.log(`# killed worker A holding ${inFlight.length} job(s)`);

    await until('every job completed', async () => (await runner.counts()).completed === docs.length);
    const c = await runner.counts();
    assert.deepEqual({ failed: c.failed, dead: c.dead, waiting: c.waiting, active: c.active }, { failed: 0, dead: 0, waiting: 0, active: 0 });
    // The jobs A held when it died lost their lock, were moved back to waiting (stalled) and
    // finished by B. (A job A finished in the instant before the kill is simply A's.)
    const jobs = await Promise.all(inFlight.map((id) => runner.documents.getJob(id)));
    const recovered = jobs.filter((j) => j!.stalledCounter > 0);
    assert.ok(recovered.length >= 1, 'the kill caught at least one job in flight');
    for (const j of recovered) assert.equal(j!.processedBy?.split(':')[1], String(b.pid), `job ${j!.id} was finished by the second worker`);
    console.log(`# ${recovered.length} job(s) recovered from the killed worker`);

    // Nothing lost, nothing twice: each document once, each of its reports in exactly one event.
    const gz = loadDefaultGazetteer();
    const expectedReports = docs.reduce((n, d) => n + extractDocument(d, contentHash(d), gz).length, 0);
    const [row] = await store.db.q<{ docs: number; hashes: number; reports: number; linked: number }>(
      `SELECT (SELECT count(*) FROM documents) AS docs, (SELECT count(DISTINCT content_hash) FROM documents) AS hashes,
              (SELECT count(*) FROM reports) AS reports,
              (SELECT coalesce(sum(jsonb_array_length(data->'report_ids')), 0) FROM events) AS linked`,
    );
    assert.deepEqual(row, { docs: docs.length, hashes: docs.length, reports: expectedReports, linked: expectedReports });
    assert.ok(expectedReports > 0);
  } finally {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => (w.exitCode !== null || w.signalCode !== null ? null : new Promise((r) => w.once('exit', r)))));
    await runner.close();
    await store.close();
  }
});
