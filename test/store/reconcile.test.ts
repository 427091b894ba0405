import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../src/core/types.ts';
import { lowerMedian, reconcile } from '../../src/store/reconcile.ts';
import { report } from './fixtures.ts';

const from = (source: string, over: Partial<Report>) => ({ source, report: report(`${source} says`, over) });

test('lower median: conservative for even counts', () => {
  assert.equal(lowerMedian([10, 7, 8]), 8);
  assert.equal(lowerMedian([10, 7]), 7);
  assert.equal(lowerMedian([]), null);
});

test('one report: the event is the claim, field for field', () => {
  const r = report('A single account.', { event_date_end: null, time_precision: 2, injuries: 4, region: 'Northern Africa' });
  const { fields, disagreements, grade } = reconcile([{ source: 'Wire', report: r }]);
  for (const k of ['event_date', 'time_precision', 'location', 'latitude', 'fatalities', 'injuries', 'region', 'source'] as const) {
    assert.deepEqual(fields[k], r[k], k);
  }
  assert.deepEqual(disagreements, {});
  assert.equal(grade, 'weak');
});

test('tolls: min of minima, max of maxima, lower median best; nulls ignored', () => {
  const { fields, disagreements } = reconcile([
    from('A', { fatalities: 7, fatalities_min: 7, fatalities_max: 7, injuries: null }),
    from('B', { fatalities: 10, fatalities_min: 9, fatalities_max: 15, injuries: 20 }),
    from('C', { fatalities: 8, fatalities_min: 8, fatalities_max: 8, injuries: null }),
  ]);
  assert.deepEqual([fields.fatalities_min, fields.fatalities, fields.fatalities_max, fields.injuries], [7, 8, 15, 20]);
  assert.deepEqual(disagreements.fatalities.map((c) => [c.source, c.value]), [['A', 7], ['B', 10], ['C', 8]]);
});

test('dates: a week-precision claim and an exact day inside it agree on the day', () => {
  const { fields, disagreements } = reconcile([
    from('A', { event_date: '2019-11-18', time_precision: 2 }),
    from('B', { event_date: '2019-11-19', time_precision: 1 }),
  ]);
  assert.deepEqual([fields.event_date, fields.time_precision], ['2019-11-19', 1]);
  assert.equal(disagreements.event_date, undefined);
});

test('dates: a month window and a week window narrow to their overlap', () => {
  const { fields } = reconcile([
    from('A', { event_date: '2019-11-01', event_date_end: '2019-11-30', time_precision: 3 }),
    from('B', { event_date: '2019-11-29', time_precision: 2 }),
  ]);
  // B's window is 26 Nov - 2 Dec; B's own date lies inside the overlap, so B's date stands.
  assert.deepEqual([fields.event_date, fields.time_precision], ['2019-11-29', 2]);
});

test('dates: disjoint claims are a disagreement; the most precise wins', () => {
  const { fields, disagreements, grade } = reconcile([
    from('A', { event_date: '2019-11-10', time_precision: 2 }),
    from('B', { event_date: '2019-11-20', time_precision: 1 }),
  ]);
  assert.equal(fields.event_date, '2019-11-20');
  assert.deepEqual(disagreements.event_date.map((c) => c.value), ['2019-11-10', '2019-11-20']);
  assert.equal(grade, 'contested');
});

test('place comes whole from the most precise report', () => {
  const { fields, disagreements } = reconcile([
    from('A', { location: 'Tripoli', admin1: 'Tripoli', latitude: 32.9, longitude: 13.18, geo_precision: 3 }),
    from('B', { location: 'Ain Zara', admin1: 'Tripoli', latitude: 32.82, longitude: 13.24, geo_precision: 1 }),
  ]);
  assert.deepEqual([fields.location, fields.latitude, fields.longitude, fields.geo_precision], ['Ain Zara', 32.82, 13.24, 1]);
  assert.ok(disagreements.location);
});

test('grade follows independent sources; sources are listed once', () => {
  const agree = (s: string) => from(s, {});
  assert.equal(reconcile([agree('A'), agree('B')]).grade, 'fair');
  const three = reconcile([agree('A'), agree('B'), agree('C'), agree('A')]);
  assert.equal(three.grade, 'confirmed');
  assert.equal(three.fields.source, 'A; B; C');
  assert.ok(three.confidence.overall > 0.8 && three.confidence.overall < 1, 'agreement raises confidence');
});
