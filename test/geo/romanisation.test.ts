// Ukraine's two romanisations (romanisation.ts): a village written from Ukrainian in the text and
// listed only from Russian in the gazetteer is found inside the area the text names, only in a
// country whose romanisations differ, and never over an exact candidate that fits. Hand-written
// notes; the fixture's places are invented (fixtures/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent } from '../../src/geo/index.ts';
import { romanKey } from '../../src/geo/romanisation.ts';
import { foldName } from '../../src/geo/normalize.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'romanisation-dump.txt')], defaults: false });
const at = (text: string, iso3: string) => locateEvent(findPlaces(text, gz, { iso3 }), { start: 0, end: text.length }, { iso3 })?.place?.name ?? null;
const UKR = { rewrite: [['u', 'a'], ['g', 'h']] as Array<[string, string]> };

test('Ukrainian and Russian romanisations of one name share a key', () => {
  for (const [uk, ru] of [['Serhiivka', 'Sergeyevka'], ['Vilny', "Vol'nyy"], ['Kamianka', 'Kamenka'], ['Semyhiria', "Semigor'ye"], ['Olenivka', 'Yelenovka']]) {
    assert.equal(romanKey(foldName(uk!), UKR), romanKey(foldName(ru!), UKR), `${uk} / ${ru}`);
  }
  assert.notEqual(romanKey(foldName('Serhiivka'), UKR), romanKey(foldName('Sartana'), UKR));
});

test('a Ukrainian spelling finds the Russian-spelled village of the oblast the text names', () => {
  assert.equal(at('Shelling damaged two houses in Horkivka in Pivdenna oblast on Monday.', 'UKR'), 'Gorkovka');
});

test('the exact spelling keeps priority when it fits', () => {
  assert.equal(at('Shelling damaged two houses in Horkivka in Skhidna oblast on Monday.', 'UKR'), 'Horkivka');
});

test('only a country with two romanisations', () => {
  // The same letters in a country without the rule: the exact namesake outside the named area stays.
  assert.equal(at('Shelling damaged two houses in Borkivka in Zapadnaya oblast on Monday.', 'RUS'), 'Borkivka');
});

test('"X, Oblast" names one level: a variant inside the oblast counts', () => {
  assert.equal(at('Shelling damaged two houses near Horkivka, Pivdenna.', 'UKR'), 'Gorkovka');
});

test('on a front, the oblast in the name\'s slot gives its capital\'s suburbs no edge', () => {
  // Two front villages of one name in one oblast; the one near the oblast's point (its capital) has
  // the higher id, so only nearness to the capital could pick it.
  const text = 'The OSCE SMM observed 12 explosions near Zorivka, Stepova.';
  const m = findPlaces(text, gz, { iso3: 'UKR' }).find((x) => x.text === 'Zorivka');
  assert.equal(m?.place?.lat, 47.15);
});
