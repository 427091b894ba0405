import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFields, variant } from './fields.ts';
import { dateScore, scorePair, tollScore, typeScore } from '../../src/merge/score.ts';
import { dateWindow, searchBox, windowGap } from '../../src/merge/window.ts';
import { localWeights, overlap, contentWords } from '../../src/merge/text.ts';

/** An invented shelling in a test district; variations below. */
const base = eventFields({
  event_date: '2019-11-18', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
  actor2: 'Civilians (Libya)', inter2: 7, interaction: 17, civilian_targeting: 'Civilian targeting', admin1: 'Tripoli', location: 'Wadi Rabie',
  latitude: 32.75, longitude: 13.25, fatalities: 7, fatalities_min: 7, fatalities_max: 7,
  notes: 'A drone strike hit a packaging plant in Wadi Rabie, killing seven workers, according to an invented wire report.',
});
const v = variant(base);

test('a month-precise date window covers the day-precise date inside it; one day of slack, no more', () => {
  assert.deepEqual(dateWindow(v({ time_precision: 3 })), ['2019-11-03', '2019-12-03']);
  assert.equal(windowGap(dateWindow(base), dateWindow(v({ event_date: '2019-11-19' }))), 1);
  assert.equal(scorePair(base, v({ event_date: '2019-11-20' })).veto, 'dates');
  assert.equal(scorePair(base, v({ event_date: '2019-11-30', time_precision: 3 })).veto, null);
});

test('distance is judged against both precisions: a region-level point may lie far from the exact one', () => {
  const far = v({ latitude: 33.3, longitude: 13.25 }); // ~60 km north
  assert.equal(scorePair(base, far).veto, 'distance');
  assert.equal(scorePair(base, { ...far, geo_precision: 3 }).veto, null);
  const [w, s, e, n] = searchBox(base)!;
  assert.ok(w < 13.25 && e > 13.25 && s < 32.75 && n > 32.75);
});

test('different countries never merge', () => {
  assert.equal(scorePair(base, v({ iso3: 'TUN', country: 'Tunisia' })).veto, 'country');
});

test('the same strike told twice (7 vs 10 dead, other wording) outscores a different strike the same day', () => {
  const retold = v({ fatalities: 10, fatalities_min: 8, fatalities_max: 10, notes: 'Health officials said ten people died when a packaging plant in Wadi Rabie was bombed from the air.' });
  const other = v({ location: 'Ain Zara', latitude: 32.8, longitude: 13.23, fatalities: 2, fatalities_min: 2, fatalities_max: 2, notes: 'Shelling damaged homes in Ain Zara; two residents were killed, an invented report says.' });
  const same = scorePair(base, retold);
  const diff = scorePair(base, other);
  assert.ok(same.score > diff.score + 0.1, `${same.score} vs ${diff.score}`);
  assert.ok(same.score >= 0.75, `attach: ${same.score}`);
  assert.ok(diff.score < 0.75, `not attached: ${diff.score}`);
});

test('tolls: overlapping ranges agree, 7 vs 10 partly, zero says little', () => {
  assert.equal(tollScore(base, v({ fatalities: 8, fatalities_min: 6, fatalities_max: 9 })), 1);
  assert.equal(tollScore(base, v({ fatalities: 10, fatalities_min: 10, fatalities_max: 10 })), 0.49);
  assert.equal(tollScore(base, v({ fatalities: 10, fatalities_min: 8, fatalities_max: 10 })), 0.766);
  assert.equal(tollScore(v({ fatalities: 0, fatalities_min: 0, fatalities_max: 0 }), v({ fatalities: 0, fatalities_min: 0, fatalities_max: 0 })), 0.5);
});

test('types: UCDP battles are compatible with explosions, never with protests', () => {
  assert.equal(typeScore(base, v({ event_type: 'Battles', sub_event_type: 'Armed clash' })), 0.6);
  assert.equal(typeScore(base, v({ event_type: 'Protests', sub_event_type: 'Peaceful protest' })), 0);
});

test('local word weights: a word every neighbour shares counts less than a rare one', () => {
  const a = contentWords('airstrike biscuit factory tripoli killed');
  const b = contentWords('biscuit factory bombed tripoli killed');
  const c = contentWords('clashes tripoli killed fighters south');
  const w = localWeights([a, b, c]);
  assert.ok(w('biscuit', 2) > w('tripoli', 2), 'tripoli is also in the third text');
  assert.ok(overlap(a, b, w)! > overlap(a, c, w)!);
  assert.equal(overlap(contentWords('two words'), b), null);
});

test('words: ASCII and accented text split alike (case, combining marks, stop words, plurals, short words)', () => {
  assert.deepEqual([...contentWords('Drone STRIKES hit the Tripoli-Misrata road; 3 of 12 killed.')], ['drone', 'strike', 'hit', 'tripoli', 'misrata', 'road', 'killed']);
  assert.deepEqual([...contentWords('Frappes à Ciudad Juárez: İdlib, Ħal Far')], ['frappe', 'ciudad', 'juarez', 'idlib', 'ħal', 'far']);
  assert.deepEqual([...contentWords('presses press actress')], ['presse', 'press', 'actres']);
});

test('local word weights counted for the compared texts only are the same for their words', () => {
  const texts = ['biscuit factory bombed in tripoli', 'clashes in tripoli, two killed', 'a biscuit factory in misrata', 'tripoli airport shelled'].map(contentWords);
  const only = [texts[0]!, texts[2]!];
  const [all, some] = [localWeights(texts), localWeights(texts, only)];
  for (const t of only) for (const w of t) for (const inPair of [1, 2]) assert.equal(some(w, inPair), all(w, inPair), w);
});

test('dates: day-number windows score as the string windows do (precisions, ends, a day of slack, month width)', () => {
  const at = (event_date: string, time_precision: 1 | 2 | 3, event_date_end?: string) => v({ event_date, time_precision, event_date_end });
  assert.equal(dateScore(at('2019-11-18', 1), at('2019-11-18', 1)), 1);
  assert.equal(dateScore(at('2019-11-18', 1), at('2019-11-19', 1)), 0.3);
  assert.equal(dateScore(at('2019-11-18', 1), at('2019-11-20', 1)), 0);
  assert.equal(dateScore(at('2019-11-18', 1), at('2019-11-30', 3)), 0.9 - 0.3 * (30 / 60));
  assert.equal(dateScore(at('2019-11-18', 2), at('2019-11-10', 1, '2019-11-16')), 0.9 - 0.3 * ((6 + 6) / 60));
  assert.equal(dateScore(at('2020-02-28', 1), at('2020-03-01', 1)), 0, '2020 is a leap year');
  // A date that is not a plain day goes by its string window, as before (no day count: overlapping, width 0).
  assert.equal(dateScore(at('2019-11-18', 1), at('2019-11-18 ', 1)), 0.9);
  assert.deepEqual([windowGap(dateWindow(at('2019-02-28', 1)), dateWindow(at('2019-03-01', 1)))], [1]);
});
