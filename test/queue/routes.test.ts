import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildApp } from '../../src/api/app.ts';
import { createJobRunner } from '../../src/queue/index.ts';
import { openStore } from '../../src/store/index.ts';
import { exampleDocuments } from './helpers.ts';

test('GET /api/jobs and /api/jobs/:id show queue counts and one job', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-jobs-'));
  const store = await openStore(join(dir, 'j.db'));
  const runner = await createJobRunner({ store });
  const app = await buildApp({ store, web: false, runner });
  try {
    const job = await runner.submit(exampleDocuments(1)[0]);
    await runner.wait(job.id);
    const counts = (await app.inject('/api/jobs')).json();
    assert.deepEqual(counts, { runner: 'inline', counts: { waiting: 0, active: 0, delayed: 0, completed: 1, failed: 0, dead: 0 } });
    const one = (await app.inject(`/api/jobs/${job.id}`)).json();
    assert.equal(one.state, 'completed');
    assert.equal(one.result.created, true);
    assert.equal((await app.inject(`/api/jobs/${'0'.repeat(64)}`)).statusCode, 404);
    assert.equal((await app.inject('/api/jobs/not-a-hash')).statusCode, 400);
  } finally {
    await app.close();
    await runner.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
