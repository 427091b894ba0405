import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Report } from '../../src/core/types.ts';
import { ATTACH_AT, placeReports } from '../../src/merge/place.ts';
import { openStore } from '../../src/store/index.ts';

function claim(text: string, over: Partial<Report> = {}, rules: string[] = []) {
  const content_hash = createHash('sha256').update(text).digest('hex');
  const document_id = 'doc_' + content_hash.slice(0, 16);
  const report: Report = {
    id: `${document_id}:r0`, document_id, event_date: '2019-11-18', time_precision: 1, event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Libya (2014-) Haftar Faction', assoc_actor_1: '', inter1: 1,
    actor2: 'Civilians (Libya)', assoc_actor_2: '', inter2: 7, interaction: 17, civilian_targeting: 'Civilian targeting', iso3: 'LBY',
    country: 'Libya', admin1: 'Tripoli', admin2: '', location: 'Wadi Rabie', latitude: 32.75, longitude: 13.25, geo_precision: 1,
    fatalities: 7, fatalities_min: 7, fatalities_max: 7, injuries: null, displaced: null, notes: text, source: 'Test',
    confidence: { overall: 0.8 }, evidence: [], rules, ...over,
  };
  return { doc: { kind: 'text', text, content_hash, source: `Source of ${text.slice(0, 12)}` }, report };
}

test('a retelling attaches with its score and rule recorded; a far event stays apart', async () => {
  const store = await openStore(':memory:');
  const first = claim('Invented: a drone strike on a packaging plant in Wadi Rabie killed seven workers.');
  const stored = (await store.saveIngest(first.doc, [first.report])).events[0]!;
  const again = claim('Invented: ten workers died when a packaging plant in Wadi Rabie was hit by a drone.', { fatalities: 10, fatalities_min: 10, fatalities_max: 10 });
  const elsewhere = claim('Invented: a drone strike hit a warehouse in Misrata, killing seven.', { location: 'Misrata', latitude: 32.37, longitude: 15.09 });
  const [p1, p2] = await placeReports(store, [again.report, elsewhere.report]);
  assert.equal(p1!.kind, 'attach');
  assert.ok(p1!.kind === 'attach' && p1.event_id === stored.id && p1.score >= ATTACH_AT && p1.rule.startsWith('merge/v1 date='));
  assert.equal(p2!.kind, 'new');

  const merged = (await store.saveIngest(again.doc, [again.report], [p1!])).events[0]!;
  assert.equal(merged.id, stored.id);
  assert.deepEqual([merged.fatalities_min, merged.fatalities_max], [7, 10]);
  assert.deepEqual(merged.disagreements?.fatalities?.map((c) => c.value).sort(), [10, 7]);
  assert.equal((await store.auditLog(stored.id)).at(-1)!.action, 'attach');
  await store.close();
});

test('a dataset codes each incident once: its rows never join an event holding a row of the same dataset', async () => {
  const store = await openStore(':memory:');
  const row1 = claim('Invented row one: strike on a plant in Wadi Rabie, seven dead.', {}, ['dataset:ucdp']);
  await store.saveIngest(row1.doc, [row1.report]);
  const row2 = claim('Invented row two: strike on a plant in Wadi Rabie, seven dead.', {}, ['dataset:ucdp']);
  const article = claim('Invented article: strike on a plant in Wadi Rabie, seven dead.');
  const [p2, p3] = await placeReports(store, [row2.report, article.report]);
  assert.equal(p2!.kind, 'new');
  assert.equal(p3!.kind, 'attach');
  // Two rows of one batch cannot claim the same stored event either.
  const base = claim('Invented article two: plant in Wadi Rabie struck, seven dead.');
  const store2 = await openStore(':memory:');
  await store2.saveIngest(base.doc, [base.report]);
  const [q1, q2] = await placeReports(store2, [row1.report, row2.report]);
  assert.equal(q1!.kind, 'attach');
  assert.equal(q2!.kind, 'new');
  await store.close();
  await store2.close();
});

test('an incident across the antimeridian is found from the other side', async () => {
  const store = await openStore(':memory:');
  const at: Partial<Report> = { iso3: 'FJI', country: 'Fiji', admin1: 'Northern', location: 'Invented Point', latitude: -16.5, geo_precision: 1 };
  const first = claim('Invented: a boat was attacked off Invented Point, seven crew killed.', { ...at, longitude: -179.97 });
  const stored = (await store.saveIngest(first.doc, [first.report])).events[0]!;
  const again = claim('Invented: seven crew died when attackers boarded a boat off Invented Point.', { ...at, longitude: 179.98 });
  const [p] = await placeReports(store, [again.report]);
  assert.notEqual(p!.kind, 'new', JSON.stringify(p));
  assert.ok(p!.kind !== 'new' && p.event_id === stored.id);
  await store.close();
});

test('a report placed nowhere (no point, no country) is not matched on its dates alone; with its country it is searched there', async () => {
  const store = await openStore(':memory:');
  const first = claim('Invented: a drone strike on a packaging plant in Wadi Rabie killed seven workers.');
  await store.saveIngest(first.doc, [first.report]);
  const nowhere = { latitude: null, longitude: null, geo_precision: null, location: '', admin1: '' } as unknown as Partial<Report>;
  const text = 'Invented: a packaging plant was hit by a drone, killing seven workers.';
  const [lost] = await placeReports(store, [claim(text, { ...nowhere, iso3: '', country: '' }).report]);
  assert.equal(lost!.kind, 'new');
  assert.equal(lost!.why?.candidates, 0);
  const [inLibya] = await placeReports(store, [claim(text, nowhere).report]);
  assert.equal(inLibya!.why?.candidates, 1);
  await store.close();
});
