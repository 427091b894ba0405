// How a wire story's sentences become incidents and tolls: a later sentence that names the lead's
// incident with a definite noun ("the raid late Friday in X") is that incident, told with its day
// and place; a sentence that only says who confirmed it is no incident; a part of the toll ("in X
// alone"), a running total ("a total of 31 bodies") and victims "among the dead" are not added.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers.ts';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

function incidents(text: string, published: string) {
  const doc = analyse(text, published);
  return doc.segments.map((s) => ({ text: doc.text.slice(s.start, s.end), date: s.date?.value.date ?? null }));
}

const run = (text: string, published: string) => extractReports({ document_id: 'doc_news_incidents', text, published }, { gazetteer: loadDefaultGazetteer() });

test('a later sentence naming "the raid late Friday in X" is the lead incident, with its day', () => {
  const text =
    'A military helicopter mistakenly fired on a wedding party in central Mali, killing dozens of guests, officials said Saturday.\n\n' +
    'The army gave no details or a death toll for the raid late Friday in the village of Bounty, but villagers said dozens were killed.';
  const found = incidents(text, '2025-03-16');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2025-03-14');
});

test('"the dead victims of the attack in the village of X ... late Sunday" joins the lead despite its own figure', () => {
  const text =
    'At least 11 people were killed when gunmen raided a village in Benue state, residents said on Monday.\n\n' +
    'Three children were among the dead victims of the attack in the village of Yelwata late Sunday, a local chief said.';
  const found = incidents(text, '2025-06-16');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2025-06-15');
  const [r] = run(text, '2025-06-16');
  assert.equal(r.fatalities, 11);
});

test('a day inside the lead\'s weekend tells the incident more precisely', () => {
  const text =
    'A town in Zamfara has been left grieving after bandits killed nine farmers over the weekend.\n\n' +
    'Police confirmed the incident which took place in Kaura Namoda on Saturday, when the bandits arrived on motorcycles.';
  const found = incidents(text, '2024-09-03');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2024-08-31');
});

test('a source that gave no toll does not negate what residents said after "but"; other negations stay', () => {
  assert.equal(incidents('The police did not give a figure, but residents said six people were killed in the raid on Tuesday.', '2024-05-09').length, 1);
  assert.equal(incidents('The cause of the blast is not clear, but police arrested two men on Tuesday.', '2024-05-09').length, 0);
});

test('"Not less than ten people were killed" is a bound on the figure, no negation', () => {
  const [r] = run('Not less than ten people were killed when gunmen attacked Dogon Noma village in Kaduna state on Friday night.', '2024-04-20');
  assert.equal(r.fatalities, 10);
});

test('a sentence that only says who confirmed the attacks, and where, is no incident and no scene', () => {
  const text =
    'Gunmen have attacked two villages in Kaduna State and killed at least 18 people.\n\n' +
    'The killings occurred on Sunday night.\n\n' +
    'A resident who escaped the attacks confirmed the attacks to reporters in Zaria on Monday.\n\n' +
    'He said that in one village alone, the gunmen killed 11 persons while a total of 23 bodies had been recovered.';
  const found = incidents(text, '2024-07-09');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2024-07-07');
  const reports = run(text, '2024-07-09');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 23);
  assert.notEqual(reports[0].location, 'Zaria');
});

test('a trend of raids that "surged this year, killing hundreds" is background: no incident, no toll added', () => {
  const text =
    'Three soldiers were killed in an ambush on a convoy in eastern Niger, the army said.\n\n' +
    'Attacks by jihadist groups have surged this year, killing hundreds of civilians and troops.';
  const reports = run(text, '2021-10-02');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 3);
});

test('a month long over when the lead happened ("in February", lead on a day in April) is background', () => {
  const found = incidents('Riot police fired tear gas at hundreds of protesters in Dakar on Thursday.\n\nThe opposition held two weeks of rallies in February to denounce the delayed vote.', '2024-04-12');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2024-04-11');
  // A month that is the lead's own is no background ("... earlier in April").
  assert.equal(incidents('Riot police fired tear gas at protesters in Dakar on Thursday.\n\nIn early April, students protested in Thies.', '2024-04-12').length, 2);
});

test('"killed in two attacks" then "a post in X and another in Y": one incident per place, the toll shared', () => {
  const text =
    'Six soldiers were killed in two attacks on army posts in northern Burkina Faso, the army said.\n\n' +
    'Jihadist raids have surged this year, killing hundreds of people.\n\n' +
    'On Sunday, gunmen attacked an army post in Djibo and another in Aribinda, the army said in a statement.';
  const reports = run(text, '2020-02-04');
  assert.deepEqual(reports.map((r) => [r.location, r.fatalities, r.event_date, r.event_type]), [
    ['Djibo', 3, '2020-02-02', 'Battles'],
    ['Aribinda', 3, '2020-02-02', 'Battles'],
  ]);
  // An odd toll is not rounded away: the first incident takes the rest.
  const odd = run(text.replace('Six soldiers', 'Five soldiers'), '2020-02-04');
  assert.deepEqual(odd.map((r) => r.fatalities), [3, 2]);
  // Their upper bounds add up to the figure too (each had been rounded up, the first by one more).
  assert.deepEqual(odd.map((r) => r.fatalities_max), [3, 2]);
});

test('"X also announced ... killed when a roadside bomb exploded" is another incident; "the people killed in <lead place>" is the lead\'s', () => {
  const text =
    'At least 12 Palestinians were killed in an Israeli strike on a school in Jabalia on Tuesday, medics said.\n\n' +
    'Israel also announced that three soldiers were killed on Tuesday when a roadside bomb exploded in Rafah.\n\n' +
    'Most of the people killed in Jabalia were women and children, the medics said.';
  const found = incidents(text, '2024-05-15');
  assert.equal(found.length, 2);
  assert.match(found[0].text, /^At least 12/);
  const reports = run(text, '2024-05-15');
  assert.equal(reports[0].fatalities, 12);
  assert.equal(reports[1].fatalities, 3);
});

test('a later sentence whose figures add up to the lead\'s and that confirms it restates the toll', () => {
  const text =
    'An air raid killed nine villagers in Helmand province on Sunday, officials said.\n\n' +
    'The district governor confirmed that three men, four children and two women were killed.';
  const [r] = run(text, '2021-03-02');
  assert.equal(r.fatalities, 9);
});

test('generic present-perfect background ("Numerous herders have been killed", "these constant attacks") is no incident', () => {
  const text =
    'Four policemen were killed in an attack on a checkpoint in Zamfara State on Monday night.\n\n' +
    'Numerous herders have been killed, and many more have fled their homes.\n\n' +
    'The crisis has resulted from these constant attacks on villages in the northwest, which have killed thousands of people.';
  const found = incidents(text, '2023-03-08');
  assert.equal(found.length, 1);
});

test('a source\'s count of bodies is a rival figure for the same dead, not more of them', () => {
  const text =
    'A coalition airstrike on a village in Kunduz province killed 22 civilians on Tuesday, local officials said.\n\n' +
    'Residents said at least 15 bodies were pulled from the rubble.';
  const [r] = run(text, '2016-11-04');
  assert.equal(r.fatalities, 22);
});

test('review: a day inside a summary period with its own toll is one of its incidents; "a total of" a list adds it up', () => {
  const events = (text: string) => run(text, '2024-05-13');
  const parts = events('Bandits killed 30 people in Zamfara state last week, officials said. The attack in Maru on Tuesday killed 12 villagers. The raid on Anka on Thursday killed 18 more.');
  // No incident carries the summary plus its parts (it had been one event with 42, then Anka).
  assert.ok(parts.every((e) => (e.fatalities ?? 0) <= 30));
  assert.ok(parts.some((e) => e.fatalities === 12 && e.event_date === '2024-05-07'));
  const list = events('Clashes between farmers and herders in Benue state on Monday left a total of 12 farmers and 9 herders dead, police said.');
  assert.equal(list[0]?.fatalities, 21);
});
