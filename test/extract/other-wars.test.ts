// Actors of conflicts the development notes barely cover (Sudan's war from April 2023, Myanmar
// after the 2021 coup, Haiti's gang coalitions), named as ACLED names them. The texts are
// written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { findActors } from '../../src/extract/actors/find.ts';

const run = (text: string, published: string) => extractReports({ document_id: 'doc_wars', text, published }, { gazetteer: loadDefaultGazetteer() });

test('the RSF is a state force until the war of April 2023, a rebel group from then on', () => {
  const before = findActors('RSF troops dispersed the crowd.', { iso3: 'SDN', date: '2021-06-01' })[0];
  assert.equal(before.actor.inter, 1);
  const after = findActors('RSF troops shelled the market.', { iso3: 'SDN', date: '2024-06-01' })[0];
  assert.equal(after.actor.name, 'Rapid Support Forces');
  assert.equal(after.actor.inter, 2);
});

test('"an artillery attack by Sudan\'s paramilitary RSF": the possessive country does not hide the agent', () => {
  const [r] = run("An artillery attack by Sudan's paramilitary Rapid Support Forces killed nine people at a market in El Fasher on Sunday.", '2024-09-03');
  assert.equal(r.actor1, 'Rapid Support Forces');
  assert.equal(r.actor2, 'Civilians (Sudan)');
  assert.equal(r.sub_event_type, 'Shelling/artillery/missile attack');
});

test('"according to the Sudanese army" names a source, not a rebel "Sudanese Army"', () => {
  const mentions = findActors('Eleven people died in the shelling, according to the Sudanese army.', { iso3: 'SDN', date: '2024-09-03' });
  assert.ok(!mentions.some((m) => /Army/.test(m.actor.name)), JSON.stringify(mentions.map((m) => m.actor.name)));
});

test("Myanmar's junta and regime are its military, never Syria's", () => {
  const [r] = run('A regime jet bombed a monastery in a village of Sagaing Region on Friday, killing eight civilians, residents said.', '2023-11-20');
  assert.equal(r.actor1, 'Military Forces of Myanmar (2021-)');
  const [m] = findActors('Junta troops torched houses.', { iso3: 'MMR', date: '2022-05-01' });
  assert.equal(m.actor.name, 'Military Forces of Myanmar (2021-)');
  const [s] = findActors('Regime forces shelled the town.', { iso3: 'SYR', date: '2020-05-01' });
  assert.equal(s.actor.name, 'Military Forces of Syria (2000-)');
});

test('"members of the gang Viv Ansanm were gunned down by police": police killed the coalition\'s men', () => {
  const [r] = run('Twelve members of the gang Viv Ansanm were gunned down by police in Port-au-Prince on Thursday, officials said.', '2025-02-03');
  assert.equal(r.actor1, 'Police Forces of Haiti (2021-)');
  assert.equal(r.actor2, 'Viv Ansanm');
  assert.equal(r.fatalities, 12);
});

test('"in Hamas-run Gaza", "RSF-held Nyala": the group holding a named place is no party to the strike there', () => {
  const [r] = run('In Hamas-run Gaza, an Israeli air strike on a school killed nine people on Sunday, rescuers said.', '2024-07-15');
  assert.match(r.actor1, /^Military Forces of Israel/);
  assert.equal(r.actor2, 'Civilians (Palestine)');
  assert.deepEqual(findActors('A drone hit a market in RSF-held Nyala.', { iso3: 'SDN' }), []);
});

test('"forces have gunned down six militants": the figure after "gunned down" is the toll', () => {
  const [r] = run('Security forces gunned down six BLA militants in a raid in Harnai district on Tuesday, officials said.', '2024-10-02');
  assert.equal(r.fatalities, 6);
  assert.equal(r.actor2, 'BLA: Balochistan Liberation Army');
});

test("the ENDF is Ethiopia's army; a group claiming the attack after its acronym made it", () => {
  const [m] = findActors('ENDF troops entered the town.', { iso3: 'ETH', date: '2023-08-10' });
  assert.equal(m.actor.name, 'Military Forces of Ethiopia (2018-)');
  const [r] = run('Militants attacked a police post in Bannu on Monday, killing two policemen. Tehreek-e-Taliban Pakistan (TTP) claimed the attack.', '2024-05-01');
  assert.equal(r.actor1, 'TTP: Tehreek-i-Taliban Pakistan');
});

test('"the occupied West Bank" is where, not a take-over: settlers killing a villager is violence against civilians', () => {
  const [r] = run('Armed settlers stormed a village in the occupied West Bank on Friday, killing a farmer and burning cars, Palestinian officials said.', '2024-05-04');
  assert.equal(r.event_type, 'Violence against civilians');
  assert.equal(r.actor1, 'Settlers (Israel)');
  assert.equal(r.actor2, 'Civilians (Palestine)');
});

test('"the ELN took the lives of nine soldiers"; "the Eighth Division of the Colombian Army" is the army', () => {
  const [r] = run('An ELN bomb took the lives of four soldiers near Tame on Sunday, the Second Division of the Colombian Army said.', '2024-09-03');
  assert.equal(r.fatalities, 4);
  assert.equal(r.actor1, 'ELN: National Liberation Army');
  assert.equal(r.actor2, 'Military Forces of Colombia (2022-)');
  assert.doesNotMatch(r.assoc_actor_1 + r.assoc_actor_2, /Division/);
});

test('"..., as the junta presses on to recover territory it lost last year": the setting neither dates nor types the strike', () => {
  const text = 'The military killed 12 people including eight members of a local militia in an air attack on a village in Sagaing Region, residents said, as the junta presses on with an offensive to recover territory it lost last year.';
  const [r] = run(text, '2025-01-27');
  assert.ok(r, 'the lead is an event');
  assert.equal(r.sub_event_type, 'Air/drone strike');
  assert.equal(r.actor1, 'Military Forces of Myanmar (2021-)');
  assert.equal(r.fatalities, 12);
});

test('"according to Ko Min, an anti-coup fighter from the village": who the source is names no party', () => {
  const mentions = findActors('Three bombs hit the village, according to Ko Min, an anti-coup fighter from the village.', { iso3: 'MMR', date: '2023-06-06' });
  assert.ok(!mentions.some((m) => m.actor.inter === 3), JSON.stringify(mentions.map((m) => m.actor.name)));
  const [pdf] = findActors('Dozens of new "People\'s Defense Forces" took up arms.', { iso3: 'MMR', date: '2023-06-06' });
  assert.equal(pdf.actor.name, "PDF: People's Defense Force");
});
