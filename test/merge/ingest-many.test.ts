// saveIngestMany gives each item its events as they were right after that item, also when a
// later item of the same batch attaches to the same event (SQLite reads a batch's events in one
// go and must read them before such a change); with events: false it writes the same and reads
// nothing back; on SQLite and, when present, PostgreSQL.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { doc, report } from '../store/fixtures.ts';
import { usePostgres } from '../postgres/helpers.ts';

const pg = usePostgres();

async function check(store: Store) {
  const [stored] = (await store.saveIngest(doc('Clash in Misrata, two killed.'), [report('Clash in Misrata, two killed.')])).events;
  const attach = { kind: 'attach' as const, event_id: stored!.id, score: 0.9, rule: 'test' };
  const texts = ['Misrata clash: three dead.', 'Fighting in Misrata left four dead.', 'A market fire in Sirte.'];
  const results = await store.saveIngestMany([
    { doc: doc(texts[0]!), reports: [report(texts[0]!, { fatalities: 3, fatalities_max: 3 })], placements: [attach] },
    { doc: doc(texts[2]!), reports: [report(texts[2]!, { location: 'Sirte' })] },
    { doc: doc(texts[1]!), reports: [report(texts[1]!, { fatalities: 4, fatalities_max: 4 })], placements: [attach] },
    { doc: doc(texts[0]!), reports: [report(texts[0]!)] },
  ]);
  assert.deepEqual(results.map((r) => r.created), [true, true, true, false]);
  assert.equal(results[0]!.events[0]!.report_ids.length, 2, 'the first attach sees its own report, not the later one');
  assert.equal(results[0]!.events[0]!.fatalities_max, 3);
  assert.equal(results[1]!.events[0]!.location, 'Sirte');
  assert.equal(results[2]!.events[0]!.report_ids.length, 3);
  assert.equal(results[2]!.events[0]!.fatalities_max, 4);
  assert.equal(results[3]!.events[0]!.report_ids.length, 3, 'a known document returns its events as they are');
  assert.deepEqual(results[2]!.events[0], await store.getEvent(stored!.id));

  // Without events (an import's batches): the same writes and created flags.
  const more = ['Misrata shelling, five dead.', 'A protest in Tripoli.'];
  const lean = await store.saveIngestMany(
    [
      { doc: doc(more[0]!), reports: [report(more[0]!, { fatalities: 5, fatalities_max: 5 })], placements: [attach] },
      { doc: doc(more[1]!), reports: [report(more[1]!, { location: 'Tripoli' })] },
      { doc: doc(texts[2]!), reports: [report(texts[2]!)] },
    ],
    { events: false },
  );
  assert.deepEqual(lean.map((r) => r.created), [true, true, false]);
  assert.ok(lean.every((r) => r.document.id), 'each result names its document');
  const after = (await store.getEvent(stored!.id))!;
  assert.equal(after.report_ids.length, 4);
  assert.equal(after.fatalities_max, 5);
  assert.equal((await store.listEvents({ text: 'protest', limit: 5 })).items.length, 1);
}

test('sqlite: saveIngestMany results are per item', async () => {
  const store = await openStore(':memory:');
  await check(store);
  await store.close();
});

test('postgres: saveIngestMany results are per item', async (t) => {
  if (pg.skip) return t.skip(pg.skip);
  await check(await pg.newStore());
});
