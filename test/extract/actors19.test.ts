// Actor names and roles on wars of 2021-2026 that the development rows do not show (Myanmar's
// ethnic armed organisations, Ukraine's long-range strikes, Israel's and Iran's exchanges).
// The texts are written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const top = (text: string, published: string) => extractReports({ document_id: 'doc_actors19', text, published }, { gazetteer: loadDefaultGazetteer() })[0];

test("Myanmar's ethnic armed organisations carry ACLED's party/army pair names", () => {
  const kia = top('On 2 May 2024, Kachin Independence Army fighters attacked a junta outpost near Bhamo (Bhamo, Kachin).', '2024-05-02');
  assert.equal(kia.actor1, 'KIO/KIA: Kachin Independence Organization/Kachin Independence Army');
  const tnla = top('On 9 July 2024, the TNLA fought regime troops around Mogoke (Pyinoolwin, Mandalay).', '2024-07-09');
  assert.equal(tnla.actor1, "PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army");
  const ka = top('On 14 June 2024, Karenni Army fighters ambushed a military convoy near Hpruso (Loikaw, Kayah).', '2024-06-14');
  assert.equal(ka.actor1, 'KNPP/KA: Karenni National Progressive Party/Karenni Army');
  const psh = top('On 3 March 2022, Pyu Saw Htee members shot dead a teacher in Kawlin (Kawlin, Sagaing).', '2022-03-03');
  assert.equal(psh.actor1, 'Pyu Saw Htee');
  assert.equal(psh.inter1, 3);
});

test('a demonym with a military object names that state\'s forces as the target ("a Russian airfield")', () => {
  const field = top('On 2 November 2024, Ukrainian forces hit a Russian airfield with drones near Yeysk (Yeyskiy, Krasnodar). Fatalities unknown.', '2024-11-02');
  assert.equal(field.actor2, 'Military Forces of Russia (2000-)');
  const depot = top('On 5 August 2023, Ukrainian artillery destroyed a Russian ammunition depot near Tokmak (Polohivskyi, Zaporizhia).', '2023-08-05');
  assert.equal(depot.actor1, 'Military Forces of Ukraine (2019-)');
  assert.equal(depot.actor2, 'Military Forces of Russia (2000-)');
});

test('"X seized goods hidden by Y": the "by" of a participle after the object names no attacker', () => {
  const r = top('On 6 June 2021, the Myanmar military seized weapons allegedly hidden by the KNDF in Demoso (Loikaw, Kayah).', '2021-06-06');
  assert.equal(r.actor1, 'Military Forces of Myanmar (2021-)');
  const passive = top('On 6 June 2021, a soldier was shot dead by KNDF fighters in Demoso (Loikaw, Kayah).', '2021-06-06');
  assert.equal(passive.actor1, 'KNDF: Karenni Nationalities Defense Force');
});

test('a model name without digits between a demonym and a weapon names the state ("a Russian Tochka-U missile")', () => {
  const r = top('On 14 March 2022, a Russian Tochka-U missile hit the centre of Donetsk (Donetskyi, Donetsk), killing 20 people.', '2022-03-14');
  assert.equal(r.actor1, 'Military Forces of Russia (2000-)');
});

test('aid workers and aid convoys are civilians', () => {
  const r = top('On 2 April 2024, an Israeli drone strike hit a car near Rafah (Rafah, Gaza Strip), killing 3 aid workers.', '2024-04-02');
  assert.match(r.actor2, /^Civilians/);
  assert.equal(r.civilian_targeting, 'Civilian targeting');
});

test('"a suicide bomber affiliated with X blew himself up inside the police lines": X attacked the police', () => {
  const r = top('On 3 May 2023, a suicide bomber affiliated with the TTP blew himself up inside the police lines in Bannu (Bannu, Khyber Pakhtunkhwa), killing 6 policemen.', '2023-05-03');
  assert.equal(r.actor1, 'TTP: Tehreek-i-Taliban Pakistan');
  assert.equal(r.actor2, 'Police Forces of Pakistan (2022-)');
});

test('an air base, army camp or presidential convoy hit is held by the state\'s forces', () => {
  const base = top('On 20 May 2024, militants fired rockets at an air base near Kandahar (Kandahar, Kandahar). No casualties were reported.', '2024-05-20');
  assert.equal(base.actor2, 'Military Forces of Afghanistan (2021-)');
  const convoy = top('On 9 April 2025, al Shabaab attacked a presidential convoy with a roadside bomb near Afgooye (Afgooye, Lower Shabelle).', '2025-04-09');
  assert.equal(convoy.inter2, 1);
});

test('after 15 August 2021 the Taliban are the state: its forces and police, external across the border', () => {
  const before = top('On 2 June 2021, Taliban fighters attacked an army checkpoint in Ghazni (Ghazni, Ghazni). 4 soldiers were killed.', '2021-06-02');
  assert.equal(before.actor1, 'Taliban');
  assert.equal(before.inter1, 2);
  const state = top('On 10 May 2022, NRF fighters clashed with Taliban forces in Khinj (Khinj, Panjshir). 5 Taliban fighters were killed.', '2022-05-10');
  assert.equal(state.actor1, 'NRF: National Resistance Front');
  assert.equal(state.actor2, 'Military Forces of Afghanistan (2021-)');
  assert.equal(state.inter2, 1);
  const police = top('On 1 January 2023, Taliban police beat a woman in Herat (Herat, Herat).', '2023-01-01');
  assert.equal(police.actor1, 'Police Forces of Afghanistan (2021-)');
  const border = top('On 12 October 2025, Taliban forces clashed with Pakistani troops near Chaman (Killa Abdullah, Balochistan). Fatalities unknown.', '2025-10-12');
  assert.match(border.actor1 + '|' + border.actor2, /Military Forces of Afghanistan \(2021-\)/);
  assert.ok(border.inter1 === 8 || border.inter2 === 8);
});

test('a mixed-case acronym matches only text written so ("Let Yet Kone" is no LeT)', () => {
  const r = top('On 16 September 2022, military helicopters fired on a school in Let Yet Kone village (Tabayin, Sagaing), killing 11 children.', '2022-09-16');
  assert.doesNotMatch(r.actor2, /Lashkar/);
  assert.match(r.actor2, /^Civilians/);
  const tent = top('On 12 May 2024, LeT militants fired on a patrol near Sopore (Baramulla, Jammu and Kashmir).', '2024-05-12');
  assert.equal(tent.actor1, 'LeT: Lashkar-e-Taiba');
});

test('"suicide bombers of X" are X\'s; groups named in an "amid the fighting between X and Y" clause take no part', () => {
  const bomb = top('On 29 June 2024, suicide bombers of JAS blew themselves up at a market in Konduga (Konduga, Borno), killing 12 people.', '2024-06-29');
  assert.match(bomb.actor1, /^Boko Haram - Jama/);
  const amid = top('On 4 October 2024, gunmen shot dead 3 men at a car wash in Culiacan (Culiacan, Sinaloa) amid the fighting between factions of the Sinaloa Cartel.', '2024-10-04');
  assert.notEqual(amid.actor1, 'Sinaloa Cartel');
  assert.notEqual(amid.actor2, 'Sinaloa Cartel');
});

test("a weapon named after its maker does not name its user's state", () => {
  const r = top('On 3 June 2024, Russian forces struck Kharkiv city (Kharkiv) with Iranian Shahed-136 drones, killing 2 civilians.', '2024-06-03');
  assert.equal(r.actor1, 'Military Forces of Russia (2000-)');
  assert.match(r.actor2, /^Civilians/);
});

test('members of two parties who fight each other are rioters on both sides, not civilians', () => {
  const r = top('On 3 June 2024, members of ZANU-PF and CCC fought each other at a polling station in Harare. 4 people were injured.', '2024-06-03');
  assert.equal(r.actor1, 'Rioters (Zimbabwe)');
  assert.equal(r.actor2, 'Rioters (Zimbabwe)');
  assert.equal(r.civilian_targeting, '');
});
