// Provinces carved out of older ones (former-areas.ts): a report that names the old province
// still places its towns, and admin1 follows the text's naming. Sentences written for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const placeOf = (text: string, name: string) => findPlaces(text, gz, {}).find((m) => m.text === name)?.place ?? null;

test('a town of a new province is found under the province it was carved out of', () => {
  const sorong = placeOf('Two groups of drivers clashed at a bus terminal in Sorong city, West Papua province.', 'Sorong');
  assert.equal(sorong?.iso3, 'IDN');
  // The text's own name for the province, as reports of the time (and ACLED's rows) write it.
  assert.equal(sorong?.admin1, 'West Papua');
  assert.equal(placeOf('Residents protested in Merauke, Papua province, against a land deal.', 'Merauke')?.admin1, 'Papua');
  assert.equal(placeOf('Traders protested in Semey, East Kazakhstan, over rents.', 'Semey')?.admin1, 'East Kazakhstan');
});

test('the new name and unrelated provinces are read as before', () => {
  assert.equal(placeOf('Police arrested two men in Sorong, Southwest Papua, on Monday.', 'Sorong')?.admin1, 'Southwest Papua');
  assert.equal(placeOf('Police arrested two men in Manokwari, West Papua.', 'Manokwari')?.admin1, 'West Papua');
  // Puncak of West Java is no town of the Papua provinces.
  assert.equal(placeOf('Farmers protested in Puncak, West Java, over land prices.', 'Puncak')?.admin1, 'West Java');
  // The old name alone names the old province itself, not a new one.
  const area = placeOf('Soldiers and rebels clashed in West Papua on Monday.', 'West Papua');
  assert.equal(area?.admin1, 'West Papua');
});

test('a second-level area split in two answers to its old name (Maguindanao, 2022)', () => {
  // The old province is found; a town of either new half lies in it.
  assert.equal(placeOf('Two clans clashed in Dummyville, Maguindanao, over a land dispute.', 'Maguindanao')?.iso3, 'PHL');
  assert.equal(placeOf('Soldiers clashed with militants in Datu Piang, Maguindanao.', 'Datu Piang')?.iso3, 'PHL');
  assert.equal(placeOf('Soldiers clashed with militants in Datu Piang, Maguindanao del Sur.', 'Datu Piang')?.iso3, 'PHL');
});
