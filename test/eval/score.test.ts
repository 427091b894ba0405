import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../../src/core/types.ts';
import {
  ACLED_FIELDS,
  expectedCivilianTargeting,
  haversineKm,
  normaliseName,
  scoreAcledRow,
} from '../../src/eval/score.ts';
import type { AcledTruth } from '../../src/eval/score.ts';
import { topReport } from '../../src/eval/top.ts';

test('haversine: zero, one degree of latitude, and a known city pair', () => {
  assert.equal(haversineKm(10, 20, 10, 20), 0);
  assert.ok(Math.abs(haversineKm(0, 0, 1, 0) - 111.19) < 0.1);
  // Tripoli (32.8872, 13.1913) to Misrata (32.3754, 15.0925): about 187 km.
  const d = haversineKm(32.8872, 13.1913, 32.3754, 15.0925);
  assert.ok(d > 180 && d < 195, `got ${d}`);
  assert.equal(haversineKm(32.8872, 13.1913, 32.3754, 15.0925), haversineKm(32.3754, 15.0925, 32.8872, 13.1913));
});

test('normaliseName ignores case, accents, punctuation and spacing', () => {
  assert.equal(normaliseName('Al-Shabaab'), 'al shabaab');
  assert.equal(normaliseName('  Military Forces of Yemen (2016-) Supreme Political Council '),
    'military forces of yemen 2016 supreme political council');
  assert.equal(normaliseName('Côte d’Ivoire'), normaliseName("cote d'ivoire"));
  assert.equal(normaliseName(null), '');
  assert.notEqual(normaliseName('Protesters (Chile)'), normaliseName('Protesters (Chad)'));
});

test('civilian targeting is derived from the coded type and target', () => {
  // A newer export's own column is the answer, whatever the type.
  assert.equal(expectedCivilianTargeting({ event_type: 'Battles', sub_event_type: 'Armed clash', inter2: 2, civilian_targeting: true }), true);
  assert.equal(expectedCivilianTargeting({ event_type: 'Violence against civilians', sub_event_type: 'Attack', inter2: 7, civilian_targeting: false }), false);
  assert.equal(expectedCivilianTargeting({ event_type: 'Violence against civilians', sub_event_type: 'Attack', inter2: 7 }), true);
  assert.equal(expectedCivilianTargeting({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', inter2: 7 }), true);
  assert.equal(expectedCivilianTargeting({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', inter2: 2 }), false);
  assert.equal(expectedCivilianTargeting({ event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', inter2: 7 }), false);
  assert.equal(expectedCivilianTargeting({ event_type: 'Protests', sub_event_type: 'Excessive force against protesters', inter2: 6 }), true);
});

const truth: AcledTruth = {
  id: 'XYZ1', event_date: '2020-05-09', event_type: 'Violence against civilians', sub_event_type: 'Attack',
  actor1: 'Unidentified Armed Group (Nigeria)', actor2: 'Civilians (Nigeria)', inter1: 3, inter2: 7,
  country: 'Nigeria', iso3: 'NGA', admin1: 'Borno', latitude: 11.85, longitude: 13.16, fatalities: 3,
};

function report(over: Partial<Report>): Report {
  return {
    id: 'r1', document_id: 'd1', confidence: { overall: 0.8 }, evidence: [{ field: 'event_type', document_id: 'd1', start: 0, end: 10, text: 'x' }],
    event_date: '2020-05-09', time_precision: 1, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    actor1: 'unidentified armed group nigeria', assoc_actor_1: '', inter1: 3, actor2: 'Civilians (Nigeria)', assoc_actor_2: '', inter2: 7,
    interaction: 37, civilian_targeting: 'Civilian targeting', iso3: 'NGA', country: 'Nigeria', admin1: 'BORNO', admin2: '',
    location: 'Near', latitude: 11.9, longitude: 13.2, geo_precision: 1, fatalities: 3, fatalities_min: 3, fatalities_max: 3,
    injuries: null, displaced: null, notes: '', source: '',
    ...over,
  };
}

test('a matching report is right on every field; actor and admin1 compare after normalising', () => {
  const out = scoreAcledRow(truth, report({}));
  assert.deepEqual(out.map((o) => o.field), [...ACLED_FIELDS]);
  assert.deepEqual(out.filter((o) => !o.ok), []);
});

test('location counts only within 25 km; dates and tolls must be exact', () => {
  const far = scoreAcledRow(truth, report({ latitude: 12.2, longitude: 13.16, event_date: '2020-05-08', fatalities: 2 }));
  const wrong = far.filter((o) => !o.ok).map((o) => o.field);
  assert.deepEqual(wrong, ['event_date', 'fatalities', 'location_25km']);
  const noCoords = scoreAcledRow(truth, report({ latitude: null, longitude: null }));
  assert.equal(noCoords.find((o) => o.field === 'location_25km')!.ok, false);
});

test('a note with no event is wrong on every field', () => {
  const out = scoreAcledRow(truth, null);
  assert.equal(out.length, ACLED_FIELDS.length);
  assert.ok(out.every((o) => !o.ok && o.got === '(none)'));
});

test('topReport picks the event told first, then the more confident one', () => {
  const ev = (start: number) => [{ field: 'event_type', document_id: 'd1', start, end: start + 5, text: 'x' }];
  const a = report({ id: 'a', evidence: ev(40) });
  const b = report({ id: 'b', evidence: ev(0), confidence: { overall: 0.2 } });
  const c = report({ id: 'c', evidence: ev(0), confidence: { overall: 0.9 } });
  assert.equal(topReport([a, b, c])!.id, 'c');
  assert.equal(topReport([a])!.id, 'a');
  assert.equal(topReport([]), null);
});
