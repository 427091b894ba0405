// The JobRunner contract, held by both runners: in-process and BullMQ on a throwaway Redis
// (with an in-process `startWorker` consuming). Idempotent submission by content hash,
// results and progress visible, a failing job retried then dead-lettered with its error.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { NewDocument } from '../../src/core/types.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { createJobRunner, type JobRunner } from '../../src/queue/index.ts';
import { startWorker, type RunningWorker } from '../../src/queue/worker.ts';
import { BullRunner } from '../../src/queue/bull-runner.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { startRedis, type RedisServer } from '../support/servers.ts';
import { exampleDocuments } from './helpers.ts';

process.env.SITREP_JOB_BACKOFF_MS = '20';
const dir = mkdtempSync(join(tmpdir(), 'sitrep-queue-'));
let redis: RedisServer | null = null;
let redisSkip: string | null = null;
before(async () => {
  loadDefaultGazetteer(); // once, up front, for every job in this file
  const r = await startRedis();
  if ('skip' in r) redisSkip = r.skip;
  else redis = r;
});
after(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

// A document the store refuses (kind is required): fails on every attempt, for real.
const broken = { text: 'Shelling hit the market in Kharkiv on Monday, killing three people.', kind: null } as unknown as NewDocument;

let n = 0;
function runnerContract(kind: 'inline' | 'bullmq') {
  describe(`${kind} job runner`, () => {
    let store: Store;
    let runner: JobRunner;
    let worker: RunningWorker | null = null;
    let skip: string | null = null;
    before(async () => {
      if (kind === 'bullmq' && !redis) return void (skip = redisSkip);
      store = await openStore(join(dir, `runner-${++n}.db`));
      runner = await createJobRunner({ store, queue: kind === 'bullmq' ? redis!.url : null, attempts: 3 });
      if (kind === 'bullmq') {
        await (runner as BullRunner).documents.obliterate({ force: true });
        worker = await startWorker({ store, queue: redis!.url, concurrency: 2 });
      }
    });
    after(async () => {
      await worker?.close();
      await runner?.close();
      await store?.close();
    });

    test('a document becomes a completed job with its result; the same document again is the same job', async (t) => {
      if (skip) return t.skip(skip);
      const [doc] = exampleDocuments(1);
      const first = await runner.submit(doc);
      const again = await runner.submit({ ...doc });
      assert.equal(again.id, first.id);
      const done = await runner.wait(first.id);
      assert.equal(done.state, 'completed');
      assert.equal(done.result!.created, true);
      assert.ok(done.result!.events >= 1);
      assert.equal((await store.getDocument(done.result!.document_id))!.title, doc.title);
      const resubmitted = await runner.submit(doc);
      assert.equal(resubmitted.state, 'completed', 'a finished document is not queued again');
      assert.equal((await store.listDocuments({})).items.length, 1);
    });

    test('several documents: all complete, counts add up', async (t) => {
      if (skip) return t.skip(skip);
      const docs = exampleDocuments(2);
      const jobs = await Promise.all(docs.map((d) => runner.submit(d)));
      for (const j of jobs) assert.equal((await runner.wait(j.id)).state, 'completed');
      const c = await runner.counts();
      assert.equal(c.completed, new Set(jobs.map((j) => j.id)).size);
      assert.equal(c.waiting + c.active + c.delayed, 0);
    });

    test('a failing job is retried with backoff, then dead-lettered with its error', async (t) => {
      if (skip) return t.skip(skip);
      const job = await runner.submit(broken);
      const done = await runner.wait(job.id);
      assert.equal(done.state, 'failed');
      assert.equal(done.attempts, 3);
      assert.match(done.error!, /kind|NOT NULL/i);
      const c = await runner.counts();
      assert.equal(c.failed, 1);
      // The dead letter is written as the job fails for good; give the write a moment.
      for (let i = 0; i < 50 && (await runner.counts()).dead === 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal((await runner.counts()).dead, 1);
      assert.equal((await runner.job(job.id))!.error, done.error);
    });
  });
}

runnerContract('inline');
runnerContract('bullmq');
