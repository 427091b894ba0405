// The dashboard's Jobs status in a real browser, against a server that queues ingests on a
// throwaway redis-server: the form says the report waits, a BullMQ worker (the code `sitrep
// worker` runs) processes it, and the form, the counts and the document list follow.
// Skips, saying why, only when Chromium or redis-server is absent.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from './browser.ts';
import { startServer } from '../../src/api/server.ts';
import { createJobRunner, type JobRunner } from '../../src/queue/index.ts';
import { startWorker } from '../../src/queue/worker.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { startRedis, type RedisServer } from '../support/servers.ts';

// Written for this test in our own words.
const REPORT = 'Shelling hits Ajdabiya outskirts\n\nArtillery shells landed on the outskirts of Ajdabiya, Libya on 9 March 2020, killing three civilians, a hospital official said.';

const redis = existsSync(CHROMIUM) ? await startRedis() : { skip: `${CHROMIUM} not installed (apt-get install chromium)` };
const skip = 'skip' in redis ? redis.skip : false;
if (skip) console.log(`# skipping dashboard jobs test: ${skip}`);

describe('dashboard Jobs status with a Redis queue', { skip, timeout: 120_000 }, () => {
  let dir: string;
  let store: Store;
  let runner: JobRunner;
  let server: { url: string; close(): Promise<void> };
  let ctx: BrowserContext;
  let page: Page;
  let worker: { close(): Promise<void> } | null = null;
  const pageErrors: string[] = [];

  before(async () => {
    const r = redis as RedisServer;
    dir = mkdtempSync(join(tmpdir(), 'sitrep-web-jobs-'));
    store = await openStore(join(dir, 'jobs.db'));
    runner = await createJobRunner({ store, queue: r.url });
    server = await startServer({ store, runner, port: 0 });
    ({ ctx, page } = await launchChromium(dir, pageErrors));
  });

  after(async () => {
    await ctx?.close();
    await worker?.close();
    await server?.close();
    await runner?.close();
    await store?.close();
    await (redis as RedisServer).stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a queued report is shown waiting, then processed by a worker; the counts follow', async () => {
    await page.goto(`${server.url}?view=documents`);
    const jobs = page.getByRole('region', { name: 'Jobs' });
    await jobs.getByText('Reports are queued and processed by workers.').waitFor();
    const count = (label: string) => jobs.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd').textContent();
    assert.equal(await count('Completed'), '0');

    await page.getByLabel('Text of the report').fill(REPORT);
    await page.getByLabel('Title').fill('Shelling near Ajdabiya');
    await page.getByLabel('Source').fill('Jobs Desk');
    await page.getByRole('button', { name: 'Ingest', exact: true }).click();
    const status = page.locator('form.ingest [role=status]');
    await page.waitForFunction(() => /Queued: waiting for a worker/.test(document.querySelector('form.ingest [role=status]')?.textContent ?? ''));
    // The counts refresh on their own while the view is open.
    await page.waitForFunction(() => document.querySelector('.job-counts')?.textContent?.includes('Waiting1'));

    worker = await startWorker({ store, queue: (redis as RedisServer).url });
    await page.waitForFunction(() => /^Processed: stored, [1-9]\d* event\(s\) found\.$/.test(document.querySelector('form.ingest [role=status]')?.textContent ?? ''), undefined, { timeout: 30_000 });
    assert.match((await status.textContent())!, /Processed: stored/);
    // The processed document opens, with its events, and the counts show the completed job.
    await page.waitForURL(/doc=/);
    await page.locator('#doc-title', { hasText: 'Shelling near Ajdabiya' }).waitFor();
    await page.waitForFunction(() => document.querySelector('.job-counts')?.textContent?.includes('Completed1'));
    assert.equal(await count('Waiting'), '0');
    assert.deepEqual(pageErrors, []);
  });
});
