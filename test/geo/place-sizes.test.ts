import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryCode, forgetPlaceSizes, placeSizes } from '../../src/geo/place-sizes.ts';
import { votingPopulation } from '../../src/geo/accept.ts';
import type { Place } from '../../src/geo/types.ts';

const place = (name: string, iso3: string, feature_code: string, population: number): Place => ({
  id: `t:${name}`, name, lat: 0, lon: 0, iso2: iso3.slice(0, 2), iso3, country: iso3, admin1: '', admin2: '',
  feature_class: feature_code.startsWith('ADM') ? 'A' : 'P', feature_code, population,
});

test('placeSizes: each place its vote size and country, rebuilt after growth or forget', () => {
  const places = [place('Vardesa', 'AAA', 'PPL', 1200), place('Halbun', 'BBB', 'PPLA2', 0), place('Kesrun', 'AAA', 'ADM1', 0)];
  const t = placeSizes(places);
  for (let i = 0; i < places.length; i++) assert.equal(t.vote[i], (1 + Math.log10(votingPopulation(places[i]!) + 1)) / 8);
  assert.deepEqual([...t.country].map((c) => t.iso3s[c]), ['AAA', 'BBB', 'AAA']);
  assert.equal(placeSizes(places), t); // remembered
  places.push(place('Tarvin', 'CCC', 'PPL', 50));
  assert.equal(placeSizes(places).iso3s[placeSizes(places).country[3]!], 'CCC');
  places[0]!.population = 90000;
  forgetPlaceSizes(places);
  assert.equal(placeSizes(places).vote[0], (1 + Math.log10(90001)) / 8);
});

test('countryCode: the code each place of the country carries, -1 for a country without places', () => {
  const places = [place('Vardesa', 'AAA', 'PPL', 1200), place('Halbun', 'BBB', 'PPLA2', 0), place('Kesrun', 'AAA', 'ADM1', 0)];
  const t = placeSizes(places);
  const aaa = countryCode(t, 'AAA');
  assert.deepEqual([...t.country].map((c) => c === aaa), [true, false, true]);
  assert.equal(t.iso3s[countryCode(t, 'BBB')], 'BBB');
  assert.equal(countryCode(t, 'ZZZ'), -1);
  assert.ok(![...t.country].includes(-1));
});
