// Roles and types in news-style leads: who fought whom, who struck, what kind of event.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2022-09-14') => extractReports({ document_id: 'doc_roles', text, published }, { gazetteer: loadDefaultGazetteer() });

test('"X and Y were killed in a clash": Y fought X (actor2), it is not X\'s associate', () => {
  const [r] = run('At least four Afghan soldiers and six suspected insurgents were killed in a clash in Kunar province on Monday, officials said.');
  assert.equal(r.sub_event_type, 'Armed clash');
  assert.match(r.actor1, /^Military Forces of Afghanistan/);
  assert.equal(r.actor2, 'Unidentified Armed Group (Afghanistan)');
  assert.equal(r.assoc_actor_1, '');
  assert.equal(r.fatalities, 10);
});

test('a headline kicker ("Hotel bomb:") does not override the act the sentence tells', () => {
  const [r] = run('Hotel bomb: gunmen killed three people in Cali on Monday.');
  assert.equal(r.sub_event_type, 'Attack');
  assert.equal(r.actor2, 'Civilians (Colombia)');
});

test('a kicker is still read when the sentence after it names no act', () => {
  const [r] = run('Market bombing: three dead and nine hurt in Cali on Monday, police said.');
  assert.equal(r.event_type, 'Explosions/Remote violence');
});

test('"victims of a US-led airstrike": the strike is the US forces\' act, its victims the toll', () => {
  const [r] = run('Villagers carried the bodies of 12 civilian victims of a US-led airstrike to the governor in Helmand province on Monday, officials said.', '2010-03-05');
  assert.equal(r.sub_event_type, 'Air/drone strike');
  assert.match(r.actor1, /^Military Forces of the United States/);
  assert.equal(r.actor2, 'Civilians (Afghanistan)');
  assert.equal(r.fatalities, 12);
});

test('one protest article: a police statement after a descriptive paragraph is the same event, and a fight with police targets no civilians', () => {
  const text = [
    'Police fired tear gas to disperse hundreds of protesters in Leeds on Wednesday evening, witnesses said.',
    'Clouds of smoke usually fill the square whenever the crowd returns.',
    'One protester was struck by a canister. The city police said in a statement that officers fired tear gas after a group of protesters threw bottles at them.',
  ].join('\n\n');
  const reports = run(text, '2021-05-07');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].event_date, '2021-05-05');
  assert.equal(reports[0].civilian_targeting, '');
});

test('a mention that names the strike ("a US airstrike") is the attacker, before the sides of the fighting it hit', () => {
  const text =
    'Villagers carried the bodies of 12 victims of a US airstrike to the governor on Monday, officials said. ' +
    'When fighting broke out between militants and coalition forces in Helmand province, the airstrike hit the compounds.';
  const [r] = run(text, '2010-03-05');
  assert.match(r.actor1, /^Military Forces of the United States/);
});

test('a closing attribution (", police said.") names who reported, not a party', () => {
  const [r] = run('Troops stormed a hideout near Srinagar on Monday after a gunfight, police said.');
  assert.match(r.actor1, /^Military Forces of India/);
  assert.doesNotMatch(`${r.actor2} ${r.assoc_actor_1}`, /Police/);
});

test('the reporting force is the side attacked when the sentence names no state force acting', () => {
  const [r] = run('Boko Haram fighters attacked a base in Borno state on Monday and were repelled, the army said.');
  assert.match(r.actor2, /^Military Forces of Nigeria/);
});

test('a country\'s missiles name its forces as the attacker ("a Turkish missile strike", "Armenian missiles")', () => {
  const [a] = run('A Turkish missile strike hit a farm near Qamishli on Tuesday, killing two people.');
  assert.match(a.actor1, /^Military Forces of Turkey/);
  const [b] = run('Two people were wounded when Armenian missiles hit a school in Tartar on Tuesday.', '2020-10-14');
  assert.match(b.actor1, /^Military Forces of Armenia/);
});

test('"a government airstrike" is the state military\'s act', () => {
  const [r] = run('A government airstrike hit a market in Kutum on Monday, killing ten civilians, witnesses said.', '2020-05-12');
  assert.match(r.actor1, /^Military Forces of Sudan/);
  assert.equal(r.sub_event_type, 'Air/drone strike');
});

test('generic words for armed men that the text names ("the fighters of X", ", known as X", "were X fighters") are that group, earlier ones too', () => {
  const named = (text: string) => run(text, '2020-05-01')[0];
  const a = named('The fighters of ISWAP overran an army base near Monguno on Tuesday, killing three soldiers.');
  assert.equal(a.actor1, 'Islamic State (West Africa)');
  assert.match(a.actor2, /^Military Forces of Nigeria/);
  const b = named('Insurgents overran an army base near Monguno on Tuesday, killing three soldiers. The insurgents, known as ISWAP, took weapons and vehicles.');
  assert.equal(b.actor1, 'Islamic State (West Africa)');
  const c = named('Insurgents overran an army base near Monguno on Tuesday, killing three soldiers. The attackers were ISWAP fighters.');
  assert.equal(c.actor1, 'Islamic State (West Africa)');
  // Other armed men told before stay themselves.
  const d = named('Vigilantes clashed with insurgents near Monguno on Tuesday, killing three of them. The vigilantes were members of the Civilian Joint Task Force.');
  assert.doesNotMatch(d.actor2 ?? '', /Civilian Joint Task Force/);
});

test('a force that opens the sentence to report what others did ("Police said gunmen ...", "Police confirmed the attack") is no party; "The army said it killed" is', () => {
  const [a] = run('Police in Katsina said a group of gunmen raided a village in Jibia on Tuesday, killing seven farmers.', '2020-05-01');
  assert.equal(a.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(a.actor2, 'Civilians (Nigeria)');
  const [b] = run('Police confirmed the attack, which took place in Jibia on Saturday, when gunmen shot seven farmers dead.', '2020-05-01');
  assert.equal(b.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(b.event_date, '2020-04-25');
  const [c] = run('The army said it killed 15 militants in Borno state on Tuesday.', '2020-05-01');
  assert.match(c.actor1, /^Military Forces of Nigeria/);
});

test('"the police spokesperson" and a force sent in afterwards "to prevent further attacks" are no parties', () => {
  const text = 'Bandits raided a village in Jibia on Tuesday, killing nine herders, said the police spokesperson in Katsina. He added that soldiers were deployed to the area to prevent further attacks.';
  const [r] = run(text, '2020-05-01');
  assert.equal(r.event_type, 'Violence against civilians');
  assert.equal(r.actor2, 'Civilians (Nigeria)');
  assert.doesNotMatch(r.actor1, /Forces/);
});

test('"Russia fired two missiles at Kharkiv": a country as the subject of an attack verb is its army', () => {
  const [r] = run('Russia fired three missiles at Kharkiv on Tuesday night, wounding seven people, the mayor said.', '2023-05-10');
  assert.equal(r.actor1, 'Military Forces of Russia (2000-)');
  // (Which country the civilians belong to is the place finder's call: it reads "Russia" as a place.)
  assert.match(r.actor2, /^Civilians/);
  // A bare country name elsewhere is no actor.
  assert.deepEqual(run('In Russia, officials said the border town was calm on Monday.', '2023-05-10'), []);
});

test('"the network condemned the attack": a reaction in a news story is no protest, nor a riot', () => {
  const text = [
    'Artillery fire by the RSF killed eleven civilians in a market in El Obeid on Monday, medics said.',
    'A doctors\' network condemned the attack, while the army said its troops repelled an RSF assault on the city the same day.',
  ].join(' ');
  const [r] = run(text, '2024-06-04');
  assert.notEqual(r.event_type, 'Riots');
  assert.notEqual(r.event_type, 'Protests');
});
