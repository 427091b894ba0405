// Choosing among places of one name, on hand-written sentences against an invented fixture
// gazetteer (test/geo/fixtures/namesakes-dump.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'namesakes-dump.txt')], defaults: false });
const byId = (id: string) => gz.places.find((p) => p.id === id)!;

test("a district's point is its seat of its own name, not a hamlet listing the name among its alternates", () => {
  // Beit Hamar (population 8) is bigger than the seat (population unknown) and also near the district.
  const district = byId('gn:9500002');
  const seat = byId('gn:9500003');
  assert.deepEqual([district.lat, district.lon], [seat.lat, seat.lon]);
});

test('a hamlet that is only near a district of its name is no seat: the district keeps its point', () => {
  const district = byId('gn:9500005');
  assert.deepEqual([district.lat, district.lon], [14.8, 45.9]);
});

test('among namesakes of unknown population, the one listed under more names; one alternate name is no sign', () => {
  const place = (text: string, iso3: string) => findPlaces(text, gz, { iso3 })[0]?.place?.id;
  assert.equal(place('Protesters blocked the road in Marjaba on Friday.', 'LBN'), 'gn:9500012');
  // A single alternate name (a transliteration) says nothing: the order stays the gazetteer's.
  assert.equal(place('Gunmen attacked a checkpoint in Tell Halab on Friday.', 'SYR'), 'gn:9500013');
});

test('"X, Kyrna" names the oblast: nearness to the capital city of that name (an admin1 of its own) is no evidence', () => {
  const ms = findPlaces('Traders protested in Ostriv, Kyrna, on Monday.', gz, { iso3: 'UKR' });
  assert.equal(ms[0]!.place?.id, 'gn:9500024');
});

test('a place with slots of its own, among places with theirs, is near only what its own slots name', () => {
  // "Nahm (Harran)" is another front: the Surwa 20 km from Nahm is no likelier the Surwa of Qadira.
  const ms = findPlaces('Clashes erupted on the Surwa (Qadira), Nahm (Harran) fronts on Friday.', gz, { iso3: 'YEM' });
  assert.equal(ms[0]!.place?.id, 'gn:9500043');
});

test('"X town" in lower case: the places named X join those the gazetteer names "X Town"', () => {
  // "Tharn Town" is another place, in another province; the town of Kebar is plain "Tharn".
  const ms = findPlaces('Traders protested in Tharn town (Kebar, Nuvara) on Friday.', gz, { iso3: 'YEM' });
  assert.equal(ms[0]!.place?.id, 'gn:9500053');
});

test('"X city": a district seat of the name, before a hamlet of it near the province capital', () => {
  const ms = findPlaces('Gunmen attacked a post in Mirak city, Nuvara, on Friday.', gz, { iso3: 'YEM' });
  assert.equal(ms[0]!.place?.id, 'gn:9500054');
});

test('"X town": a district of the name whose seat the gazetteer lacks stands for the town', () => {
  const ms = findPlaces('Marchers gathered in Sarden town, Nuvara, on Friday.', gz, { iso3: 'YEM' });
  assert.equal(ms[0]!.place?.id, 'gn:9500057');
});

test('namesakes the evidence cannot tell apart: the one nearest the other places named', () => {
  const ms = findPlaces('Gunmen stopped a bus between Dorva and Lusk town on Friday.', gz, { iso3: 'YEM' });
  assert.equal(ms[0]!.place?.id, 'gn:9500061');
});
