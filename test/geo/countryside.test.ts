// "X in the southern countryside of T" with X in no gazetteer: the event goes to T's countryside
// on the named side (COUNTRYSIDE_KM out), not to T itself. Hand-written notes, default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrysideBearing, intoCountryside, statedOffset, COUNTRYSIDE_KM } from '../../src/geo/countryside.ts';
import { distanceKm } from '../../src/geo/distance.ts';
import { findPlaces, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

test('the side of a countryside, in both word orders, and none without a side', () => {
  const a = 'Shells fell on Qarfa in the southern countryside of Idleb.';
  assert.deepEqual(countrysideBearing(a, a.indexOf('Idleb'), a.indexOf('Idleb') + 5), [-1, 0]);
  const b = 'Rebels shelled positions in north-western Lattakia countryside.';
  const nw = countrysideBearing(b, b.indexOf('Lattakia'), b.indexOf('Lattakia') + 8)!;
  assert.ok(nw[0] > 0.7 && nw[1] < -0.7);
  const c = 'Shells fell in the countryside of Idleb.';
  assert.equal(countrysideBearing(c, c.indexOf('Idleb'), c.indexOf('Idleb') + 5), null);
  const d = 'Protesters gathered in northern Idleb on Friday.';
  assert.equal(countrysideBearing(d, d.indexOf('Idleb'), d.indexOf('Idleb') + 5), null, 'a part of the area, not its countryside');
});

test('the countryside point lies COUNTRYSIDE_KM out on that side', () => {
  const town = { id: 't', name: 'T', lat: 35.93, lon: 36.63, iso2: 'SY', iso3: 'SYR', country: 'Syria', admin1: 'Idlib', admin2: '', feature_class: 'P', feature_code: 'PPLA', population: 1 };
  const south = intoCountryside(town, [-1, 0]);
  assert.ok(Math.abs(distanceKm(town.lat, town.lon, south.lat, south.lon) - COUNTRYSIDE_KM) < 0.5);
  assert.ok(south.lat < town.lat && Math.abs(south.lon - town.lon) < 1e-9);
  assert.equal(town.lat, 35.93, 'the gazetteer place is not changed');
});

test('an unknown village in the southern countryside of a town is placed south of the town', () => {
  const gz = loadDefaultGazetteer();
  const text = 'Regime forces shelled Qarfazoun in the southern countryside of Idleb.';
  const ms = findPlaces(text, gz, {});
  const m = locateEvent(ms, { start: 0, end: text.length }, { iso3: 'SYR' })!;
  const town = ms.find((x) => x.text === 'Idleb')!;
  assert.equal(m.text, 'Idleb');
  assert.equal(m.geo_precision, 2);
  assert.ok(m.rule.endsWith('+countryside'));
  const plain = locateEvent(findPlaces('Regime forces shelled Idleb.', gz, {}), { start: 0, end: 28 }, { iso3: 'SYR' })!;
  assert.ok(m.place!.lat < plain.place!.lat - 0.1, 'south of the town');
  assert.ok(Math.abs(distanceKm(town.place!.lat, town.place!.lon, plain.place!.lat, plain.place!.lon) - COUNTRYSIDE_KM) < 1);
});

test('a distance and side the text states ("40km north of T") move the point that far', () => {
  const a = 'Militants attacked a village 40km north of Gorom-Gorom on Monday.';
  assert.deepEqual(statedOffset(a, a.indexOf('Gorom')), { bearing: [1, 0], km: 40 });
  const b = 'Clashes erupted 2.4 KM south-east of the Hpar village.';
  const se = statedOffset(b, b.indexOf('Hpar'))!;
  assert.equal(se.km, 2.4);
  assert.ok(se.bearing[0] < -0.7 && se.bearing[1] > 0.7);
  const c = 'Clashes erupted north of Hpar village.';
  assert.equal(statedOffset(c, c.indexOf('Hpar')), null, 'no distance stated');
  const town = { id: 't', name: 'T', lat: 14.44, lon: -0.23, iso2: 'BF', iso3: 'BFA', country: 'Burkina Faso', admin1: 'Sahel', admin2: '', feature_class: 'P', feature_code: 'PPLA2', population: 1 };
  const north = intoCountryside(town, [1, 0], 40);
  assert.ok(Math.abs(distanceKm(town.lat, town.lon, north.lat, north.lon) - 40) < 0.5);
});
