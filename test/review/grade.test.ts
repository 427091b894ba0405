// The grade rule (src/store/reconcile.ts gradeOf): contested when sources disagree on the toll,
// the type, the country, or on date/place beyond the tolerance the merge step uses; otherwise
// confirmed / fair / weak by independent sources; discounted when a reviewer rejects; a
// reviewer's grade overrides all of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../../src/core/types.ts';
import { confirm, grade, reject } from '../../src/review/actions.ts';
import { undo } from '../../src/review/undo.ts';
import { reconcile } from '../../src/store/reconcile.ts';
import { openStore } from '../../src/store/index.ts';
import { doc, report } from '../store/fixtures.ts';

const claim = (source: string, over: Partial<Report> = {}) => ({ source, report: report(`Invented dispatch from ${source}.`, over) });
const gradeOf = (...items: ReturnType<typeof claim>[]) => reconcile(items).grade;

test('agreeing independent sources: weak, fair, confirmed; one outlet counts once', () => {
  assert.equal(gradeOf(claim('A')), 'weak');
  assert.equal(gradeOf(claim('A'), claim('A')), 'weak');
  assert.equal(gradeOf(claim('A'), claim('B')), 'fair');
  assert.equal(gradeOf(claim('A'), claim('B'), claim('C')), 'confirmed');
});

test('a toll disagreement is contested, however many sources agree otherwise', () => {
  assert.equal(gradeOf(claim('A', { fatalities: 7 }), claim('B', { fatalities: 10 }), claim('C', { fatalities: 7 })), 'contested');
});

test('type or country disagreement is contested', () => {
  assert.equal(gradeOf(claim('A'), claim('B', { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' })), 'contested');
  assert.equal(gradeOf(claim('A'), claim('B', { iso3: 'TUN', country: 'Tunisia' })), 'contested');
});

test('dates: within the windows plus a day of slack agree; beyond that they are contested', () => {
  assert.equal(gradeOf(claim('A', { event_date: '2020-05-01' }), claim('B', { event_date: '2020-05-02' })), 'fair', 'a day apart: a late report');
  assert.equal(gradeOf(claim('A', { event_date: '2020-05-01' }), claim('B', { event_date: '2020-05-03', time_precision: 2 })), 'fair', 'inside a week window');
  assert.equal(gradeOf(claim('A', { event_date: '2020-05-01' }), claim('B', { event_date: '2020-05-04' })), 'contested', 'three days apart');
  assert.equal(gradeOf(claim('A', { event_date: '2020-05-01' }), claim('B', { event_date: '2020-05-09', time_precision: 2 })), 'contested', 'week window ends 6 May');
});

test('places: a village inside the town is no conflict; points farther apart than their precision allow are', () => {
  // Ain Zara lies ~10 km from central Tripoli; Misrata ~190 km away.
  const tripoli = { location: 'Tripoli', latitude: 32.89, longitude: 13.19, geo_precision: 2 as const };
  const ainZara = { location: 'Ain Zara', latitude: 32.8, longitude: 13.23, geo_precision: 1 as const };
  const misrata = { location: 'Misrata', latitude: 32.37, longitude: 15.09, geo_precision: 1 as const };
  const near = reconcile([claim('A', tripoli), claim('B', ainZara)]);
  assert.ok(near.disagreements.location, 'the names differ and are listed');
  assert.equal(near.grade, 'fair');
  assert.equal(gradeOf(claim('A', ainZara), claim('B', misrata)), 'contested');
  assert.equal(gradeOf(claim('A', { ...ainZara, latitude: null, longitude: null }), claim('B', misrata)), 'fair', 'no point: nothing to compare');
});

test('actor names of different specificity are listed, not contested', () => {
  const r = reconcile([claim('A', { actor1: 'Unidentified Armed Group (Libya)' }), claim('B')]);
  assert.ok(r.disagreements.actor1);
  assert.equal(r.grade, 'fair');
});

test('stored: a rejected event is discounted; bringing it back restores the derived grade; a reviewer overrides', async () => {
  const store = await openStore(':memory:');
  const text = 'Invented dispatch: clashes in Misrata, two dead.';
  const [ev] = (await store.saveIngest(doc(text), [report(text)])).events;
  const other = 'Invented radio: clashes in Misrata, ten dead.';
  const merged = (await store.saveIngest(doc(other, { source: 'Radio' }), [report(other, { fatalities: 10, source: 'Radio' })], [{ kind: 'attach', event_id: ev!.id, score: 0.9, rule: 'test' }])).events[0]!;
  assert.equal(merged.grade, 'contested', '2 vs 10 dead');
  const rejected = await reject(store, ev!.id, 'ana', 'satire site');
  assert.deepEqual([rejected.grade, rejected.overrides!.grade!.by, rejected.overrides!.grade!.extracted], ['discounted', 'ana', 'contested']);
  const back = await confirm(store, ev!.id, 'bo');
  assert.deepEqual([back.status, back.grade, back.overrides!.grade], ['confirmed', 'contested', undefined]);
  assert.equal((await grade(store, ev!.id, 'fair', 'bo', 'the radio counted wounded as dead')).grade, 'fair');
  assert.equal((await undo(store, ev!.id, 'bo')).grade, 'contested');
  assert.equal((await undo(store, ev!.id, 'bo')).grade, 'discounted', 'undo of the confirm: rejected and discounted again');
  await store.close();
});

test("a type a dataset mapping only guesses is listed but contests nothing; a type held as a claim contests", () => {
  const strike = { event_type: 'Explosions/Remote violence' as const, sub_event_type: 'Air/drone strike' as const, confidence: { event_type: 0.8, sub_event_type: 0.8, overall: 0.8 } };
  // A UCDP row's "Battles / Armed clash" for state-based violence (type confidence 0.3, src/datasets/data/ucdp-confidence.json).
  const guessed = { confidence: { event_type: 0.3, sub_event_type: 0.3, overall: 0.8 } };
  const r = reconcile([claim('Wire', strike), claim('UCDP GED', guessed)]);
  assert.ok(r.disagreements.event_type, 'both claims are kept');
  assert.equal(r.grade, 'fair');
  assert.deepEqual([r.fields.event_type, r.fields.sub_event_type], ['Explosions/Remote violence', 'Air/drone strike'], "the source's type, not the guess");
  assert.equal(r.confidence.event_type, 0.8);
  assert.equal(gradeOf(claim('Wire', strike), claim('Radio', { confidence: { event_type: 0.6, overall: 0.6 } })), 'contested');
  assert.equal(gradeOf(claim('Wire', strike), claim('ACLED', { confidence: { overall: 1 } })), 'contested', 'a coded type with no per-field figure stands on its overall confidence');
});

test('independence: a dataset row counts as the outlets it cites, so it does not second the story it was coded from', () => {
  const row = (cites: string) => claim('UCDP GED', { rules: ['dataset:ucdp'], source: cites });
  assert.equal(gradeOf(claim('Reuters'), row('Reuters News')), 'weak', 'the wire story and the row coded from it are one source');
  assert.equal(gradeOf(claim('Reuters'), row('Xinhua News Agency')), 'fair');
  assert.equal(gradeOf(row('Agence France Presse; Reuters News; Xinhua News Agency')), 'confirmed', 'a row citing three outlets');
  assert.equal(gradeOf(row('')), 'weak', 'a row citing nobody is the dataset alone');
  assert.equal(gradeOf(claim('Reuters'), claim('Reuters')), 'weak');
});
