// Where this session's news-prose rules stop: ordinary sentences that look like their targets
// (a group claiming an attack, a force reporting an attack on itself, a late-filed note, a lead
// whose details state no toll) keep what they said.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2020-05-01') => extractReports({ document_id: 'doc_limits', text, published }, { gazetteer: loadDefaultGazetteer() });

test('an armed group that says its fighters attacked claims the act: it stays the attacker', () => {
  const [r] = run('A Taliban spokesman said fighters stormed a police post in Kunduz province on Tuesday, killing four officers.');
  assert.equal(r.actor1, 'Taliban');
});

test('a state force reporting an attack on "their patrol" was the target and stays a party', () => {
  const [r] = run('Afghan police said a suicide bomber hit their convoy in Kandahar city on Tuesday, killing two passers-by.');
  assert.match(r.actor1, /^Police Forces of Afghanistan/);
});

test('"the army said men of its 3rd Division killed ..." keeps the army as the actor', () => {
  const [r] = run('The Nigerian army said men of its 3rd Division killed 14 insurgents near Bama on Tuesday.');
  assert.match(r.actor1, /^Military Forces of Nigeria/);
});

test('a state force that only reports what gunmen did to villagers is the source, not a party', () => {
  const [r] = run('Nigerian police said gunmen killed six villagers in Faskari on Tuesday.');
  assert.equal(r.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(r.actor2, 'Civilians (Nigeria)');
});

test('a group named in a later scene does not rename the gunmen of an earlier one', () => {
  const text = 'Gunmen shot dead four traders in Gubio in Borno State on Monday. On Wednesday, fighters from Boko Haram raided an army base near Marte, the army said.';
  const r = run(text).find((x) => x.fatalities === 4);
  assert.ok(r);
  assert.equal(r.actor1, 'Unidentified Armed Group (Nigeria)');
});

test('an aside on the attackers that holds the only, recent date dates the event', () => {
  const [r] = run('Bandits, who raided Dansadau village in Maru on Wednesday night, killed nine farmers, residents said.');
  assert.equal(r.event_date, '2020-04-29');
});

test('a late-filed note: "where they killed 9 on 18 April" is the event\'s own day and toll', () => {
  const [r] = run('Gunmen attacked Kauru village in Kaduna State, where they killed nine residents on 18 April, police said.');
  assert.equal(r.event_date, '2020-04-18');
  assert.equal(r.fatalities, 9);
});

test('"the same market where ... last month" is still an earlier happening', () => {
  const [r] = run('A bomb went off in the same market in Maiduguri where a bomber killed 20 people last month, wounding three traders on Wednesday.');
  assert.notEqual(r.fatalities, 20);
});

test('"Two soldiers were also killed" right after "Four people were killed" adds to it', () => {
  const text = 'Four people were killed when gunmen attacked a bus station in Gao on Tuesday. Two soldiers were also killed, and two gendarmes died later in hospital.';
  const [r] = run(text);
  assert.equal(r.fatalities, 8);
});

test('a summary lead whose detail sentences state no toll keeps its toll', () => {
  const text = 'Gunmen killed 11 people in two attacks in Sokoto State on Tuesday. In the first attack, gunmen stormed Goronyo village. In the second attack, they raided a market in Isa.';
  const reports = run(text);
  assert.equal(reports.reduce((n, r) => n + r.fatalities, 0), 11);
  assert.ok(reports.some((r) => r.event_type === 'Violence against civilians'));
});

test('a man arrested wearing an explosive vest is no suicide bombing', () => {
  const reports = run('Soldiers arrested a man wearing an explosive vest at a checkpoint in Gao on Tuesday.');
  assert.ok(reports.every((r) => r.sub_event_type !== 'Suicide bomb'));
});

test('"he\'d been shot dead" is a past act, not a threat', () => {
  const [r] = run('Relatives said he\'d been shot dead by gunmen near his farm in Gusau on Tuesday.');
  assert.equal(r.event_type, 'Violence against civilians');
});

test('an appositive list breaks a figure down only when its parts add up to it', () => {
  const [s] = run('Six villagers, four men and two women, were killed when gunmen raided Bakura on Tuesday.');
  assert.equal(s.fatalities, 6);
});

test('troops sent in after a raid who then come under attack are a party', () => {
  const [r] = run('Soldiers were sent to secure Gidan Bugaje village after the raid but came under attack from bandits, who wounded three of them on Tuesday.');
  assert.match(r.actor2 || r.actor1, /^Military Forces/);
});

test('"U.S.-led troops" are the United States\' forces, and a Boko Haram story\'s unknown town is no namesake abroad', () => {
  const [r] = run('U.S.-led troops killed five civilians in an air strike in the western province of Farah on Thursday.');
  assert.match(r.actor1, /^Military Forces of the United States/);
  assert.equal(r.country, 'Afghanistan');
  // The Saudi-led coalition has its own ACLED name, whichever way the strikes are written.
  const [y] = run('Saudi-led airstrikes hit a market in Saada province on Tuesday, killing seven civilians.');
  assert.equal(y.actor1, 'Operation Restoring Hope');
  const [b] = run('The bodies of five fishermen were found near the town of Baga on Wednesday. The army has been fighting Boko Haram in the area for months.');
  assert.equal(b.country, 'Nigeria');
});

test('"on the edge of" a town is a place, not a mood: the earlier killing after it is no toll of this event', () => {
  const [r] = run('Soldiers killed four gunmen on the edge of Gusau after the gunmen killed 10 herders on Tuesday.');
  assert.equal(r.fatalities, 4);
});

test('"a gunfight that lasted several hours after ..." is the same fight: its toll joins', () => {
  const [r] = run('Troops killed six insurgents in a gunfight that lasted several hours after the insurgents attacked a base in Bama, killing three soldiers.');
  assert.equal(r.fatalities, 9);
});

test('a leader "battling against" a group fights it: the group stays a party', () => {
  const [r] = run('Fighters loyal to a local leader battling against Boko Haram clashed with the militants near Bama on Tuesday, killing five.');
  assert.equal(r.event_type, 'Battles');
  assert.match(r.actor2 ?? '', /Boko Haram/);
});
