// Feed monitoring end to end against a local site: new items fetched and extracted into
// events, conditional requests (304, nothing refetched), one request at a time per host, a
// failing article retried at the next poll, plain pages, the CLI, and BullMQ scheduling.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import { runWatchLoop, syncFeedSchedules, feedJobHandlers, watchesOf } from '../../src/feeds/schedule.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { createJobRunner } from '../../src/queue/index.ts';
import { BullRunner } from '../../src/queue/bull-runner.ts';
import { startWorker } from '../../src/queue/worker.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { startRedis } from '../support/servers.ts';
import { startFeedSite, type FeedSite } from './server.ts';

process.env.SITREP_POLITE_MS = '20';
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-feeds-'));
let site: FeedSite;
before(async () => {
  loadDefaultGazetteer();
  site = await startFeedSite();
});
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const ITEMS = [
  { id: 'a1', title: 'Shelling in Kharkiv', date: '2022-05-02', body: 'Artillery shelling hit a residential district of Kharkiv on Sunday, killing four civilians, the regional governor said.\nSeveral apartment buildings and a school were damaged in the strikes, which came shortly after midday.\nEmergency crews worked through the afternoon to clear the rubble, and the wounded were taken to the city hospital.' },
  { id: 'a2', title: 'Clashes in Marib', date: '2022-05-03', body: 'Houthi fighters clashed with government forces near Marib on Monday. Eleven fighters were killed, military sources said.\nThe fighting centred on hills south of the city, where both sides have traded positions for months.\nResidents reported hearing heavy gunfire and explosions late into the night.' },
];

let n = 0;
async function freshStore(): Promise<Store> {
  return openStore(join(dir, `watch-${++n}.db`));
}

test('a feed: new items become documents and events; an unchanged feed costs one 304', async () => {
  const store = await freshStore();
  const runner = await createJobRunner({ store });
  site.items = ITEMS.map((i) => ({ ...i }));
  site.log.length = 0;
  const watches = await watchesOf(store);
  await watches.add({ url: `${site.url}/feed.xml`, every_seconds: 600 });

  const first = await runWatchLoop({ store, runner, once: true });
  assert.equal(first.polls[0].outcome.message, 'ok: 2 new');
  for (const id of first.jobs) assert.equal((await runner.wait(id)).state, 'completed');
  const docs = (await store.listDocuments({})).items;
  assert.equal(docs.length, 2);
  assert.deepEqual(docs.map((d) => d.title).sort(), ['Clashes in Marib', 'Shelling in Kharkiv']);
  assert.equal(docs[0].source, 'Synthetic Gazette');
  const stored = (await store.getDocument(docs.find((d) => d.title === 'Shelling in Kharkiv')!.id))!;
  assert.equal(stored.kind, 'feed');
  assert.equal(stored.published, '2022-05-02');
  assert.match(stored.text, /killing four civilians/);
  assert.doesNotMatch(stored.text, /Home \| World|not text/, 'navigation and scripts are not article text');
  assert.ok((await store.countEvents({})) >= 1, 'the articles were extracted into events');

  // Unchanged: the feed answers 304 to the ETag it gave, and no article is fetched again.
  site.log.length = 0;
  const second = await runWatchLoop({ store, runner, once: true });
  assert.equal(second.polls[0].outcome.status, 'not-modified');
  assert.deepEqual(site.log.map((r) => [r.path, r.status, r.ifNoneMatch]), [['/feed.xml', 304, '"v2"']]);

  // One new item: only it is fetched.
  site.items.push({ id: 'a3', title: 'Protest in Bamako', date: '2022-05-04', body: 'Hundreds of protesters marched in Bamako on Wednesday against rising prices. The march was peaceful.' });
  site.log.length = 0;
  const third = await runWatchLoop({ store, runner, once: true });
  for (const id of third.jobs) await runner.wait(id);
  assert.deepEqual(site.log.map((r) => r.path), ['/feed.xml', '/articles/a3.html']);
  assert.equal((await store.listDocuments({})).items.length, 3);
  assert.equal(site.maxInFlight, 1, 'never more than one request at a time to a host');
  const [w] = await watches.list();
  assert.equal(w.etag, '"v3"');
  assert.equal(w.last_status, 'ok: 1 new');
  await runner.close();
  await store.close();
});

test('an article that fails is not marked seen and is fetched again at the next poll', async () => {
  const store = await freshStore();
  const runner = await createJobRunner({ store });
  site.items = [{ ...ITEMS[0] }, { ...ITEMS[1], body: null }]; // a2 answers 404 for now
  const watches = await watchesOf(store);
  await watches.add({ url: `${site.url}/feed.xml`, every_seconds: 600, source: 'Desk' });
  const first = await runWatchLoop({ store, runner, once: true });
  assert.equal(first.polls[0].outcome.message, 'ok: 1 new, 1 failed');
  site.items[1].body = ITEMS[1].body;
  site.items.push({ id: 'a4', title: 'Quiet day', date: '2022-05-05', body: 'No incidents were reported in the district on Thursday.' }); // new ETag
  const second = await runWatchLoop({ store, runner, once: true });
  assert.equal(second.polls[0].outcome.message, 'ok: 2 new');
  for (const id of [...first.jobs, ...second.jobs]) await runner.wait(id);
  const docs = (await store.listDocuments({})).items;
  assert.deepEqual(docs.map((d) => d.source), ['Desk', 'Desk', 'Desk']);
  await runner.close();
  await store.close();
});

test('a failed article is retried at the next poll even when the feed itself is unchanged (no 304 shortcut)', async () => {
  const store = await freshStore();
  const runner = await createJobRunner({ store });
  site.items = [{ ...ITEMS[0] }, { ...ITEMS[1], body: null }]; // a2 answers 404 for now
  const watches = await watchesOf(store);
  await watches.add({ url: `${site.url}/feed.xml`, every_seconds: 600 });
  assert.equal((await runWatchLoop({ store, runner, once: true })).polls[0].outcome.message, 'ok: 1 new, 1 failed');
  site.items[1].body = ITEMS[1].body; // the article appears; the feed (and its ETag) stay the same
  const second = await runWatchLoop({ store, runner, once: true });
  assert.equal(second.polls[0].outcome.message, 'ok: 1 new');
  for (const id of second.jobs) await runner.wait(id);
  assert.equal((await store.listDocuments({})).items.length, 2);
  assert.equal((await runWatchLoop({ store, runner, once: true })).polls[0].outcome.message, 'not modified', 'validators are kept again once all went through');
  await runner.close();
  await store.close();
});

test('an item with neither a link nor text is set aside once, not failed at every poll', async () => {
  const store = await freshStore();
  const runner = await createJobRunner({ store });
  site.items = [{ ...ITEMS[0] }, { id: 'b1', title: 'Breaking: more soon', date: '2022-05-06', body: null, bare: true }];
  const watches = await watchesOf(store);
  await watches.add({ url: `${site.url}/feed.xml`, every_seconds: 600 });
  const first = await runWatchLoop({ store, runner, once: true });
  assert.equal(first.polls[0].outcome.message, 'ok: 1 new');
  for (const id of first.jobs) await runner.wait(id);
  assert.equal((await runWatchLoop({ store, runner, once: true })).polls[0].outcome.message, 'not modified');
  await runner.close();
  await store.close();
});

test('a plain page is one document per distinct content', async () => {
  const store = await freshStore();
  const runner = await createJobRunner({ store });
  const watches = await watchesOf(store);
  await watches.add({ url: `${site.url}/page.html`, every_seconds: 600 });
  assert.equal((await runWatchLoop({ store, runner, once: true })).polls[0].outcome.message, 'ok: 1 new');
  assert.equal((await runWatchLoop({ store, runner, once: true })).polls[0].outcome.message, 'ok: 0 new');
  site.page = site.page.replace('two officers', 'three officers');
  const third = await runWatchLoop({ store, runner, once: true });
  assert.equal(third.polls[0].outcome.message, 'ok: 1 new');
  for (const id of third.jobs) await runner.wait(id);
  assert.equal((await store.listDocuments({})).items.length, 2);
  await runner.close();
  await store.close();
});

test('sitrep watch add / list / remove / run --once', async () => {
  const db = join(dir, 'cli.db');
  const sitrep = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { ...process.env, SITREP_DB: db } });
  site.items = ITEMS.map((i) => ({ ...i }));
  const feed = `${site.url}/feed.xml`;
  const added = await sitrep('watch', 'add', feed, '--every', '15m', '--source', 'Gazette');
  assert.match(added.stdout, /^w_[0-9a-f]{12}\t.*feed\.xml\tevery 900s\n$/);
  const listed = JSON.parse((await sitrep('watch', 'list', '--json')).stdout);
  assert.deepEqual(listed.map((w: { url: string; every_seconds: number; source: string }) => [w.url, w.every_seconds, w.source]), [[feed, 900, 'Gazette']]);
  const ran = await sitrep('watch', 'run', '--once');
  assert.match(ran.stderr, /1 watch\(es\) polled, 2 new document\(s\)/);
  await assert.rejects(sitrep('watch', 'add', feed, '--every', 'often'), /--every must look like/);
  await sitrep('watch', 'remove', feed);
  assert.deepEqual(JSON.parse((await sitrep('watch', 'list', '--json')).stdout), []);
});

test('queue mode: a repeatable poll job on a worker queues the new articles as document jobs', async (t) => {
  const redis = await startRedis();
  if ('skip' in redis) return t.skip(redis.skip);
  const store = await freshStore();
  const runner = new BullRunner(redis.url, 3);
  const worker = await startWorker({ store, queue: redis.url, handlers: feedJobHandlers(store, redis.url) });
  try {
    site.items = ITEMS.map((i) => ({ ...i }));
    await (await watchesOf(store)).add({ url: `${site.url}/feed.xml`, every_seconds: 3600 });
    assert.equal(await syncFeedSchedules(store, redis.url), 1);
    for (let i = 0; i < 400 && (await runner.counts()).completed < 2; i++) await new Promise((r) => setTimeout(r, 25));
    assert.equal((await runner.counts()).completed, 2);
    assert.equal((await store.listDocuments({})).items.length, 2);
    // Removing the watch removes its schedule.
    await (await watchesOf(store)).remove(`${site.url}/feed.xml`);
    assert.equal(await syncFeedSchedules(store, redis.url), 0);
  } finally {
    await worker.close();
    await runner.close();
    await store.close();
    await redis.stop();
  }
});
