// "X in the southern countryside of T" with X in no gazetteer: the event goes to T's countryside
// on the named side (COUNTRYSIDE_KM out), not to T itself. Hand-written notes, default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countrysideBearing, intoCountryside, statedOffset, townPart, COUNTRYSIDE_KM } from '../../src/geo/countryside.ts';
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

test("a named part of a town ('the West Zone of X', 'the eastern part of X') lies that side, a radius out by its population", () => {
  const city = { id: 'c', name: 'C', lat: -20, lon: -40, iso2: 'BR', iso3: 'BRA', country: 'Brazil', admin1: 'X', admin2: '', feature_class: 'P', feature_code: 'PPLA', population: 6_000_000 };
  const a = 'Police clashed with gang members in the West Zone of Cidade Nova.';
  const west = townPart(a, a.indexOf('Cidade'), city)!;
  assert.deepEqual(west.bearing, [0, -1]);
  assert.ok(west.km > 12 && west.km < 18, `a city of 6M reaches ~15 km out (${west.km})`);
  const b = 'Shots were heard in the north-eastern part of the Vilaro.';
  assert.ok(townPart(b, b.indexOf('Vilaro'), { ...city, population: 100_000 })!.km < 3, 'a town of 100,000 is small');
  assert.equal(townPart('Protesters gathered in Cidade Nova.', 23, city), null, 'no part named');
  assert.equal(townPart(a, a.indexOf('Cidade'), { ...city, population: 0 }), null, 'no population, no radius');
  const gz = loadDefaultGazetteer();
  const note = 'On 9 May, in the West Zone of Rio de Janeiro, a shoot-out took place between police and gang members.';
  const loc = locateEvent(findPlaces(note, gz), { start: 0, end: note.length })!;
  const centre = findPlaces('Protesters marched in Rio de Janeiro.', gz).find((m) => m.place?.feature_class === 'P')!.place!;
  assert.ok(loc.place!.lon < centre.lon - 0.1 && Math.abs(loc.place!.lat - centre.lat) < 0.01, 'moved west of the city centre');
  assert.equal(loc.geo_precision, 2);
});
