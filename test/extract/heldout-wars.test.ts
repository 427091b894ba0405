// Notes in ACLED's style on wars and years the development rows do not hold (2023-2025: Ukraine
// and Russia, Somalia's AU mission, Gaza and the West Bank, Pakistan, Nigeria, Sudan). The texts are
// written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const top = (text: string, published: string) => extractReports({ document_id: 'doc_heldout', text, published }, { gazetteer: loadDefaultGazetteer() })[0];

test('"X recaptured the village from Y": the place is taken from Y, who is no agent of a passive', () => {
  const r = top('On 2 June 2025, Ukrainian troops recaptured Andriivka (Kramatorskyi, Donetsk) from Russian forces. Fatalities unknown.', '2025-06-02');
  assert.equal(r.actor1, 'Military Forces of Ukraine (2019-)');
  assert.equal(r.actor2, 'Military Forces of Russia (2000-)');
});

test("Somalia's AU mission is AUSSOM from 2025, ATMIS before", () => {
  const r = top('On 2 June 2025, AUSSOM troops and Somali soldiers repelled an attack on their base in Bulo Marer (Marka, Lower Shabelle). Fatalities unknown.', '2025-06-02');
  assert.equal(r.actor1, 'AUSSOM: African Union Support and Stabilization Mission in Somalia (2025-)');
});

test('"troops came under fire": the force is fired at by someone unnamed, a battle', () => {
  const r = top('On 2 June 2023, ATMIS troops came under fire near Bulo Marer (Marka, Lower Shabelle). Fatalities unknown.', '2023-06-02');
  assert.equal(r.sub_event_type, 'Armed clash');
  assert.equal(r.actor1, 'Unidentified Armed Group (Somalia)');
  assert.equal(r.actor2, 'ATMIS: African Union Transition Mission in Somalia (2022-)');
});

test('"Russian kamikaze drones", "Ukrainian air defences": a weapon or arm named after the demonym is that state\'s force', () => {
  const strike = top('On 11 December 2024, Russian kamikaze drones struck an energy facility in Lviv (Lvivskyi, Lviv). No casualties were reported.', '2024-12-11');
  assert.equal(strike.actor1, 'Military Forces of Russia (2000-)');
  const downed = top('On 11 December 2024, Ukrainian air defences shot down 20 Russian attack drones over Kyiv (Kyiv, Kyiv City).', '2024-12-11');
  assert.equal(downed.sub_event_type, 'Disrupted weapons use');
  assert.equal(downed.actor1, 'Military Forces of Ukraine (2019-)');
  assert.equal(downed.actor2, 'Military Forces of Russia (2000-)');
});

test('the Islamic Resistance in Iraq is a named militia', () => {
  const r = top('On 20 February 2024, the Islamic Resistance in Iraq launched a drone at a US base near Erbil (Erbil, Erbil). No casualties were reported.', '2024-02-20');
  assert.equal(r.actor1, 'Islamic Resistance in Iraq');
  assert.equal(r.sub_event_type, 'Air/drone strike');
});

test('a group that claims the attack in the next sentence made it, when the event names no attacker', () => {
  const r = top('On 12 June 2024, an explosive device struck a police pickup near Tank (Tank, Khyber Pakhtunkhwa), killing 2 officers. The TTP claimed responsibility for the blast.', '2024-06-12');
  assert.equal(r.actor1, 'TTP: Tehreek-i-Taliban Pakistan');
  assert.equal(r.sub_event_type, 'Remote explosive/landmine/IED');
});

test('a raid that ends in detentions, with no fighting, is Arrests (foreign forces arrest too)', () => {
  const r = top('On 12 June 2024, Israeli forces raided Qalandiya camp (Jerusalem, West Bank) and detained 5 young men.', '2024-06-12');
  assert.equal(r.sub_event_type, 'Arrests');
  assert.equal(r.actor1, 'Military Forces of Israel (2022-)');
  assert.equal(r.actor2, 'Civilians (Palestine)');
});

test('detentions "ahead of a planned march" are arrests: the march is still to come', () => {
  const r = top('On 12 June 2024, police detained 14 opposition activists in Karachi (Karachi, Sindh) ahead of a planned march.', '2024-06-12');
  assert.equal(r.sub_event_type, 'Arrests');
  assert.equal(r.actor1, 'Police Forces of Pakistan (2022-)');
});

test('a lynching of armed suspects is mob violence; a beating to death by soldiers is not', () => {
  const mob = top('On 12 June 2024, residents of Gidan Goga (Maradun, Zamfara) lynched two suspected bandits who had been handed over by vigilantes.', '2024-06-12');
  assert.equal(mob.sub_event_type, 'Mob violence');
  assert.equal(mob.actor1, 'Rioters (Nigeria)');
  const troops = top('On 12 June 2024, a trader was beaten to death by soldiers in Maiduguri (Maiduguri, Borno).', '2024-06-12');
  assert.equal(troops.sub_event_type, 'Attack');
  assert.equal(troops.actor1, 'Military Forces of Nigeria (2023-)');
});

test('"bombs fired from X positions" are shelling; tear gas dropped on trenches is a chemical weapon', () => {
  const shells = top('On 12 June 2024, bombs fired from RSF positions hit the main market in El Obeid (Sheikan, North Kordofan), killing 6 civilians.', '2024-06-12');
  assert.equal(shells.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(shells.actor1, 'Rapid Support Forces');
  const gas = top('On 12 June 2024, Russian forces used drones to drop munitions with tear gas on Ukrainian trenches near Chasiv Yar (Bakhmutskyi, Donetsk).', '2024-06-12');
  assert.equal(gas.sub_event_type, 'Chemical weapon');
});

test('a hijacked bus is an abduction of its passengers', () => {
  const r = top('On 12 June 2024, gunmen hijacked a passenger bus near Kalat (Kalat, Balochistan).', '2024-06-12');
  assert.equal(r.sub_event_type, 'Abduction/forced disappearance');
  assert.equal(r.actor2, 'Civilians (Pakistan)');
});

test("Manipur's Kuki and Meitei armed men are identity militias", () => {
  const r = top('On 9 September 2024, Kuki militants fired at a village in Bishnupur (Bishnupur, Manipur). Fatalities unknown.', '2024-09-09');
  assert.equal(r.actor1, 'Kuki Ethnic Militia (India)');
  assert.equal(r.inter1, 4);
});

test('"with two Iskander ballistic missiles, killing 35": a named weapon count is no toll', () => {
  const r = top('On 3 March 2025, Russian forces struck Dobropillia (Pokrovskyi, Donetsk) with three Iskander ballistic missiles, killing 11 civilians.', '2025-03-03');
  assert.equal(r.fatalities, 11);
});

test('"lynched and burned 9 men": a second verb of harm keeps the toll of the first', () => {
  const r = top('On 5 May 2024, residents of Tabarre (Port-au-Prince, Ouest) lynched and burned 9 suspected kidnappers.', '2024-05-05');
  assert.equal(r.sub_event_type, 'Mob violence');
  assert.equal(r.fatalities, 9);
});

test('"on Ukrainian positions": a demonym before positions or trenches names the force targeted', () => {
  const r = top('On 4 July 2024, Russian forces dropped grenades with chloropicrin on Ukrainian positions near Vovchansk (Chuhuivskyi, Kharkiv).', '2024-07-04');
  assert.equal(r.sub_event_type, 'Chemical weapon');
  assert.equal(r.actor2, 'Military Forces of Ukraine (2019-)');
});

test('an agreement has the parties named, officials too, and not the broker', () => {
  const r = top('On 2 April 2025, the Somali government and Jubaland forces signed a deal in Kismayo (Kismayo, Lower Juba) to end the fighting.', '2025-04-02');
  assert.equal(r.sub_event_type, 'Agreement');
  assert.equal(r.actor1, 'Government of Somalia (2022-)');
  assert.equal(r.actor2, 'Military Forces of Somalia (2022-) Jubaland Security Force');
  const brokered = top('On 6 May 2025, Qatari officials brokered an agreement between the M23 and the Congolese army in Goma (Goma, Nord-Kivu).', '2025-05-06');
  assert.equal(brokered.actor1, 'M23: March 23 Movement');
});

test('settlers throwing stones in the West Bank are Rioters (Israel): the group is Israeli wherever it acts', () => {
  const r = top('On 3 March 2024, a group of settlers threw stones at Palestinian homes in Burin (Nablus, West Bank). [size=no report]', '2024-03-03');
  assert.equal(r.event_type, 'Riots');
  assert.equal(r.actor1, 'Rioters (Israel)');
});

test('an attack on a junta camp or an air base is on an armed side: a battle', () => {
  const r = top('On 9 January 2024, PDF fighters attacked a junta camp near Kani (Kani, Sagaing). Fatalities unknown.', '2024-01-09');
  assert.equal(r.sub_event_type, 'Armed clash');
});

test('drones attacking an ammunition depot make an air strike, not a disrupted weapon', () => {
  const r = top('On 18 September 2024, Ukrainian drones attacked an ammunition depot in Toropets (Toropetskiy, Tver). No casualties were reported.', '2024-09-18');
  assert.equal(r.sub_event_type, 'Air/drone strike');
});

test("Pakistan's Rangers firing on protesters is excessive force", () => {
  const r = top('On 14 May 2024, Rangers opened fire on protesters in Dhirkot (Bagh, Azad Kashmir), killing 2 people. [size=hundreds]', '2024-05-14');
  assert.equal(r.sub_event_type, 'Excessive force against protesters');
  assert.equal(r.actor2, 'Military Forces of Pakistan (2022-) Rangers');
});

test('protesters clashing with party supporters, with deaths, is a violent demonstration against rioters', () => {
  const r = top('On 4 August 2024, anti-quota protesters clashed with Chhatra League activists in Bogura (Bogra, Rajshahi), killing 5 people. [size=thousands]', '2024-08-04');
  assert.equal(r.sub_event_type, 'Violent demonstration');
  assert.equal(r.actor1, 'Rioters (Bangladesh)');
  assert.equal(r.actor2, 'Rioters (Bangladesh)');
});

test('"a bomb launched by M23 fell on a house" is shelling', () => {
  const r = top('On 9 February 2024, a bomb launched by M23 fell on a school in Mugunga (Goma, Nord-Kivu), killing three pupils.', '2024-02-09');
  assert.equal(r.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(r.actor1, 'M23: March 23 Movement');
});

test('arrests "in connection with" a bombing are arrests: the bombing is their topic', () => {
  const r = top('On 2 April 2024, police arrested three men in Lahore (Lahore, Punjab) in connection with the market bombing.', '2024-04-02');
  assert.equal(r.sub_event_type, 'Arrests');
  assert.equal(r.actor1, 'Police Forces of Pakistan (2022-)');
});

test('"carried out a strike", "Israeli aircraft struck": a military strike from the air and its force', () => {
  const r = top('On 26 October 2024, Israeli aircraft carried out a strike on a radar site near Ahvaz (Ahvaz, Khuzestan). Fatalities unknown.', '2024-10-26');
  assert.equal(r.sub_event_type, 'Air/drone strike');
  assert.equal(r.actor1, 'Military Forces of Israel (2022-)');
});

test('protesters throwing fireworks and stones at riot police make a violent demonstration', () => {
  const r = top('On 3 December 2024, protesters threw fireworks and stones at riot police in Batumi (Batumi, Adjara). [size=hundreds]', '2024-12-03');
  assert.equal(r.sub_event_type, 'Violent demonstration');
  assert.equal(r.actor1, 'Rioters (Georgia)');
});

test('"a Russian missile strike" is a missile attack (shelling), not an air strike', () => {
  const r = top('On 5 April 2024, a Russian missile strike hit a hotel in Kharkiv (Kharkivskyi, Kharkiv), killing 4 civilians.', '2024-04-05');
  assert.equal(r.sub_event_type, 'Shelling/artillery/missile attack');
});

test('a crowd bombed by a military jet is the target of an air strike, not a mob', () => {
  const r = top('On 7 May 2023, a military jet bombed a crowd gathered at a festival in Hpakant (Hpakant, Kachin), killing 20 people.', '2023-05-07');
  assert.equal(r.sub_event_type, 'Air/drone strike');
  assert.equal(r.actor1, 'Military Forces of Myanmar (2021-)');
});

test('mobs burning houses "following a solidarity march": the march is background, the mob is the event', () => {
  const r = top('On 4 May 2023, mobs attacked and burned houses in Moirang (Bishnupur, Manipur) following a tribal solidarity march.', '2023-05-04');
  assert.equal(r.sub_event_type, 'Mob violence');
  assert.equal(r.actor1, 'Rioters (India)');
});
