// The actor dictionary: ACLED names by country and government period, aliases, generic and
// unknown actors, and the matching rules that keep false hits out.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActors, loadActorDictionary, entryName } from '../../src/extract/actors/index.ts';
import { dateEpoch } from '../../src/extract/actors/dictionary.ts';
import { allCountries } from '../../src/extract/actors/countries.ts';

const names = (text: string, iso3: string | null, date: string | null = '2020-05-01') =>
  findActors(text, { iso3, date }).map((m) => [m.text, m.actor.name, m.actor.inter]);

test('state forces are named by country and by the government period of the event date', () => {
  assert.deepEqual(names('Ukrainian troops fired on the village.', 'UKR', '2020-05-01')[0], ['Ukrainian troops', 'Military Forces of Ukraine (2019-)', 1]);
  assert.deepEqual(names('Ukrainian troops fired on the village.', 'UKR', '2018-03-01')[0], ['Ukrainian troops', 'Military Forces of Ukraine (2014-)', 1]);
  assert.deepEqual(names('Police arrested two men.', 'MEX')[0], ['Police', 'Police Forces of Mexico (2018-)', 1]);
  assert.deepEqual(names('Congolese soldiers entered the town.', 'COD')[0][1], 'Military Forces of the Democratic Republic of Congo (2019-)');
});

test('an event before every known period of a country gets its force name without a wrong later period', () => {
  assert.equal(names('US forces raided a compound at night.', 'AFG', '2012-06-01')[0][1], 'Military Forces of the United States (2009-)');
  assert.equal(names('US forces raided a compound at night.', 'AFG', '2004-06-01')[0][1], 'Military Forces of the United States (2001-)');
  assert.equal(names('US forces raided a compound at night.', 'AFG', '2019-06-01')[0][1], 'Military Forces of the United States (2017-)');
  assert.equal(names('Albanian police arrested two men.', 'ALB', '2010-06-01')[0][1], 'Police Forces of Albania');
  assert.equal(names('Afghan police arrested two men.', 'AFG', '1999-06-01')[0][1], 'Police Forces of Afghanistan');
});

test("a state's forces acting in another country are external forces (inter 8)", () => {
  assert.deepEqual(names('Turkish drones struck a convoy near Tripoli.', 'LBY')[0], ['Turkish drones', 'Military Forces of Turkey (2016-)', 8]);
  assert.deepEqual(names('Turkish drones struck a convoy.', 'TUR')[0][2], 1);
});

test('dated names follow ACLED renamings (Libya, Yemen)', () => {
  assert.equal(names('LNA forces shelled the area.', 'LBY', '2019-06-01')[0][1], 'Military Forces of Libya (2014-) Haftar Faction');
  assert.equal(names('LNA forces shelled the area.', 'LBY', '2022-06-01')[0][1], 'Military Forces of Libya (2014-) Libyan National Army');
  assert.equal(names('Houthi forces attacked.', 'YEM', '2020-05-01')[0][1], 'Military Forces of Yemen (2016-) Supreme Political Council');
  assert.equal(names('GNA forces advanced.', 'LBY', '2020-05-01')[0][1], 'Military Forces of Libya (2016-) Government of National Accord');
});

test('main armed groups are found by their aliases', () => {
  const cases: Array<[string, string, string]> = [
    ['al-Shabaab militants attacked', 'SOM', 'Al Shabaab'],
    ['ISWAP fighters raided', 'NGA', 'Islamic State (West Africa)'],
    ['JNIM claimed the attack', 'MLI', 'JNIM: Group for Support of Islam and Muslims'],
    ['Daesh cells attacked', 'IRQ', 'Islamic State (Iraq)'],
    ['Ansar Allah said', 'YEM', 'Military Forces of Yemen (2016-) Supreme Political Council'],
    ['the Syrian Democratic Forces arrested', 'SYR', 'QSD: Syrian Democratic Forces'],
    ['Hayat Tahrir al-Sham fighters', 'SYR', 'HTS: Hayat Tahrir al Sham'],
    ['Wagner mercenaries arrived', 'LBY', 'Wagner Group'],
    ['FARC dissidents killed', 'COL', 'FARC-D: Revolutionary Armed Forces of Colombia Dissidents'],
    ['the Jalisco cartel', 'MEX', 'CJNG: Jalisco New Generation Cartel'],
  ];
  for (const [text, iso3, name] of cases) assert.equal(names(text, iso3)[0]?.[1], name, text);
});

test('generic actors take the event country', () => {
  assert.deepEqual(names('Gunmen killed a farmer.', 'NGA')[0], ['Gunmen', 'Unidentified Armed Group (Nigeria)', 3]);
  assert.deepEqual(names('Protesters gathered.', 'PHL')[0], ['Protesters', 'Protesters (Philippines)', 6]);
  assert.deepEqual(names('Nurses protested.', 'ISR')[0], ['Nurses', 'Health Workers (Israel)', 6]);
});

test('unknown named groups are kept as new actors with a guessed inter code', () => {
  const found = findActors('Fighters of the Nawasi Brigade clashed with the Tiv ethnic militia.', { iso3: 'NGA', date: '2020-05-01' });
  const unknown = found.filter((m) => m.actor.dictionary_id === null).map((m) => [m.actor.name, m.actor.inter]);
  assert.deepEqual(unknown, [['Nawasi Brigade', 3], ['Tiv Ethnic Militia (Nigeria)', 4]]);
});

test('matching avoids false hits: acronyms need capitals, "anti-X" is not X, names do not span sentences', () => {
  assert.equal(names('the aa battery', 'MMR').length, 0);
  assert.deepEqual(names('AA fighters', 'MMR')[0][1], 'ULA/AA: United League of Arakan/Arakan Army');
  assert.ok(!names('anti-Houthi forces advanced', 'YEM').some(([, n]) => String(n).includes('Supreme Political Council')));
  assert.ok(!names('in Darfur. The Nawasi Brigade', 'SDN').some(([t]) => String(t).includes('.')));
});

test('mention offsets point at the matched text', () => {
  const text = 'On 3 May, Boko Haram militants attacked Kolofata; soldiers repelled them.';
  for (const m of findActors(text, { iso3: 'CMR', date: '2020-05-03' })) assert.equal(text.slice(m.start, m.end), m.text);
});

test('every country gets fully formed state-force and generic names', () => {
  const dict = loadActorDictionary();
  for (const c of allCountries().values()) {
    for (const id of ['state-military', 'state-police', 'civilians', 'protesters']) {
      const name = entryName(dict, dict.byId.get(id)!, c.iso3, '2020-05-01');
      assert.ok(!/[{}]/.test(name) && name.includes(c.name), `${c.iso3}: ${name}`);
    }
  }
});

test('a split state is named after its recognised government; a named army beats the generic reading', () => {
  assert.equal(names('Soldiers patrolled the port.', 'LBY', '2019-06-01')[0][1], 'Military Forces of Libya (2016-) Government of National Accord');
  assert.equal(names('Soldiers patrolled the port.', 'LBY', '2022-06-01')[0][1], 'Military Forces of Libya (2021-) Government of National Unity');
  assert.equal(names('The Libyan National Army moved west.', 'LBY', '2019-06-01')[0][1], 'Military Forces of Libya (2014-) Haftar Faction');
});

test("a name in the possessive still names its bearer (Haftar's guns, the Taliban's fighters)", () => {
  assert.deepEqual(names('Shells fell from Haftar’s lines at dawn.', 'LBY', '2019-06-01')[0].slice(1), ['Military Forces of Libya (2014-) Haftar Faction', 1]);
  assert.equal(names("The ambush was the Taliban's work.", 'AFG')[0][1], 'Taliban');
});

test('local aliases: Russian ground personnel in African theatres are the Wagner Group, elsewhere Russia', () => {
  assert.equal(names('Russian troops guarded the oil field.', 'LBY', '2020-05-01')[0][1], 'Wagner Group');
  assert.equal(names('Russian troops guarded the oil field.', 'SYR', '2020-05-01')[0][1], 'Military Forces of Russia (2000-)');
});

test('generic words refer back to the group named earlier in the paragraph', () => {
  const found = names('Wagner snipers hold the ridge. One of these marksmen shot a guard; the snipers then withdrew.', 'LBY');
  assert.deepEqual(found.map((f) => f[1]), ['Wagner Group', 'Wagner Group', 'Wagner Group']);
  // A qualified word ("government forces") is its own actor; a new paragraph starts afresh.
  assert.equal(names('LNA forces advanced. Government forces withdrew.', 'LBY', '2019-06-01')[1][1], 'Military Forces of Libya (2016-) Government of National Accord');
  assert.equal(names('Wagner snipers hold the ridge.\n\nThe snipers fired.', 'LBY')[1][1], 'Unidentified Armed Group (Libya)');
});

test("a lower-case 'front' is a battle line, not an unknown group", () => {
  assert.deepEqual(names('Reinforcements reached the Sirte front line.', 'LBY').filter((f) => /Front/.test(String(f[1]))), []);
  assert.equal(names('Fighters of the Azawad Liberation Front attacked.', 'MLI').some((f) => /Azawad Liberation Front/.test(String(f[1]))), true);
});

test('an adjective alias qualifying the next word is no actor ("a military source", "the military court")', () => {
  assert.deepEqual(names('A military source said gunmen attacked the market.', 'MLI').map((n) => n[1]), ['Unidentified Armed Group (Mali)']);
  assert.deepEqual(names('The military court sentenced him.', 'EGY'), []);
  // The military itself, and a named group's own vehicle, are still found.
  assert.equal(names('The military shelled the village.', 'MMR')[0][1], 'Military Forces of Myanmar (2016-)');
});

test('a generic state force sharing a distinctive word with a specific force named before is that force', () => {
  const found = names('The Military Police raided the Jacarezinho favela. Police officers were attacked by suspects.', 'BRA');
  assert.deepEqual(found.map((n) => n[1]), ['Military Forces of Brazil (2019-) Military Police', 'Military Forces of Brazil (2019-) Military Police']);
  // A phrase naming its own country is its own force.
  const two = names('Military forces of Artsakh fired on the positions of the military forces of Azerbaijan.', 'AZE');
  assert.deepEqual(two.map((n) => n[1]), ['Military Forces of Artsakh (2007-)', 'Military Forces of Azerbaijan (2003-)']);
});

test('names remembered per stretch between period starts change on the very day a period starts', () => {
  const dict = loadActorDictionary();
  assert.equal(dateEpoch(dict, '2020-05-08'), dateEpoch(dict, '2020-05-20'));
  assert.equal(dateEpoch(dict, null), -1);
  assert.notEqual(dateEpoch(dict, '2019-05-19'), dateEpoch(dict, '2019-05-20'));
  // The day before the start, the start day, the day before again: each asks its own stretch.
  for (const [date, name] of [['2019-05-19', 'Military Forces of Ukraine (2014-)'], ['2019-05-20', 'Military Forces of Ukraine (2019-)'], ['2019-05-19', 'Military Forces of Ukraine (2014-)']]) {
    assert.equal(names('Ukrainian troops fired on the village.', 'UKR', date)[0]![1], name);
  }
});

test("a country's weapons name its forces; a word of striking after the demonym alone needs a word of attack", () => {
  const first = (text: string, iso3: string) => names(text, iso3, '2024-05-01')[0]?.[1];
  assert.equal(first('An Israeli air strike and tank shelling hit two tents.', 'PSE'), 'Military Forces of Israel (2022-)');
  assert.equal(first('Israeli tank fire hit a crowd near the crossing.', 'PSE'), 'Military Forces of Israel (2022-)');
  assert.ok(names('Two farmers were hit by Israeli fire east of the camp.', 'PSE', '2024-05-01').some((n) => n[1] === 'Military Forces of Israel (2022-)'));
  assert.equal(first('A Ukrainian kamikaze drone dropped a charge on a barn.', 'RUS'), 'Military Forces of Ukraine (2019-)');
  assert.equal(first('Russian glide bombs fell on a suburb.', 'UKR'), 'Military Forces of Russia (2000-)');
  assert.equal(first('A Russian ballistic missile hit the port.', 'UKR'), 'Military Forces of Russia (2000-)');
  // A labour strike and a fire brigade are no forces.
  assert.equal(first('French strikes and marches closed the schools.', 'FRA'), undefined);
  assert.equal(first('Turkish fire brigades reached the forest.', 'TUR'), undefined);
});
