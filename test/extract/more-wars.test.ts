// Wire prose from wars the development notes barely cover (Cameroon's Anglophone conflict,
// Kashmir, the Sahel, Somalia), named as ACLED names them. The texts are written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { findActors } from '../../src/extract/actors/find.ts';

const run = (text: string, published: string) => extractReports({ document_id: 'doc_more', text, published }, { gazetteer: loadDefaultGazetteer() });
const names = (text: string, iso3: string) => findActors(text, { iso3, date: '2020-03-08' }).map((m) => m.actor.name);

test('"separatists" are Cameroon\'s Ambazonian separatists there, Novorossiya\'s only in Ukraine', () => {
  assert.deepEqual(names('The separatists killed two gendarmes at a checkpoint.', 'CMR'), ['Ambazonian Separatists (Cameroon)', 'Military Forces of Cameroon (1982-) Gendarmerie']);
  assert.deepEqual(names('Separatist forces shelled the village.', 'UKR'), ['NAF: United Armed Forces of Novorossiya']);
  assert.ok(!names('Separatist forces burned a school.', 'CMR').some((n) => n.startsWith('NAF')));
  assert.deepEqual(names('Suspected separatists set off a bomb near a school in Yala.', 'THA'), ['Malay Muslim Separatists (Thailand)']);
});

test('"as militants fired upon a search party": a lower-case "as" is no acronym (al-Shabaab\'s "AS")', () => {
  assert.deepEqual(names('A gunfight began as militants fired upon a search party.', 'IND'), ['Militants (India)']);
  assert.deepEqual(names('AS militants ambushed a convoy.', 'SOM'), ['Al Shabaab']);
});

test('", PTI reported.": a news agency closing the sentence, not the Pakistani party', () => {
  assert.ok(!names('Two bodies were found near the village, PTI reported.', 'IND').some((n) => n.startsWith('PTI')));
  assert.deepEqual(names('Police fired tear gas at PTI supporters in Lahore.', 'PAK'), ['Police Forces of Pakistan (2018-)', 'PTI: Pakistan Tehreek-i-Insaf']);
});

test('"In January, 22 civilians were killed": the figure is the toll, not a day of January', () => {
  const [r] = run('In January, 22 civilians were killed in an attack by gunmen on a village in the Tillaberi region.', '2024-03-22');
  assert.equal(r.fatalities, 22);
  assert.equal(r.event_date, '2024-01-01');
  assert.equal(r.time_precision, 3);
});

test('"two soldiers and four NPA (NPA) fighters have been killed in a clash": the two fought each other', () => {
  const [r] = run("Two army soldiers and four New People's Army (NPA) fighters have been killed in a clash in Malaybalay, the military said.", '2019-02-15');
  assert.equal(r.actor1, 'Military Forces of the Philippines (2016-)');
  assert.equal(r.actor2, "NPA: New People's Army");
  assert.equal(r.fatalities, 6);
});

test('"airstrikes led by a Saudi coalition" in "the Houthi rebel stronghold of Saada": the coalition struck civilians', () => {
  const [r] = run('Airstrikes led by a Saudi coalition killed nine civilians in the Houthi rebel stronghold of Saada on Wednesday, a tribal chief said.', '2017-12-20');
  assert.equal(r.actor1, 'Operation Restoring Hope');
  assert.equal(r.actor2, 'Civilians (Yemen)');
  assert.equal(r.fatalities, 9);
});

test('"over the last weekend", "at the weekend": the Saturday of that weekend, week precision', () => {
  const [r] = run('Gunmen beheaded ten villagers near Palma over the last weekend, police said.', '2018-05-31');
  assert.equal(r.event_date, '2018-05-26');
  assert.equal(r.time_precision, 2);
  const [s] = run('Gunmen beheaded ten villagers near Palma at the weekend, police said.', '2018-05-28');
  assert.equal(s.event_date, '2018-05-26');
});

test('"The police in Mozambique say at least 10 people were beheaded": the police report, they are no party', () => {
  const [r] = run('The police in Mozambique say at least 10 people were beheaded in an attack on a village near Palma on Sunday.', '2018-05-31');
  assert.equal(r.event_type, 'Violence against civilians');
  assert.ok(!/Police/.test(r.actor1), r.actor1);
  const [s] = run('Police said two people were killed when officers opened fire on protesters in Maputo on Monday.', '2018-05-31');
  assert.match(s.actor2, /^Police Forces of Mozambique/);
});

test('"The army said three of its soldiers were killed": the speaker is no definite victim, the figure counts', () => {
  const [r] = run('The army said three of its soldiers were killed in a Taliban attack on a checkpoint in Ghazni province on Tuesday.', '2021-10-27');
  assert.equal(r.fatalities, 3);
});

test('"rebels, al-Shabab, have claimed responsibility for a car bomb explosion that killed seven": the claimant, and the toll', () => {
  const [r] = run("Somalia's extremist rebels, al-Shabab, have claimed responsibility for a car bomb explosion on Monday that killed at least seven people in Mogadishu.", '2019-02-04');
  assert.equal(r.actor1, 'Al Shabaab');
  assert.equal(r.fatalities, 7);
});
