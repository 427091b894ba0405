// Disambiguation mechanisms on hand-written sentences against an invented fixture gazetteer
// (test/geo/fixtures/resolve-dump.txt): front lines implied by a conflict's cues, and admin areas
// the text names as nested ("X (District, Province)") deciding by name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, inferCountry, loadGazetteer, locateEvent } from '../../src/geo/index.ts';
import { distanceToLineKm, frontNearness } from '../../src/geo/front-lines.ts';
import { findContextCues } from '../../src/geo/context-cues.ts';
import { acledAdminName } from '../../src/geo/admin-areas.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'resolve-dump.txt')], defaults: false });
const eventPlace = (text: string, iso3: string | null = null): string | null => {
  const ms = findPlaces(text, gz, { iso3 });
  return locateEvent(ms, { start: 0, end: text.length }, { iso3: iso3 ?? inferCountry(text, ms) })?.place?.id ?? null;
};

test('distance to a front line: along a segment, beyond its ends, and nearness in its country only', () => {
  const line: Array<[number, number]> = [[48, 37], [48, 38]];
  assert.ok(Math.abs(distanceToLineKm(48.1, 37.5, line) - 11.1) < 0.3, 'a tenth of a degree north of the middle');
  assert.ok(Math.abs(distanceToLineKm(48, 38.5, line) - 37.2) < 0.5, 'past the east end: distance to that end');
  const front = { iso3: 'UKR', points: line, km: 30, from: null, until: null };
  assert.equal(frontNearness({ lat: 48.05, lon: 37.5, iso3: 'UKR' }, [front]), 1, 'within the on-line band');
  assert.equal(frontNearness({ lat: 48.05, lon: 37.5, iso3: 'RUS' }, [front]), 0, 'another country');
  assert.equal(frontNearness({ lat: 49, lon: 37.5, iso3: 'UKR' }, [front]), 0, 'far behind the line');
});

test('front nearness skips far places by a bound, with the same answer as measuring to the line', () => {
  // A bent line of several segments and places all around it, near and far, in every direction.
  const points: Array<[number, number]> = [[47.2, 37.6], [47.9, 37.8], [48.3, 38.4], [48.6, 39.6], [49.1, 39.9]];
  const front = { iso3: 'UKR', points, km: 30, from: null, until: null };
  const measured = (lat: number, lon: number): number => {
    const d = distanceToLineKm(lat, lon, points);
    return Math.max(0, d <= 8 ? 1 : 1 - (d - 8) / (30 - 8));
  };
  let near = 0;
  for (let lat = 45; lat <= 51; lat += 0.05) {
    for (let lon = 34; lon <= 43; lon += 0.05) {
      const want = measured(lat, lon);
      if (want > 0) near++;
      assert.equal(frontNearness({ lat, lon, iso3: 'UKR' }, [front]), want, `${lat} ${lon}`);
    }
  }
  assert.ok(near > 100, 'some places are near the line');
});

test('a monitoring cue puts a village namesake on the front line before a bigger one far from it', () => {
  assert.equal(findContextCues('The OSCE SMM observed explosions.').fronts.length, 1);
  // Without a cue the bigger village wins; with one, the village near the contact line.
  assert.equal(eventPlace('Six explosions were heard near Zorianka.', 'UKR'), 'gn:9200002');
  assert.equal(eventPlace('The OSCE SMM recorded six explosions near Zorianka.'), 'gn:9200001');
});

test('nested areas named in the text decide by name; a single named area still allows a nearby slip', () => {
  // "(Jirdan, Wadiya)": a district and its province. Alam lies in Abyana, not Wadiya, though within
  // 150 km of Wadiya's seat: the event is placed at the named district, not at that Alam.
  assert.equal(eventPlace('Clashes erupted near Alam camp (Jirdan, Wadiya).', 'YEM'), 'gn:9200011');
  // One area only ("Alam (Wadiya)") may be a slip of the writer: the nearby Alam stays possible.
  assert.equal(eventPlace('Clashes erupted in Alam (Wadiya).', 'YEM'), 'gn:9200013');
});

test('a district named inside a named province is where the settlement lies', () => {
  // "Kheripur, Ramgarh (Uttara Desh)": the only Kheripur lies in Uttara Desh but far from the
  // district named, so the event is placed at the district, not at that Kheripur.
  assert.equal(eventPlace('Two groups clashed in Kheripur, Ramgarh (Uttara Desh) over land.', 'IND'), 'gn:9200022');
  // A village the gazetteer leaves outside the district but near its seat stays (boundaries differ).
  assert.equal(eventPlace('Two groups clashed in Belganj, Ramgarh (Uttara Desh) over land.', 'IND'), 'gn:9200121');
  // Without the district the province alone admits it.
  assert.equal(eventPlace('Two groups clashed in Kheripur (Uttara Desh) over land.', 'IND'), 'gn:9200120');
});

test('a seat named like its province, right after "X in", names the province', () => {
  // The only Zahiriya lies in another province: "Zahiriya in Qadima" is not that one, and the
  // event falls back to the place named around it.
  const ms = findPlaces('Rebels looted wheat crops in Zahiriya in Qadima on Monday.', gz, { iso3: 'SYR' });
  assert.equal(ms[0]!.place, null);
  assert.equal(eventPlace('Rebels looted wheat crops in Zahiriya in Qadima on Monday.', 'SYR'), 'gn:9200131');
  assert.equal(eventPlace('Rebels looted crops in Zahiriya in the countryside of Qadima.', 'SYR'), 'gn:9200131');
  // Named apart ("in X and in Y"), the seat is a town only: both places stand.
  assert.equal(findPlaces('Rebels looted crops in Zahiriya and clashed in Qadima on Monday.', gz, { iso3: 'SYR' })[0]!.place?.id, 'gn:9200132');
});

test('another spelling inside the named province, when no exact namesake fits it', () => {
  // The only "Basila" lies in another province; Qadima's village is spelled "Bassila".
  assert.equal(eventPlace('An IED exploded near Basila town in Qadima on Monday.', 'SYR'), 'gn:9200134');
  assert.equal(findPlaces('An IED exploded near Basila town in Qadima.', gz, { iso3: 'SYR' })[0]!.rule, 'variant-name-in-named-area');
  // No area named: the exact name stands.
  assert.equal(eventPlace('An IED exploded near Basila town on Monday.', 'SYR'), 'gn:9200133');
});

test('a spelling variant that is a district seat of the province named is near it, however far its capital', () => {
  // "Mirpurkhasa" is spelled "Mirpur Khasa" in the gazetteer; Sindra's point is its capital, 200 km away.
  assert.equal(eventPlace('Residents protested in Mirpurkhasa city (Mirpurkhasa, Sindra) on Monday.', 'PAK'), 'gn:9200142');
});

test('a village without a district in the gazetteer lies in the nearest district of its province', () => {
  // Both Pirwali lack a district; the first is 63 km from Kelani's point (beyond the 50 km radius)
  // but nearer to it than to Moraba, the province's other district.
  assert.equal(eventPlace('Gunmen attacked Pirwali village (Kelani) on Monday.', 'PAK'), 'gn:9200153');
  assert.equal(eventPlace('Gunmen attacked Pirwali village (Moraba) on Monday.', 'PAK'), 'gn:9200154');
});

test('on a front the cues imply, another spelling on the line beats an exact namesake far behind it', () => {
  // The only "Korvinka" lies near Odesa; the front village is spelled "Korviyinka".
  assert.equal(eventPlace('The OSCE SMM recorded six explosions near Korvinka.'), 'gn:9200162');
  // Without a front cue the exact name stands.
  assert.equal(eventPlace('Six explosions were heard near Korvinka.', 'UKR'), 'gn:9200161');
});

test("a territory's other name that is also its big city names both ('in northern Gaza')", () => {
  const text = 'Shots were fired at fishermen in northern Gaza on Monday.';
  assert.equal(eventPlace(text), 'gn:9200170');
  assert.equal(inferCountry(text, findPlaces(text, gz, {})), 'PSE');
  // "the Gaza Strip" is the territory only.
  assert.equal(eventPlace('A rocket was launched from the Gaza Strip on Monday.'), null);
});

test("another country's province is no place of a text about one country (a city still is)", () => {
  const ms = findPlaces('Fighting in Yemen spread from Wadiya to Uttara on Monday.', gz, {});
  const uttara = ms.find((m) => m.text === 'Uttara');
  assert.equal(uttara?.place ?? null, null);
  assert.equal(uttara?.rule, 'no-match-in-country');
});

test('a district answers to the province named, unless none of its namesakes is there (a slip)', () => {
  // Two districts "Ramgarh": the one in the province named (by another of its names, so no
  // admin-name bonus decides), though the other comes first.
  assert.equal(eventPlace('Two mobs clashed in Kotwali, Ramgarh (Uttara Desh) over a property dispute.', 'IND'), 'gn:9200022');
  // "Apodara, Jalica": the only Apodara lies in another province and nothing else named fits
  // Jalica, so the writer slipped on the province: the district stands.
  assert.equal(eventPlace('An armed man attacked a man in Apodara, Jalica.', 'MEX'), 'gn:9200031');
});

test('a place written right before a comma and a bigger town is part of that town, not a far namesake', () => {
  assert.equal(eventPlace('Church members protested at the cathedral in Ermeta, Manilo after the closure.', 'PHL'), 'gn:9200041');
  assert.equal(eventPlace('Church members protested at the cathedral in Ermeta after the closure.', 'PHL'), 'gn:9200040');
});

test('a capital named without its country beats a bigger namesake abroad', () => {
  const text = 'Workers protested outside the ministry in San Jovo.';
  const ms = findPlaces(text, gz, {});
  assert.equal(inferCountry(text, ms), 'CRI');
  assert.equal(eventPlace(text), 'gn:9200050');
});

test('a spelling variant inside the province the text names is credible and as sure as an exact name', () => {
  // "Kansafra" meets "Kansafrah" only through the transliteration fold; a small village, no cue word.
  assert.equal(eventPlace('Regime forces shelled Kansafra in the southern countryside of Idlab.', 'SYR'), 'gn:9200061');
  // With no area named to corroborate it, the variant of a tiny village is not trusted.
  const text = 'On 3 May regime forces shelled Kansafra and several nearby farms at dawn, residents said.';
  assert.equal(findPlaces(text, gz, { iso3: 'SYR' }).find((m) => m.text === 'Kansafra'), undefined);
});

test('a neighbourhood lies in the town the text names, not in a far city of its name', () => {
  // "Loteamento Recifa neighborhood" of Petrona: the city of Recifa is 600 km away.
  const text = 'In Petrona, Pernambo, police dismantled a cocaine lab in Loteamento Recifa neighborhood.';
  assert.equal(findPlaces(text, gz, { iso3: 'BRA' }).find((m) => m.text === 'Recifa')?.place, null);
  assert.equal(eventPlace(text, 'BRA'), 'gn:9200070');
  assert.equal(eventPlace('Police dismantled a drug lab in Recifa.', 'BRA'), 'gn:9200071');
});

test('names joined by a slash are one compound ("Jango/Geo Group"); "the Al Sayida families" are people', () => {
  const cue = (text: string, name: string): string | undefined => findPlaces(text, gz, {}).find((m) => m.text === name)?.cue;
  assert.equal(cue('Journalists protested against the arrest of the Jango/Geo Group editor.', 'Jango'), 'name-part');
  assert.equal(cue('Journalists protested against the arrest of an editor in Jango.', 'Jango'), 'in');
  const ms = findPlaces('An armed fight ensued between the Al Omar and Al Sayida families over land.', gz, {});
  assert.equal(ms.find((m) => m.text.endsWith('Sayida'))?.place ?? null, null);
});

test('"X Mine" is a site at village X, not a piece of an unknown longer name', () => {
  const m = findPlaces('The OSCE SMM observed a total of 9 explosions near Karbon Mine.', gz, {}).find((x) => x.text === 'Karbon');
  assert.equal(m?.place?.id, 'gn:9200090');
  assert.equal(m?.kind, 'mine');
});

test('admin1 is written as ACLED does, without its generic word, also when the text spells it', () => {
  const m = findPlaces('Soldiers shelled houses in Mindo (Chinar State) at night.', gz, { iso3: 'MMR' }).find((x) => x.text === 'Mindo');
  assert.equal(m?.place?.admin1, 'Chinar');
  assert.equal(acledAdminName('Dhako Division'), 'Dhako');
  assert.equal(acledAdminName('Rivera State'), 'Rivera');
});

test('admin1 keeps the spelling the text uses for it, also when the gazetteer knows it as an alternate name', () => {
  const m = findPlaces('Troops fired mortars at positions near Shukar, Fizula, at night.', gz, { iso3: 'AZE' }).find((x) => x.text === 'Shukar');
  assert.equal(m?.place?.admin1, 'Fizula');
  // Untouched when the text does not name the province.
  assert.equal(findPlaces('Troops fired mortars at positions near Shukar at night.', gz, { iso3: 'AZE' })[0]?.place?.admin1, 'Fuzula');
});

test('a town named as the container of a place admits only namesakes near it, else the event falls back to the town', () => {
  // "(Mbirwa)" names the district by its seat: the Kitembo near it, not the bigger one 200 km away.
  assert.equal(eventPlace('A man was shot dead in Kitembo village (Mbirwa) at night.', 'COD'), 'gn:9200182');
  // The only Lomeka lies far from Mbirwa and from Sorvan: another place of that name, so the town named.
  assert.equal(eventPlace('Gunmen burned houses in Lomeka village (Mbirwa) at night.', 'COD'), 'gn:9200180');
  assert.equal(eventPlace('Gunmen burned houses in Lomeka near Sorvan at night.', 'COD'), 'gn:9200183');
  // Without a container the name alone decides ("Lomeka and Sorvan" names two places).
  assert.equal(eventPlace('Gunmen burned houses in Lomeka village at night.', 'COD'), 'gn:9200184');
  assert.equal(eventPlace('Gunmen burned houses in Lomeka and Sorvan at night.', 'COD'), 'gn:9200184');
});

test('a village spelled otherwise by the gazetteer, with no district of its own, is corroborated by lying near the district in its slot', () => {
  // "Awqaanle" is GeoNames' "Aw Qaanle" (no admin2), 23 km from the point of Barowe district.
  assert.equal(eventPlace('Militants attacked a base in Awqaanle village (Barowe) at night.', 'SOM'), 'gn:9200191');
});

test("a province's point (its capital) draws only its suburbs, not hamlets across the province", () => {
  // The hamlet Petalca lies 55 km from the capital, the district seat Petalca 190 km: the seat.
  assert.equal(eventPlace('Gunmen shot a former mayor in Petalca, Guerrana.', 'MEX'), 'gn:9200203');
  // A village 12 km from the capital is in its suburbs and beats a bigger namesake far off.
  assert.equal(eventPlace('Police dismantled a lab in Sobrada, Guerrana.', 'MEX'), 'gn:9200204');
});

test('the seat of a district of the name, in the province named, before a hamlet of the name', () => {
  // The municipality Cintala is seated in "Cintala de Figa" (Cintala only as its alternate name).
  assert.equal(eventPlace('Armed men kidnapped a family in Cintala, Chiapa.', 'MEX'), 'gn:9200212');
  // No province named: the seat is one namesake among others, and the own name beats the alternate.
  assert.equal(eventPlace('A fair was held in Cintala.', 'MEX'), 'gn:9200213');
});

test("a place's own slots name its areas, not the slots of the places listed with it", () => {
  const text = 'Clashes continued on the Nihma (Nihma, Sanna) and Sirwa (Sirwa, Marba) fronts.';
  const sirwa = findPlaces(text, gz, { iso3: 'YEM' }).filter((m) => m.text === 'Sirwa');
  // The village Sirwa lies in Sanna, named in Nihma's slots; Sirwa's own slots say Marba.
  assert.equal(sirwa[0]?.place?.id, 'gn:9200222');
});

test('a spelling variant inside the province named beats an exact namesake admitted only by nearness to it', () => {
  // Bilmaka, also called Kamianka, lies in the next province 115 km from Donetska's point; Kamenka in Donetska.
  const ms = findPlaces('Shells fell near Kamianka in Donetska on Monday.', gz, { iso3: 'UKR' });
  assert.equal(ms.find((m) => m.text === 'Kamianka')?.place?.id, 'gn:9200233');
});

test('on a front, a settlement far behind the line fits only inside an area the text names', () => {
  // Bilmaka lies in Zaporizka, 115 km from Donetska's point and far from the contact line.
  assert.equal(eventPlace('The NAF fired mortars at positions near Bilmaka, Donetska.'), 'gn:9200230');
  // Without a front cue the single province named may still be a slip: the town stays possible.
  assert.equal(eventPlace('Shells fell near Bilmaka, Donetska.', 'UKR'), 'gn:9200232');
});

test('a word for a hamlet before its name ("Khutir X") is no other name, and the cue before it still counts', () => {
  const ms = findPlaces('The OSCE SMM recorded six explosions near Khutir Zorianka.', gz, {});
  const m = ms.find((x) => x.text === 'Zorianka');
  assert.equal(m?.place?.id, 'gn:9200001');
  assert.equal(m?.cue, 'near');
});

test('a village the gazetteer puts in another district, far from the district named right after it, yields to that district', () => {
  assert.equal(eventPlace('Two policemen were killed in the Mirzal village of Qadira district, Badgara.', 'AFG'), 'gn:9200241');
  // Named alone, the village is the place.
  assert.equal(eventPlace('Two policemen were killed in Mirzal village, Badgara.', 'AFG'), 'gn:9200243');
});
