// `sitrep migrate`: SQLite -> PostgreSQL -> SQLite keeps everything (ids, timestamps, review
// state, audit log, link order, proposals, watches) and every query answers the same.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, test } from 'node:test';
import { fillStore } from '../../bench/synthetic.ts';
import { copyStore } from '../../src/cli/commands/migrate.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { watchesOf } from '../../src/feeds/schedule.ts';
import { corpus, doc, report } from '../store/fixtures.ts';
import { usePostgres } from './helpers.ts';

const fx = usePostgres();
const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A bit of everything: bulk events, an attach, a proposal, edits, a rejection, a merge, a split, a watch. */
function history() {
  const second = 'A second source on the Misrata clashes counts three dead.';
  const other = 'Another account of the Sirte fighting.';
  return {
    corpus: corpus(),
    attach: { doc: doc(second), report: report(second, { fatalities: 3, fatalities_max: 3 }) },
    propose: { doc: doc(other), report: report(other, { location: 'Sirte', latitude: 31.2, longitude: 16.59 }) },
  };
}

async function populate(s: Store, h = history()): Promise<void> {
  await fillStore(s, 2500, { seed: 3, batch: 900 });
  const made = [];
  for (const item of h.corpus) made.push(...(await s.saveIngest(item.doc, item.reports)).events);
  await s.saveIngest(h.attach.doc, [h.attach.report], [{ kind: 'attach', event_id: made[0].id, score: 0.9, rule: 'test' }]);
  await s.saveIngest(h.propose.doc, [h.propose.report], [{ kind: 'propose', event_id: made[5].id, score: 0.6, rule: 'grey' }]);
  const who = { actor: 'analyst1', action: 'edit' };
  await s.updateEvent(made[1].id, { fields: { fatalities: 6 }, grade: 'fair' }, who);
  await s.updateEvent(made[2].id, { status: 'rejected' }, { ...who, action: 'reject', reason: 'duplicate wire copy' });
  await s.moveReports((await s.getReports(made[4].id)).map((r) => r.id), made[3].id, { ...who, action: 'merge' });
  await s.moveReports([(await s.getReports(made[0].id))[1].id], null, { ...who, action: 'split' });
  const w = await watchesOf(s);
  const watch = await w.add({ url: 'https://example.org/feed.xml', every_seconds: 600, source: 'Example' });
  await w.markSeen(watch.id, ['item-1', 'item-2']);
  await s.users!.add({ name: 'amina', role: 'analyst', password_hash: 'scrypt$test' });
  await s.users!.addToken('amina', 'a'.repeat(64), 'laptop');
}

async function snapshot(s: Store) {
  const events = [];
  for await (const e of s.streamEvents({ include_hidden: true, sort: 'date' })) events.push(e);
  const sample = events.filter((_, i) => i % 97 === 0 || i >= events.length - 12);
  return {
    events,
    reports: await Promise.all(sample.map((e) => s.getReports(e.id))),
    audit: await Promise.all(sample.map((e) => s.auditLog(e.id))),
    documents: (await s.listDocuments({ limit: 1000 })).items,
    monthly: await s.aggregate({ include_hidden: true }, 'month'),
    text: (await s.listEvents({ text: 'Misrata', limit: 100 })).items.map((e) => e.id),
    bbox: (await s.listEvents({ bbox: [12, 30, 17, 33], limit: 1000 })).items.map((e) => e.id),
    watches: await (await watchesOf(s)).list(),
    users: await s.users!.list(),
  };
}

test('SQLite -> PostgreSQL -> SQLite keeps every row and every answer', async (t) => {
  if (fx.skip) return t.skip(fx.skip);
  const lite = await openStore(join(dir, 'source.db'));
  await populate(lite);
  const want = await snapshot(lite);
  assert.ok(want.events.some((e) => e.status === 'merged') && want.events.some((e) => e.overrides?.fatalities));

  const pgUrl = await fx.server!.newDatabase();
  const pg = await openStore(pgUrl);
  const counts = await copyStore(lite, pg);
  assert.equal(counts.events, want.events.length);
  const got = await snapshot(pg);
  for (const k of Object.keys(want) as Array<keyof typeof want>) assert.deepEqual(got[k], want[k], `postgres copy: ${k}`);
  await assert.rejects(copyStore(lite, pg), /not empty/);
  await pg.close();
  await lite.close();

  // And back, through the CLI.
  const back = join(dir, 'back.db');
  const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'migrate', '--from', pgUrl, '--to', back], { cwd: ROOT });
  assert.match(run.stderr, /copied \d+ documents, \d+ reports, \d+ events, \d+ audit, 1 proposals, 1 watches, 1 users, 1 tokens; counts checked/);
  const again = await openStore(back);
  const back2 = await snapshot(again);
  for (const k of Object.keys(want) as Array<keyof typeof want>) assert.deepEqual(back2[k], want[k], `sqlite copy back: ${k}`);
  await again.close();
});

/** Drops wall-clock fields (anything *_at, at, last_checked), recursively. */
function untimed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(untimed);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([k]) => !/(^|_)at$|^last_checked$/.test(k)).map(([k, x]) => [k, untimed(x)]));
  }
  return v;
}

test('the same history (ingests, attach, propose, edit, reject, merge, split) gives the same store on both engines', async (t) => {
  if (fx.skip) return t.skip(fx.skip);
  const lite = await openStore(join(dir, 'history.db'));
  const pg = await openStore(await fx.server!.newDatabase());
  const h = history();
  await populate(lite, h);
  await populate(pg, h);
  const [a, b] = [await snapshot(lite), await snapshot(pg)];
  for (const k of Object.keys(a) as Array<keyof typeof a>) assert.deepEqual(untimed(b[k]), untimed(a[k]), k);
  await lite.close();
  await pg.close();
});
