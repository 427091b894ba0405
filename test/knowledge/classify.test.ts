// The rule engine: ACLED codebook rules with the deciding cue as evidence. The statistical
// model is switched off here so each rule is tested on its own (model.test.ts covers it).
process.env.SITREP_CLASSIFIER = 'rules';

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../../src/extract/classify/index.ts';
import { findActors } from '../../src/extract/actors/index.ts';
import { RULES } from '../../src/extract/classify/rules.ts';
import { SUB_EVENT_TYPES } from '../../src/core/taxonomy.ts';

function cls(text: string, iso3: string, fatalities = 0) {
  const actors = findActors(text, { iso3, date: '2020-05-01' });
  return classify(text, { start: 0, end: text.length }, { actors, fatalities });
}

const CASES: Array<[string, string, number, string]> = [
  ['Al Shabaab militants attacked an army base; soldiers repelled them after a firefight.', 'SOM', 0, 'Armed clash'],
  ['Government forces recaptured the town of Hawija from rebels after fighting.', 'SSD', 0, 'Government regains territory'],
  ['JNIM militants seized control of the town after clashes with the Malian army.', 'MLI', 0, 'Non-state actor overtakes territory'],
  ['A drone strike hit a car in Marib, killing two men.', 'YEM', 2, 'Air/drone strike'],
  ['Regime forces shelled Kafr Nabl with artillery and rockets.', 'SYR', 0, 'Shelling/artillery/missile attack'],
  ['An IED exploded under a police vehicle in Kunar.', 'AFG', 0, 'Remote explosive/landmine/IED'],
  ['Unknown men threw a grenade into a bar in Bujumbura.', 'BDI', 0, 'Grenade'],
  ['A suicide bomber blew himself up at a checkpoint.', 'SOM', 0, 'Suicide bomb'],
  ['Residents reported a chlorine gas attack on the town.', 'SYR', 0, 'Chemical weapon'],
  ['Gunmen shot dead a farmer in his field.', 'NGA', 1, 'Attack'],
  ['Bandits kidnapped eight travellers on the highway.', 'NGA', 0, 'Abduction/forced disappearance'],
  ['Soldiers raped a woman at a checkpoint.', 'COD', 0, 'Sexual violence'],
  ['Hundreds of nurses protested outside the ministry demanding pay. [size=hundreds]', 'KEN', 0, 'Peaceful protest'],
  ['Students protested in the capital; police dispersed them with tear gas.', 'UGA', 0, 'Protest with intervention'],
  ['Police opened fire on demonstrators and killed two protesters.', 'SDN', 2, 'Excessive force against protesters'],
  ['Demonstrators protesting fuel prices burned tyres and threw stones at police.', 'LBN', 0, 'Violent demonstration'],
  ['A mob lynched a suspected thief in the market.', 'UGA', 1, 'Mob violence'],
  ['The two parties signed a ceasefire agreement.', 'LBY', 0, 'Agreement'],
  ['Arrests: On 3 May 2020, police detained the leader of the opposition.', 'BLR', 0, 'Arrests'],
  ['Troops were deployed to the region as reinforcements.', 'NGA', 0, 'Change to group/activity'],
  ['Deminers defused two explosive devices on the road.', 'AFG', 0, 'Disrupted weapons use'],
  ['Turkish forces established a new military base near the town.', 'SYR', 0, 'Headquarters or base established'],
  ['Militants looted shops and burned houses in the village. No casualties were reported.', 'MOZ', 0, 'Looting/property destruction'],
  ['The rebels withdrew from the town without fighting and handed over control to the army.', 'CAF', 0, 'Non-violent transfer of territory'],
];

test('each codebook rule decides its sub-event type', () => {
  for (const [text, iso3, fatalities, sub] of CASES) assert.equal(cls(text, iso3, fatalities).sub_event_type, sub, text);
});

test('the cases above cover every sub-event type but "Other"', () => {
  const covered = new Set(CASES.map((c) => c[3]));
  assert.deepEqual(SUB_EVENT_TYPES.filter((s) => !covered.has(s)), ['Other']);
});

test('the deciding cue is returned as evidence with document offsets and the rule name', () => {
  const prefix = 'Background sentence. ';
  const text = `${prefix}Regime forces shelled the town with artillery.`;
  const actors = findActors(text, { iso3: 'SYR', date: '2020-05-01' });
  const c = classify(text, { start: prefix.length, end: text.length }, { actors, fatalities: 0 });
  assert.equal(c.rule, 'classify/explosion/shelling');
  assert.ok(c.cue && c.cue.start >= prefix.length);
  assert.equal(text.slice(c.cue!.start, c.cue!.end), c.cue!.text);
  assert.equal(c.cue!.text, 'shelled');
});

test('what a protest is about is not an act: "against the arrest of" is still a peaceful protest', () => {
  assert.equal(cls('Journalists protested against the arrest of an editor and demanded his release. [size=no report]', 'PAK').sub_event_type, 'Peaceful protest');
  assert.equal(cls('Villagers rallied to condemn the killing of a trader. [size=50]', 'COD').sub_event_type, 'Peaceful protest');
});

test('an attack on armed forces is a battle, on civilians it is violence against civilians', () => {
  assert.equal(cls('Taliban militants attacked a police checkpoint.', 'AFG').event_type, 'Battles');
  assert.equal(cls('Taliban militants attacked a wedding party and killed three civilians.', 'AFG', 3).event_type, 'Violence against civilians');
  assert.equal(cls('A policeman was killed by suspected Taliban militants.', 'AFG', 1).event_type, 'Battles');
});

test('heavy weapons fired in a firefight make a clash; alone they make shelling', () => {
  assert.equal(cls('Forces fired mortars, heavy machine guns and small arms at the positions.', 'UKR').sub_event_type, 'Armed clash');
  assert.equal(cls('Forces fired mortars and grenade launchers at the positions.', 'UKR').sub_event_type, 'Shelling/artillery/missile attack');
});

test('civilian targeting: all violence against civilians, explosions that hit civilians, not battles', () => {
  assert.equal(cls('Gunmen shot dead a farmer.', 'NGA', 1).civilian_targeting, true);
  assert.equal(cls('A roadside bomb hit a minibus and killed four passengers.', 'AFG', 4).civilian_targeting, true);
  assert.equal(cls('A roadside bomb hit an army patrol.', 'AFG').civilian_targeting, false);
  assert.equal(cls('Al Shabaab militants attacked an army base.', 'SOM').civilian_targeting, false);
});

test('codebook conventions: detention by non-state groups, explosives in a firefight, war remnants, negation', () => {
  assert.equal(cls('SDF fighters detained four men in Raqqa on charges of joining the Islamic State.', 'SYR').sub_event_type, 'Abduction/forced disappearance');
  assert.equal(cls('Police detained four men in Raqqa.', 'SYR').sub_event_type, 'Arrests');
  assert.equal(cls('Soldiers clashed with Taliban militants, who also fired rockets and threw grenades.', 'AFG').sub_event_type, 'Armed clash');
  assert.equal(cls('A farmer stepped on a landmine laid during the civil war.', 'KHM').sub_event_type, 'Other');
  assert.equal(cls('The rebels withdrew without fighting.', 'CAF').sub_event_type, 'Non-violent transfer of territory');
  assert.equal(cls('A US drone strike killed two militants.', 'SOM', 2).sub_event_type, 'Air/drone strike');
  assert.equal(cls('Government forces shot down a rebel drone over the city.', 'YEM').sub_event_type, 'Disrupted weapons use');
});

test('a leading ACLED label decides a strategic development', () => {
  const c = cls('Security measures: On 9 May 2020, the governor imposed a curfew in the province.', 'TUR');
  assert.equal(c.sub_event_type, 'Change to group/activity');
  assert.equal(c.cue?.text, 'Security measures');
});

test('with no cue at all the event is "Other" with low confidence', () => {
  const c = cls('Officials met in the capital.', 'KEN');
  assert.equal(c.sub_event_type, 'Other');
  assert.ok(c.confidence < 0.5);
});

test('fighting whose sides are not named is still a clash, though its toll counts people', () => {
  const c = cls('Heavy fighting broke out in the old quarter, leaving 12 people dead.', 'PAK', 12);
  assert.equal(c.sub_event_type, 'Armed clash');
  assert.ok(c.confidence < 0.5);
});

test('every rule names a real sub-event type', () => {
  for (const r of RULES) assert.ok(SUB_EVENT_TYPES.includes(r.sub), r.name);
});

test('a sized crowd note is one event: what its lead sentence says the crowd did counts when the event is read from a later sentence', () => {
  const text = 'On 6 May 2020, workers pelted stones at police in an invented town, demanding to return home. Around 41 were arrested. [size=at least 41]';
  const later = { start: text.indexOf('Around'), end: text.length };
  const actors = findActors(text, { iso3: 'IND', date: '2020-05-01' });
  const c = classify(text, later, { actors, fatalities: 0 });
  assert.equal(c.sub_event_type, 'Violent demonstration');
  assert.equal(c.cue?.text, 'pelted stones');
  // Without the size tag the paragraph may hold other events: the later sentence stands alone.
  const plain = text.replace(' [size=at least 41]', '');
  assert.notEqual(classify(plain, { start: later.start, end: plain.length }, { actors, fatalities: 0 }).event_type, 'Riots');
});

test('demonstrators blocking roads with barricades or burning material, or beating people, riot; a sit-in barricaded indoors does not', () => {
  assert.equal(cls('Traders barricaded the main road into the invented town to demand the reopening of the market. [size=no report]', 'BFA').sub_event_type, 'Violent demonstration');
  assert.equal(cls('Demonstrators blocked the road burning material, as they demanded water. [size=no report]', 'YEM').sub_event_type, 'Violent demonstration');
  assert.equal(cls('Thousands joined a motorcade; journalists were beaten up by demonstrators. [size=thousands]', 'BRA').sub_event_type, 'Violent demonstration');
  assert.equal(cls('Teachers went on strike and barricaded themselves into an office of the ministry to protest unpaid salaries. [size=no report]', 'HTI').sub_event_type, 'Peaceful protest');
});

test('a riot a sized note later ties to demonstrations is a violent demonstration; those later words make no protest of a mob attack', () => {
  const riot = 'On 1 May 2020, rioters blocked an invented intersection with burning tyres. The road block was likely related to recent demonstrations against banking policies. [size=no report]';
  const first = { start: 0, end: riot.indexOf(' The road') };
  assert.equal(classify(riot, first, { actors: findActors(riot, { iso3: 'LBN', date: '2020-05-01' }), fatalities: 0 }).sub_event_type, 'Violent demonstration');
  const mob = 'On 28 April 2020, residents of one invented village clashed with residents of another. This is likely related to recent demonstrations against banking policies. [size=no report]';
  const lead = { start: 0, end: mob.indexOf(' This is') };
  assert.equal(classify(mob, lead, { actors: findActors(mob, { iso3: 'LBN', date: '2020-05-01' }), fatalities: 0 }).event_type, 'Riots');
});

test('"to demonstrate" is a protest word like "demonstrated" (the stemmer keeps the final e of the bare verb)', () => {
  assert.equal(cls('Youths gathered on a highway to demonstrate over a killing. Police forces dispersed the crowd. [size=no report]', 'NGA').sub_event_type, 'Protest with intervention');
});

test('off-duty or former soldiers and police are civilians for ACLED: shooting them is an attack, not a clash', () => {
  for (const text of ['Two off-duty police officers were shot and injured by armed men in a drive-by incident.', 'Gunmen shot dead a former military officer in his home.', 'Armed men shot a police officer of the municipality who was off-duty.']) {
    assert.equal(cls(text, 'MEX', 1).sub_event_type, 'Attack', text);
  }
  assert.equal(cls('Armed men shot two police officers on patrol.', 'MEX', 0).sub_event_type, 'Armed clash');
});

test('police using force on protesters or removing them is an intervention', () => {
  assert.equal(cls('Police used force against locals protesting the conditions at a quarantine facility.', 'IND').sub_event_type, 'Protest with intervention');
  assert.equal(cls('About 100 merchants demonstrated at the toll booth. The protesters were peacefully removed by the police.', 'MEX').sub_event_type, 'Protest with intervention');
});
