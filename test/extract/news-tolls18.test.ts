// Session-18 shapes of wire stories: another incident told "also overnight", a confirmation
// whose own clause tells an incident, victims of the other side "among the dead", a place's
// figure above the story's vague total, and a witness's exact figure for a vague one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2024-05-01') => extractReports({ document_id: 'doc_tolls18', text, published }, { gazetteer: loadDefaultGazetteer() });

test('"Also overnight, troops ... in <other place>" is an incident of its own', () => {
  const text =
    'Gunmen stormed a police post in Bannu district late Tuesday, killing two constables, officials said.\n\n' +
    'The attackers escaped after a long exchange of fire, a police officer said.\n\n' +
    'Also overnight, troops raided a hideout in North Waziristan, where seven militants were killed, the army said.';
  const reports = run(text);
  assert.equal(reports.length, 2);
  assert.equal(reports[0].fatalities, 2);
  assert.equal(reports[1].fatalities, 7);
});

test('"confirmed the incident in X on Sunday, where gunmen killed a trader" is that incident, not the weekend summary', () => {
  const text =
    'Bandits killed at least 14 people in villages of Katsina State over the weekend, residents said on Monday.\n\n' +
    'The attackers arrived on motorcycles and shot at people in their farms.\n\n' +
    'A police spokesman confirmed the incident in Funtua on Sunday, where gunmen killed a shop owner.';
  const reports = run(text);
  assert.equal(reports.length, 2);
  assert.equal(reports[0].fatalities, 14);
  assert.deepEqual([reports[1].event_date, reports[1].fatalities], ['2024-04-28', 1]);
  // A confirmation alone still only tells who spoke.
  const told = run('Gunmen killed nine villagers in Funtua on Saturday. A police spokesman confirmed the attack in Katsina on Sunday.');
  assert.equal(told.length, 1);
});

test('"Two civilians were among the dead" after "killed six soldiers" counts others; after "killed eight people" a part', () => {
  const [a] = run('A roadside bomb killed five soldiers near Menaka on Thursday, the army said. Two civilians were among the dead.');
  assert.equal(a.fatalities, 7);
  const [b] = run('A roadside bomb killed eight people near Menaka on Thursday, the army said. Two civilians were among the dead.');
  assert.equal(b.fatalities, 8);
  const [c] = run('Gunmen killed ten villagers near Menaka on Thursday. Three children were among the dead.');
  assert.equal(c.fatalities, 10);
});

test('"In X alone, the attackers killed 15" raises a vague "dozens" to at least that part', () => {
  const text = 'Gunmen killed dozens of people in raids on villages of Mangu in Plateau State on Monday night, officials said.\n\nIn Kombun alone, the gunmen killed 17, a youth leader said.';
  const [r] = run(text);
  assert.equal(r.fatalities, 17);
  // A smaller part stays a part.
  const [s] = run(text.replace('killed 17', 'killed 7'));
  assert.equal(s.fatalities, 12);
});

test('a witness quoted with an exact figure gives the toll a vague "dozens" leaves open', () => {
  const text = 'Gunmen killed dozens of people in an attack on a village in Benue State on Saturday night, police said.\n\n"They set the houses on fire. We have buried 43 people so far," said a farmer, Peter Aondo.';
  const [r] = run(text);
  assert.equal(r.fatalities, 43);
  // A quoted figure does not replace an exact one of the prose.
  const [e] = run(text.replace('dozens of people', '30 people'));
  assert.equal(e.fatalities, 30);
});

test('"killed 14 people in villages of X": the place noun after the victims is no unit of the figure', () => {
  const [r] = run('Bandits killed at least 14 people in villages of Katsina State over the weekend, residents said.');
  assert.equal(r.fatalities, 14);
});

test('"killed in two attacks" then, in the same incident, "a post in X and another in Y": one incident per place', () => {
  const text = 'On Sunday, six policemen were killed in two attacks on police stations in northern Niger, the ministry said.\n\nGunmen attacked a police station in Tillia and another in Tassara, the ministry said in a statement.';
  const reports = run(text);
  assert.deepEqual(reports.map((r) => [r.location, r.fatalities]), [['Tillia', 3], ['Tassara', 3]]);
});

test('"in three attacks ... posts in X, Y and Z": one incident per place, the toll shared', () => {
  const text = 'Nine soldiers were killed in three attacks on army posts in northern Burkina Faso on Sunday, the army said.\n\nGunmen attacked army posts in Djibo, Aribinda and Titao, the army said in a statement.';
  const reports = run(text);
  assert.deepEqual(reports.map((r) => [r.location, r.fatalities]), [['Djibo', 3], ['Aribinda', 3], ['Titao', 3]]);
});

test('each incident takes the figure the text gives it ("killing five in the first"), the rest of the lead\'s toll otherwise', () => {
  const lead = 'Eight soldiers were killed in two attacks on army posts in northern Burkina Faso on Sunday, the army said.\n\n';
  const ordinal = run(lead + 'Gunmen attacked an army post in Djibo and another in Aribinda, killing five in the first and three in the second.');
  assert.deepEqual(ordinal.map((r) => [r.location, r.fatalities]), [['Djibo', 5], ['Aribinda', 3]]);
  const inPart = run(lead + 'Gunmen attacked an army post in Djibo, killing six soldiers, and another in Aribinda, the army said.');
  assert.deepEqual(inPart.map((r) => [r.location, r.fatalities]), [['Djibo', 6], ['Aribinda', 2]]);
});

test('"killed in two separate attacks" then one clause, one place and one toll per attack', () => {
  const text = 'Eleven villagers were killed in two separate attacks in Ituri province on Sunday, officials said. Militiamen killed seven people in Djugu, and four others were killed in Bunia.';
  const reports = run(text);
  assert.deepEqual(reports.map((r) => [r.location, r.fatalities]), [['Djugu', 7], ['Bunia', 4]]);
});

test('strikes "across" a country, then "In X alone, 5 ... In Y, 3 ... Two more died in Z": one incident per place', () => {
  const text =
    'Russian missiles and drones struck cities across Ukraine overnight, killing at least 10 people, officials said on Tuesday.\n\n' +
    'In Kharkiv alone, five people were killed when a missile hit a hospital, the governor said. In Odesa, three were killed in a drone attack on the port. Two more died in Dnipro.';
  const reports = run(text);
  assert.deepEqual(reports.map((r) => [r.location, r.fatalities]), [['Kharkiv', 5], ['Odesa', 3], ['Dnipro', 2]]);
  // Figures that do not add up to the lead's keep one incident.
  assert.equal(run(text.replace('at least 10', 'at least 25')).length, 1);
});

test('"Meanwhile, the militants who attacked the post were shot dead" goes on with the attack', () => {
  const text = 'Five soldiers were killed when militants attacked a security post in Datta Khel on Saturday, the army said. Meanwhile, all four militants who attacked the post were shot dead, the army added.';
  const reports = run(text);
  assert.equal(reports.length, 1);
  assert.equal(reports[0].location, 'Datta Khel');
  // A "meanwhile" with an incident of its own stays another one.
  assert.equal(run('Five soldiers were killed when militants attacked a security post in Datta Khel on Saturday. Meanwhile, police killed two robbers in Bannu.').length, 2);
});

test('"The terrorists opened fire at the post late Tuesday" tells the day of the attack reported on Wednesday', () => {
  const text = 'A soldier was killed in an attack on a check post in Khyber Pakhtunkhwa province, an army statement said on Wednesday.\n\nThe terrorists opened fire at the post in Hangu district late Tuesday night, the statement said.';
  const reports = run(text);
  assert.equal(reports.length, 1);
  assert.equal(reports[0].event_date, '2024-04-30');
});

test('a new paragraph opening with its day and its own dead "also killed in clashes in X" is another incident', () => {
  const text =
    'Ten soldiers were killed in a suicide attack on a check post in Bannu district, the army said on Wednesday.\n\n' +
    'The attackers rammed an explosives-laden car into the wall of the post on Tuesday.\n\n' +
    'On Tuesday, the army said five militants were also killed in clashes in the Tirah valley of Khyber district.';
  const reports = run(text);
  assert.deepEqual(reports.map((r) => r.fatalities), [10, 5]);
  // In the same paragraph, "also killed" still adds to the incident.
  assert.equal(run('Ten soldiers were killed in an attack on a check post in Bannu on Tuesday. On Tuesday, five militants were also killed in the attack.').length, 1);
});
