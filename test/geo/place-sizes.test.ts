import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FLAG_ADMIN, FLAG_BIG_ABROAD, FLAG_CITY, FLAG_HAMLET, FLAG_PROVINCE, FLAG_TOWN, countryCode, forgetPlaceSizes, placeSizes } from '../../src/geo/place-sizes.ts';
import { effectivePopulation, votingPopulation } from '../../src/geo/accept.ts';
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

test('placeSizes: the size flags and score resolve.ts and accept.ts read instead of the Places', () => {
  const places = [place('Orvanta', 'AAA', 'PPL', 150000), place('Belcrest', 'AAA', 'PPL', 25000), place('Mirrow', 'BBB', 'PPL', 400), place('Quell', 'BBB', 'ADM1', 0), place('Stavn', 'CCC', 'PPLC', 0)];
  const t = placeSizes(places);
  const has = (i: number, flag: number): boolean => (t.flags[i]! & flag) !== 0;
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => has(i, FLAG_BIG_ABROAD)), [true, false, false, false, true]); // a capital counts as 2 million
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => has(i, FLAG_TOWN)), [true, true, false, true, true]); // a province counts as 500,000
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => has(i, FLAG_HAMLET)), [true, true, false, true, true]);
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => has(i, FLAG_CITY)), [true, false, false, false, false]); // as listed
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => has(i, FLAG_ADMIN)), [false, false, false, true, false]);
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => has(i, FLAG_PROVINCE)), [false, false, false, true, false]);
  for (let i = 0; i < places.length; i++) assert.equal(t.sizeScore[i], Math.log10(effectivePopulation(places[i]!) + 1) * 0.35);
  assert.equal(t.iso3s[t.byIso3.get('BBB')!], 'BBB');
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
