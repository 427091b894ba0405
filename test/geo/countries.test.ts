import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryByIso2, countryByIso3, countryByName, findCountryMentions } from '../../src/geo/countries.ts';

test('ACLED spellings by code', () => {
  assert.equal(countryByIso3('COD')?.name, 'Democratic Republic of Congo');
  assert.equal(countryByIso3('pse')?.name, 'Palestine');
  assert.equal(countryByIso3('RUS')?.name, 'Russia');
  assert.equal(countryByIso3('SYR')?.name, 'Syria');
  assert.equal(countryByIso2('IR')?.name, 'Iran');
  assert.equal(countryByIso3('XKX')?.iso2, 'XK');
  assert.equal(countryByIso3('ROM')?.iso3, 'ROU', "ACLED's legacy code for Romania resolves");
  assert.equal(countryByIso3('ZZZ'), null);
});

test('names, aliases and demonyms', () => {
  assert.equal(countryByName('Democratic Republic of the Congo')?.iso3, 'COD');
  assert.equal(countryByName('DRC')?.iso3, 'COD');
  assert.equal(countryByName('Republic of Congo')?.iso3, 'COG');
  assert.equal(countryByName('Côte d’Ivoire')?.iso3, 'CIV');
  assert.equal(countryByName('Burkinabe')?.iso3, 'BFA');
  assert.equal(countryByName('Syrian Arab Republic')?.iso3, 'SYR');
  // Demonyms of small states and official adjectives ("Hellenic Police") name their country too.
  assert.equal(countryByName('Hellenic')?.iso3, 'GRC');
  assert.equal(countryByName('Slovenian')?.iso3, 'SVN');
  assert.equal(countryByName('Kyrgyzstani')?.iso3, 'KGZ');
  // The plural of a demonym in -an or -i names the people too.
  assert.equal(countryByName('Palestinians')?.iso3, 'PSE');
  assert.equal(countryByName('Iraqis')?.iso3, 'IRQ');
  assert.equal(countryByName('Atlantis'), null);
});

test('mentions in text: longest match, capitalised only', () => {
  const text = 'South Sudanese and Sudanese troops met near the Central African Republic border; us and the US.';
  const m = findCountryMentions(text);
  assert.deepEqual(
    m.map((x) => [x.text, x.iso3, x.kind]),
    [
      ['South Sudanese', 'SSD', 'demonym'],
      ['Sudanese', 'SDN', 'demonym'],
      ['Central African Republic', 'CAF', 'name'],
      ['US', 'USA', 'name'],
    ],
  );
  assert.equal(text.slice(m[2]!.start, m[2]!.end), 'Central African Republic');
});

test('an abbreviation\'s closing point is no sentence end: "U.S. military" is an actor, "U.S.-led" a sponsor', () => {
  const [m] = findCountryMentions('The strike was confirmed, but U.S. military spokesmen gave no details.');
  assert.equal(m?.iso3, 'USA');
  assert.equal(m?.actor, true);
  assert.equal(findCountryMentions('The attack by U.S.-led troops killed six.').length, 0);
  // A country that ends a sentence is not the next sentence's actor.
  const [s] = findCountryMentions('They fled to Syria. Forces later arrived.');
  assert.notEqual(s?.actor, true);
});
