// Context mechanisms on hand-written sentences against an invented fixture gazetteer
// (test/geo/fixtures/context-dump.txt): conflict cues, hyphenated names, actor country words,
// in-country variants of a span whose names all lie abroad.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, inferCountry, loadGazetteer, locateEvent } from '../../src/geo/index.ts';
import { findContextCues } from '../../src/geo/context-cues.ts';
import { findCountryMentions } from '../../src/geo/countries.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'context-dump.txt')], defaults: false });
const pick = (text: string, name: string): string | null => findPlaces(text, gz, {}).find((m) => m.text === name)?.place?.id ?? null;

test('context cues: a monitoring mission or a local armed group implies the country and its conflict areas', () => {
  const hints = findContextCues('The OSCE SMM observed explosions; later the NAF fired mortars.');
  assert.equal(hints.countries.get('UKR'), 2);
  assert.ok(hints.areas.has('donetsk') && hints.areas.has('luhansk'));
  assert.equal(findContextCues('Smmall arms were seen.').countries.size, 0, 'whole words only');
  // A country's own civic groups place a report there as its armed groups do.
  assert.equal(findContextCues('Members of KADAMAY held a sit-in outside the city hall.').countries.get('PHL'), 1);
  assert.equal(findContextCues('the osce smm').countries.size, 0, 'case-sensitive');
});

test('context cues: a village namesake inside the implied area beats a bigger one elsewhere', () => {
  // Without a cue population decides (the Odesa village is bigger).
  assert.equal(pick('Six explosions were heard near Kvitneve.', 'Kvitneve'), 'gn:9100004');
  const text = 'The OSCE SMM recorded six explosions near Kvitneve.';
  assert.equal(pick(text, 'Kvitneve'), 'gn:9100003');
  assert.equal(inferCountry(text, findPlaces(text, gz, {})), 'UKR');
});

test('a hyphenated name with lower-case articles is one name ("Tall-ez-Zuhur"), not its last piece', () => {
  const ms = findPlaces('A checkpoint was attacked in Tall-ez-Zuhur countryside.', gz, {});
  assert.deepEqual(ms.map((m) => [m.text, m.place?.id ?? null]), [['Tall-ez-Zuhur', 'gn:9100005']]);
});

test('a country name followed by an actor word names who acted, not where', () => {
  const m = findCountryMentions('US forces brought reinforcements to their base near Zuhur.');
  assert.equal(m[0]?.iso3, 'USA');
  assert.equal(m[0]?.actor, true);
  assert.equal(findCountryMentions('Protests were held across the US on Friday.')[0]?.actor, undefined);
  // The place decides the country (Kuwait's Zuhur), not the actor's country.
  const text = 'US forces brought reinforcements to their base near Zuhur.';
  assert.equal(inferCountry(text, findPlaces(text, gz, {})), 'KWT');
});

test('a span whose names all lie abroad tries the name without its generic word in the document country', () => {
  // "Sawda City" is only a (fixture) US town; in a Yemen text "Sawda city" is the Yemeni Sawda.
  const ms = findPlaces('Shelling hit Sawda city near Maristan Airport.', gz, { iso3: 'YEM' });
  assert.equal(ms.find((m) => m.text === 'Sawda city')?.place?.id, 'gn:9100007');
  assert.equal(findPlaces('Shelling hit Sawda City.', gz, { iso3: 'USA' })[0]?.place?.id, 'gn:9100008');
});

const eventPlace = (text: string, iso3: string | null = null): string | null => {
  const ms = findPlaces(text, gz, { iso3 });
  return locateEvent(ms, { start: 0, end: text.length }, { iso3: iso3 ?? inferCountry(text, ms) })?.place?.id ?? null;
};

test('a name that is the province of another place named in the event is that province, not its town', () => {
  // "Hakkan" is also a town (the province seat); here it names the province around Cukurja.
  const id = eventPlace('Rebels attacked an army post in Cukurja district of Hakkan.', 'TUR');
  assert.ok(id === 'gn:9100022' || id === 'gn:9100023', `the district or its town, got ${id}`);
  assert.equal(eventPlace('Rebels attacked an army post in Hakkan.', 'TUR'), 'gn:9100021');
});

test('a place reached only through a spelling variant yields to one named exactly', () => {
  assert.equal(eventPlace('Shells fell on Kuriyet and on Marsa Dahab.', 'LBY'), 'gn:9100030');
  assert.equal(eventPlace('Shells fell on Kuriyet.', 'LBY'), 'gn:9100031', 'alone, the variant is used');
});

test('a town inside the region named in parentheses is kept even when the name also fits a district elsewhere', () => {
  assert.equal(eventPlace('Gunmen killed a trader in Wadi Tin (Sahra district).', 'MLI'), 'gn:9100042');
});

test('a longer name through the spelling fold beats an exact name that stops inside the capitalised run', () => {
  const ms = findPlaces('A landmine exploded in Kafr Noran area.', gz, { iso3: 'SYR' });
  assert.deepEqual(ms.map((m) => [m.text, m.place?.id ?? null]), [['Kafr Noran', 'gn:9100051']]);
  assert.equal(findPlaces('A landmine exploded in Kafr.', gz, { iso3: 'SYR' })[0]?.place?.id, 'gn:9100050');
});

test('a capitalised article before a name is not another name glued to it', () => {
  const ms = findPlaces('Soldiers detained two men in La Colonia Verde on Friday.', gz, {});
  assert.equal(ms.find((m) => m.text === 'Colonia Verde')?.place?.id, 'gn:9100060');
});

test('"in X district" places the event in the district as surely as a town named later', () => {
  const text = 'Fighting broke out in Qamar district; shells also fell on Zaytun.';
  const id = eventPlace(text, 'YEM');
  assert.ok(id === 'gn:9100070' || id === 'gn:9100071', `the district or its seat, got ${id}`);
});

test('"X town" where only a district is spelled X takes the town through its spelling variant', () => {
  const ms = findPlaces('Police raided a market in Bossaaso town.', gz, { iso3: 'SOM' });
  assert.equal(ms[0]?.place?.id, 'gn:9100081');
  assert.equal(findPlaces('Police raided a market in Bossaaso district.', gz, { iso3: 'SOM' })[0]?.place?.id, 'gn:9100080');
});

test("a context cue word is an actor, never a place, even when a village bears the name", () => {
  assert.deepEqual(findPlaces('Taliban fighters attacked a checkpoint overnight.', gz, {}).map((m) => m.text), []);
  assert.equal(findPlaces('Shelling hit the village of Taliban.', gz, {}).length, 0);
});

test('context cues: a group of several countries votes once, most for the country of most of its areas', () => {
  const hints = findContextCues('Boko Haram fighters, also known as ISWAP, raided the town.');
  assert.equal(hints.countries.get('NGA'), 0.75);
  assert.equal(hints.countries.get('CMR'), 0.25);
  assert.equal(hints.countries.get('NER'), 0.25);
});
