// The session-18 review's misfires of that session's rules, each narrowed: sentences written for
// these tests (the reviewer's own shapes, not copied text).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2024-03-04') => extractReports({ document_id: 'doc_review18', text, published }, { gazetteer: loadDefaultGazetteer() });

test('a day before "Army" is no name: "On Tuesday Army troops" are the state\'s army', () => {
  const [r] = run('On Tuesday Army troops repelled an attack by Al-Shabaab fighters on a base in Bulo Burde, Somalia.');
  assert.match(r!.actor2, /^Military Forces of Somalia/);
});

test('a seat of power named as where it happened is no target of the crowd', () => {
  const [r] = run('On 3 March 2024, a mob attacked a suspect outside the police station in Kakamega (Kakamega).');
  assert.equal(r!.sub_event_type, 'Mob violence');
});

test('"Also overnight, the same gunmen ..." goes on about the incident told; police storming a hideout elsewhere is another', () => {
  assert.equal(run('Gunmen killed five villagers in Kauru, Kaduna state, on Saturday. Also overnight, the same gunmen burned 20 houses in the village, residents said.').length, 1);
  const two = run('Militants attacked a police post in Bannu on Tuesday, killing three policemen. Meanwhile, police who stormed the militants\' hideout in Lakki Marwat arrested five suspects.');
  assert.equal(two.length, 2);
  assert.equal(two[1]!.sub_event_type, 'Arrests');
});

test('African Union peacekeepers in Somalia are the AU mission, not the UN', () => {
  const [a] = run('On 3 March 2024, Al-Shabaab militants attacked African Union peacekeepers at a base in Baidoa (Baidoa, Bay).');
  assert.match(a!.actor2, /^ATMIS: African Union Transition Mission in Somalia/);
  const [b] = run('On 3 March 2024, Al-Shabaab militants attacked peacekeepers at a base near Baidoa, Somalia.');
  assert.match(b!.actor2, /^ATMIS/);
});
