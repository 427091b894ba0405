// The per-text index of named admin areas (area-keys.ts NamedKeys) answers areaNamed exactly as the
// plain key Set does, including keys added after a first question and places added to the
// gazetteer after its index was built. Invented places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryGazetteer } from '../../src/geo/memory-gazetteer.ts';
import { NamedKeys } from '../../src/geo/area-keys.ts';
import { areaNamed } from '../../src/geo/named-areas.ts';
import type { Span } from '../../src/geo/scan.ts';
import type { Place } from '../../src/geo/types.ts';

const place = (name: string, admin1: string, admin2: string): Place => ({ id: `t:${name}`, name, lat: 0, lon: 0, iso2: 'XX', iso3: 'XXX', country: 'X', admin1, admin2, feature_class: 'P', feature_code: 'PPL', population: 0 });
const own = (key: string): Span => ({ key, foldedKey: key } as Span);
const AREAS = ['Qarna Governorate', 'Wadib District', 'North Karu', 'Al Hisn', 'Sharqa Province'];

function gazetteer(): MemoryGazetteer {
  const gz = new MemoryGazetteer();
  gz.add(place('Dar', 'Qarna Governorate', 'Wadib District'), []);
  gz.add(place('Suran', 'North Karu', 'Al Hisn'), []);
  return gz;
}

function sameAnswers(gz: MemoryGazetteer, keys: string[], owns: string[]): void {
  const plain = new Set(keys);
  const named = new NamedKeys(gz, keys);
  for (const area of AREAS) {
    for (const o of owns) assert.equal(areaNamed(area, named, own(o)), areaNamed(area, plain, own(o)), `${area} / ${keys} / own ${o}`);
  }
}

test('a text naming an area by its full name, its short form or its fold: the same answers as the key set', () => {
  const gz = gazetteer();
  gz.add(place('Ruba', 'Sharqa Province', ''), []);
  assert.equal(areaNamed('Qarna Governorate', new NamedKeys(gz, ['qarna']), own('dar')), true);
  assert.equal(areaNamed('Qarna Governorate', new NamedKeys(gz, ['qarna']), own('qarna')), false);
  assert.equal(areaNamed('Wadib District', new NamedKeys(gz, ['qarna']), own('dar')), false);
  for (const keys of [['qarna', 'dar'], ['wadib', 'north karu'], ['al hisn', 'hisn'], ['sharqa province', 'sharqa'], []]) sameAnswers(gz, keys, ['dar', 'qarna', 'north karu', 'sharqa']);
});

test('keys added after a first question count, and so do places added after the index was built', () => {
  const gz = gazetteer();
  const named = new NamedKeys(gz, ['dar']);
  assert.equal(areaNamed('North Karu', named, own('suran')), false);
  named.add('north karu');
  assert.equal(areaNamed('North Karu', named, own('suran')), true);
  gz.add(place('Ruba', 'Sharqa Province', ''), []);
  assert.equal(areaNamed('Sharqa Province', new NamedKeys(gz, ['sharqa']), own('ruba')), true);
});
