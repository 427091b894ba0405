// Libya's districts as ACLED writes them, with the article joined ("Aljfara", "Almarj"):
// supplement.json names the gazetteer's districts so. Sentences written for the test; the
// default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const mention = (text: string, name: string) => findPlaces(text, gz, {}).find((m) => m.text === name);

test('a district in the bracket after an unknown village is found and keeps the text spelling', () => {
  const m = mention('Shells fell on farms in Bir Dummy (Aljfara) on Monday; nobody was hurt.', 'Aljfara');
  assert.equal(m?.place?.iso3, 'LBY');
  assert.equal(m?.place?.feature_code, 'ADM1');
  assert.equal(m?.place?.admin1, 'Aljfara');
});

test('the town of a district named like it stays the town', () => {
  assert.equal(mention('Protesters gathered in Al Marj city on Friday.', 'Al Marj')?.place?.feature_class, 'P');
  assert.equal(mention('Residents protested power cuts in Kufra on Friday.', 'Kufra')?.place?.feature_class, 'P');
});
