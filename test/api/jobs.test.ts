// Job progress over the API: the in-process runner (default) and a BullMQ runner on a throwaway
// redis-server, where POST /api/ingest queues the report (202) and an in-process BullMQ worker
// (the same code `sitrep worker` runs) processes it. Skips, saying why, only without redis-server.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildApp } from '../../src/api/app.ts';
import { createJobRunner } from '../../src/queue/index.ts';
import { startWorker } from '../../src/queue/worker.ts';
import { openStore } from '../../src/store/index.ts';
import { startRedis } from '../support/servers.ts';

// Written for this test in our own words.
const REPORT = {
  text: 'Clashes near Sirte leave four dead\n\nFighting broke out on the outskirts of Sirte, Libya on 12 February 2020 between the Libyan National Army and forces of the Government of National Accord. Four fighters were killed, a local official said.',
  title: 'Clashes near Sirte',
  source: 'Jobs Desk',
  published: '2020-02-13',
};
const ZERO = { waiting: 0, active: 0, delayed: 0, completed: 0, failed: 0, dead: 0 };

async function tempStore() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-jobs-'));
  const store = await openStore(join(dir, 'jobs.db'));
  return { store, cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

test('without a queue GET /api/jobs answers with the in-process runner, and the routes are in /openapi.json', async () => {
  const { store, cleanup } = await tempStore();
  const app = await buildApp({ store, web: false });
  try {
    assert.deepEqual((await app.inject('/api/jobs')).json(), { runner: 'inline', counts: ZERO });
    const paths = (await app.inject('/openapi.json')).json().paths;
    assert.ok(paths['/api/jobs']?.get, 'GET /api/jobs documented');
    assert.ok(paths['/api/jobs/{id}']?.get?.responses?.['404'], 'GET /api/jobs/{id} documented with its 404');
    assert.ok(paths['/api/ingest'].post.responses['202'], 'the queued reply of ingest is documented');
    // Inline ingest keeps answering with the events found.
    const r = await app.inject({ method: 'POST', url: '/api/ingest', payload: REPORT });
    assert.equal(r.statusCode, 201, r.body);
    assert.ok(r.json().events.length >= 1);
  } finally {
    await app.close();
    await cleanup();
  }
});

test('a job run by the inline runner is visible at /api/jobs and /api/jobs/:id', async () => {
  const { store, cleanup } = await tempStore();
  const runner = await createJobRunner({ store });
  const app = await buildApp({ store, web: false, runner });
  try {
    const job = await runner.submit({ kind: 'api', ...REPORT });
    await runner.wait(job.id);
    assert.deepEqual((await app.inject('/api/jobs')).json(), { runner: 'inline', counts: { ...ZERO, completed: 1 } });
    const one = (await app.inject(`/api/jobs/${job.id}`)).json();
    assert.equal(one.state, 'completed');
    assert.equal(one.title, REPORT.title);
    assert.equal(one.result.created, true);
    assert.ok(one.result.events >= 1);
    const missing = await app.inject(`/api/jobs/${'0'.repeat(64)}`);
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'NOT_FOUND');
    assert.equal((await app.inject('/api/jobs/not-a-hash')).statusCode, 400);
  } finally {
    await app.close();
    await runner.close();
    await cleanup();
  }
});

const redis = await startRedis();
const skip = 'skip' in redis ? redis.skip : false;
if (skip) console.log(`# skipping queued-ingest API test: ${skip}`);
else after(() => ('skip' in redis ? undefined : redis.stop()));

describe('POST /api/ingest with a BullMQ runner', { skip }, () => {
  test('replies 202 with the job; a worker completes it and the events appear', async () => {
    if ('skip' in redis) return;
    const { store, cleanup } = await tempStore();
    const runner = await createJobRunner({ store, queue: redis.url });
    const app = await buildApp({ store, web: false, runner });
    let worker: Awaited<ReturnType<typeof startWorker>> | null = null;
    try {
      const r = await app.inject({ method: 'POST', url: '/api/ingest', payload: REPORT });
      assert.equal(r.statusCode, 202, r.body);
      const { job, status_url } = r.json();
      assert.match(job.id, /^[0-9a-f]{64}$/);
      assert.equal(status_url, `/api/jobs/${job.id}`);
      // No worker yet: the job waits and nothing is stored.
      assert.equal((await app.inject(status_url)).json().state, 'waiting');
      assert.deepEqual((await app.inject('/api/jobs')).json(), { runner: 'bullmq', counts: { ...ZERO, waiting: 1 } });
      assert.equal((await app.inject('/api/events?limit=1&with_total=1')).json().total, 0);

      worker = await startWorker({ store, queue: redis.url });
      await runner.wait(job.id);
      const done = (await app.inject(status_url)).json();
      assert.equal(done.state, 'completed', done.error ?? '');
      assert.equal(done.result.created, true);
      assert.ok(done.result.events >= 1, 'the clash is found');
      const doc = (await app.inject(`/api/documents/${done.result.document_id}`)).json();
      assert.equal(doc.document.source, REPORT.source);
      assert.equal(doc.events.length, done.result.events);
      assert.equal((await app.inject('/api/events?limit=1&with_total=1')).json().total, done.result.events);

      // The same report again is the same job: answered from the queue, nothing processed twice.
      const again = await app.inject({ method: 'POST', url: '/api/ingest', payload: REPORT });
      assert.equal(again.statusCode, 202);
      assert.deepEqual(again.json().job, { id: job.id, state: 'completed' });
      assert.equal((await app.inject('/api/jobs')).json().counts.completed, 1);
    } finally {
      await worker?.close();
      await app.close();
      await runner.close();
      await cleanup();
    }
  });
});
