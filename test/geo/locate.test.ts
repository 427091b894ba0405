import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadGazetteer, locateEvent, type Place, type PlaceMention } from '../../src/geo/index.ts';

function place(id: string, feature_class: string, feature_code: string, iso3 = 'LBY'): Place {
  return { id, name: id, lat: 32, lon: 13, iso2: 'LY', iso3, country: 'Libya', admin1: 'Tripoli', admin2: '', feature_class, feature_code, population: 0 };
}
function mention(start: number, p: Place | null, confidence = 0.8): PlaceMention {
  return { start, end: start + 5, text: 'x', place: p, geo_precision: p?.feature_class === 'A' ? 3 : 1, confidence, rule: 'exact-name' };
}

const town = place('town', 'P', 'PPL');
const province = place('province', 'A', 'ADM1');
const district = place('district', 'A', 'ADM2');
const foreign = place('foreign', 'P', 'PPL', 'TUN');

test('the most specific place inside the span wins, then the first confident one', () => {
  const ms = [mention(10, province), mention(20, district), mention(30, town), mention(40, place('later', 'P', 'PPL'))];
  assert.equal(locateEvent(ms, { start: 0, end: 100 })?.place?.id, 'town');
  assert.equal(locateEvent([mention(10, province), mention(20, district)], { start: 0, end: 100 })?.place?.id, 'district');
  const weakFirst = [mention(10, place('weak', 'P', 'PPL'), 0.3), mention(20, town)];
  assert.equal(locateEvent(weakFirst, { start: 0, end: 100 })?.place?.id, 'town');
});

test('no place in the span: the nearest preceding mention, marked and less confident', () => {
  const ms = [mention(0, place('earlier', 'P', 'PPL')), mention(20, town), mention(200, place('after', 'P', 'PPL'))];
  const loc = locateEvent(ms, { start: 100, end: 150 });
  assert.equal(loc?.place?.id, 'town');
  assert.match(loc!.rule, /preceding/);
  assert.ok(loc!.confidence < 0.8);
});

test('unresolved mentions and other countries are skipped; nothing left is null', () => {
  assert.equal(locateEvent([mention(10, null)], { start: 0, end: 100 }), null);
  assert.equal(locateEvent([mention(10, foreign)], { start: 0, end: 100 }, { iso3: 'LBY' }), null);
  assert.equal(locateEvent([mention(10, foreign), mention(20, district)], { start: 0, end: 100 }, { iso3: 'LBY' })?.place?.id, 'district');
  assert.equal(locateEvent([], { start: 0, end: 100 }), null);
});

test('a road named after a town ranks below the town the text places the event in', () => {
  const road = { ...mention(10, place('roadtown', 'P', 'PPL')), cue: 'road', kind: 'road' };
  const city = { ...mention(30, place('city', 'P', 'PPLA2')), cue: 'in' };
  assert.equal(locateEvent([road, city], { start: 0, end: 100 })?.place?.id, 'city');
});

test('a site named after a town ("X crossing in Y city", "the X bridge near Y") ranks below the town it is at', () => {
  const crossing = { ...mention(10, place('crossingtown', 'P', 'PPL')), cue: '', kind: 'crossing' };
  const city = { ...mention(40, place('city', 'P', 'PPL')), cue: 'in', kind: 'city' };
  assert.equal(locateEvent([crossing, city], { start: 0, end: 100 })?.place?.id, 'city');
  const bridge = { ...mention(10, place('bridgetown', 'P', 'PPL')), cue: 'the', kind: 'bridge' };
  const near = { ...mention(40, place('neartown', 'P', 'PPL')), cue: 'near', kind: '' };
  assert.equal(locateEvent([bridge, near], { start: 0, end: 100 })?.place?.id, 'neartown');
  // Alone, the site's town is still the place.
  assert.equal(locateEvent([crossing], { start: 0, end: 100 })?.place?.id, 'crossingtown');
});

test('a town named like the district of another place is that town when the text says "city"', () => {
  // "In Rawalpindi city ... at Murree": Murree lies in Rawalpindi district, yet "Rawalpindi city" is the town.
  const murree = { ...place('Murree', 'P', 'PPL'), admin2: 'Rawalpindi' };
  const rawalpindi = place('Rawalpindi', 'P', 'PPLA2');
  const ms = [{ ...mention(40, murree), text: 'Murree', cue: 'at' }, { ...mention(10, rawalpindi), text: 'Rawalpindi', cue: 'in', kind: 'city' }];
  assert.equal(locateEvent(ms, { start: 0, end: 100 })?.place?.id, 'Rawalpindi');
  // Without the word the name is read as the district around the other place.
  ms[1] = { ...ms[1]!, kind: '' };
  assert.equal(locateEvent(ms, { start: 0, end: 100 })?.place?.id, 'Murree');
});

test('a site named after a village ("near X Bridge in Y district") is no surer than the district it is in', () => {
  // "near Kelvar Bridge in Dhanpur district": the bridge lies somewhere by the village, the text
  // places the event in the district (its admin2 holds the village).
  const village = { ...place('Kelvar', 'P', 'PPL'), admin2: 'Dhanpur' };
  const dhanpur = { ...place('Dhanpur', 'A', 'ADM2'), admin2: 'Dhanpur' };
  const bridge = { ...mention(10, village), text: 'Kelvar', cue: 'near', kind: 'bridge' };
  const district = { ...mention(30, dhanpur), text: 'Dhanpur', cue: 'in', kind: 'district' };
  assert.equal(locateEvent([bridge, district], { start: 0, end: 100 })?.place?.id, 'Dhanpur');
  // Said of the village itself, the village stays the place.
  assert.equal(locateEvent([{ ...bridge, cue: 'in', kind: 'village' }, district], { start: 0, end: 100 })?.place?.id, 'Kelvar');
  // Beside a province only, the site is still the most specific place.
  const province = { ...mention(30, place('Uttara', 'A', 'ADM1')), text: 'Uttara', cue: 'in' };
  assert.equal(locateEvent([bridge, province], { start: 0, end: 100 })?.place?.id, 'Kelvar');
});

test('a list of origins ("from A, B and C") is origins throughout, not where the event was', () => {
  // "protesters from Harlo, Bex and Orn gathered in Telm": only Harlo carries "from".
  const harlo = { ...mention(20, place('Harlo', 'P', 'PPL')), end: 25, cue: 'from' };
  const bex = { ...mention(27, place('Bex', 'P', 'PPL')), end: 30, cue: '' };
  const orn = { ...mention(35, place('Orn', 'P', 'PPL')), end: 38, cue: 'and' };
  const telm = { ...mention(50, place('Telm', 'P', 'PPL')), end: 54, cue: 'in' };
  assert.equal(locateEvent([harlo, bex, orn, telm], { start: 0, end: 100 })?.place?.id, 'Telm');
  // "militias from Harlo attacked Orn": a verb between, Orn is where the attack was.
  const attacked = { ...mention(35, place('Orn', 'P', 'PPL')), end: 38, cue: '' };
  assert.equal(locateEvent([harlo, attacked, telm], { start: 0, end: 100 })?.place?.id, 'Orn');
});

test('"Karsa (Karsa)": the town with its province of the same name in its own slot, not another town of the province', () => {
  const named = (start: number, text: string, p: Place, cue = ''): PlaceMention => ({ ...mention(start, p), end: start + text.length, text, cue });
  const karsa = { ...place('karsa-town', 'P', 'PPLA'), admin1: 'Karsa' };
  const province = { ...place('karsa-province', 'A', 'ADM1'), admin1: 'Karsa' };
  const lenno = { ...place('lenno', 'P', 'PPL'), admin1: 'Karsa' };
  // "protested in Karsa (Karsa) after buses heading to Lenno were stopped"
  const ms = [named(13, 'Karsa', karsa, 'in'), named(20, 'Karsa', province), named(53, 'Lenno', lenno, 'to')];
  assert.equal(locateEvent(ms, { start: 0, end: 100 })?.place?.id, 'karsa-town');
});

test('a province seat the text places the event in, named before a place of its province, is the town', () => {
  const named = (start: number, text: string, p: Place, cue = ''): PlaceMention => ({ ...mention(start, p), end: start + text.length, text, cue });
  const karsa = { ...place('karsa-town', 'P', 'PPLA'), admin1: 'Karsa' };
  const dorvan = { ...place('dorvan', 'P', 'PPLA2'), admin1: 'Karsa' };
  // "a march was held in central Karsa to remember the Dorvan (Karsa) massacres"
  assert.equal(locateEvent([named(28, 'Karsa', karsa, 'in'), named(50, 'Dorvan', dorvan)], { start: 0, end: 100 })?.place?.id, 'karsa-town');
  // After the place it holds ("clashes in Dorvan, Karsa"), the seat's name is the province.
  assert.equal(locateEvent([named(13, 'Dorvan', dorvan, 'in'), named(21, 'Karsa', karsa)], { start: 0, end: 100 })?.place?.id, 'dorvan');
});

test('a province seat named first gives way to a later place the text also puts the event in', () => {
  const named = (start: number, text: string, p: Place, cue = '', kind = ''): PlaceMention => ({ ...mention(start, p), end: start + text.length, text, cue, kind });
  const karsa = { ...place('karsa-town', 'P', 'PPLA'), admin1: 'Karsa' };
  const dorvan = { ...place('dorvan', 'A', 'ADM2'), admin1: 'Karsa' };
  // "fighters attacked a checkpoint in Karsa on Sunday, killing six soldiers in Dorvan district"
  assert.equal(locateEvent([named(35, 'Karsa', karsa, 'in'), named(80, 'Dorvan', dorvan, 'in', 'district')], { start: 0, end: 100 })?.place?.id, 'dorvan');
});

test('a province seat named like the start of its province ("Gaza" of "Gaza Strip") gives way to a place in it', () => {
  const def = loadGazetteer();
  const text = 'The shelling in Gaza on Sunday hit a school in Khan Yunis, killing three people.';
  assert.equal(locateEvent(findPlaces(text, def, {}), { start: 0, end: text.length })?.place?.admin1, 'Gaza Strip');
  assert.notEqual(locateEvent(findPlaces(text, def, {}), { start: 0, end: text.length })?.place?.name, 'Gaza');
  // Alone, the seat stays the town.
  const alone = 'The shelling in Gaza on Sunday hit a school, killing three people.';
  assert.equal(locateEvent(findPlaces(alone, def, {}), { start: 0, end: alone.length })?.place?.name, 'Gaza');
});
