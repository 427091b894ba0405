// assignRoles: ACLED's role conventions for each kind of event.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findActors, assignRoles, type Roles } from '../../src/extract/actors/index.ts';
import type { Classification } from '../../src/extract/types.ts';
import type { EventType, SubEventType } from '../../src/core/taxonomy.ts';

function roles(text: string, iso3: string, event_type: EventType, sub_event_type: SubEventType, civilian_targeting = false, cueWord?: string): Roles {
  const opts = { iso3, date: '2020-05-01' };
  const at = cueWord ? text.indexOf(cueWord) : -1;
  const cue = at >= 0 ? { start: at, end: at + cueWord!.length, text: cueWord! } : null;
  const cls: Classification = { event_type, sub_event_type, civilian_targeting, confidence: 1, cue, rule: 'test' };
  return assignRoles(text, { start: 0, end: text.length }, findActors(text, opts), cls, opts);
}
const short = (r: Roles) => ({
  actor1: r.actor1?.actor.name ?? '',
  assoc1: r.assoc_actor_1.map((a) => a.actor.name),
  actor2: r.actor2?.actor.name ?? '',
  assoc2: r.assoc_actor_2.map((a) => a.actor.name),
});

test('protests: the crowd is actor1, the organising group is associated, no actor2', () => {
  const r = roles('Hundreds of teachers protested in Accra over unpaid salaries.', 'GHA', 'Protests', 'Peaceful protest');
  assert.deepEqual(short(r), { actor1: 'Protesters (Ghana)', assoc1: ['Teachers (Ghana)'], actor2: '', assoc2: [] });
  assert.equal(r.actor1?.actor.inter, 6);
});

test('protest with intervention: the intervening force is actor2 (implied police when unnamed)', () => {
  assert.equal(short(roles('Police dispersed protesters with tear gas.', 'KEN', 'Protests', 'Protest with intervention')).actor2, 'Police Forces of Kenya (2013-)');
  const implied = roles('Demonstrators were dispersed.', 'KEN', 'Protests', 'Protest with intervention');
  assert.equal(implied.actor2?.actor.name, 'Police Forces of Kenya (2013-)');
  assert.equal(implied.actor2?.mention, null);
});

test('violence against civilians: Civilians (COUNTRY) is actor2; an unnamed perpetrator is Unidentified Armed Group', () => {
  assert.deepEqual(short(roles('A man was found dead with gunshot wounds.', 'NGA', 'Violence against civilians', 'Attack', true)), {
    actor1: 'Unidentified Armed Group (Nigeria)', assoc1: [], actor2: 'Civilians (Nigeria)', assoc2: [],
  });
  // Country convention (data/implied-actors.json): unattributed bodies in Mexico are gang violence.
  assert.equal(short(roles('A man was found dead with gunshot wounds.', 'MEX', 'Violence against civilians', 'Attack', true)).actor1, 'Unidentified Gang (Mexico)');
  const r = roles('Islamic State militants shot dead an IDP in Deir ez-Zor.', 'SYR', 'Violence against civilians', 'Attack', true);
  assert.deepEqual(short(r), { actor1: 'Islamic State (Syria)', assoc1: [], actor2: 'Civilians (Syria)', assoc2: ['Refugees/IDPs (Syria)'] });
});

test('battles: the attacker is actor1, also in the passive voice and in "clashes between X and Y"', () => {
  assert.deepEqual(short(roles('Al Shabaab militants attacked a Somali army base.', 'SOM', 'Battles', 'Armed clash')).actor2, 'Military Forces of Somalia (2017-)');
  assert.equal(short(roles('Two soldiers were ambushed by Taliban militants.', 'AFG', 'Battles', 'Armed clash')).actor1, 'Taliban');
  const between = short(roles('Clashes broke out between Houthi forces and pro-Hadi forces, including the Popular Resistance.', 'YEM', 'Battles', 'Armed clash'));
  assert.deepEqual(between, {
    actor1: 'Military Forces of Yemen (2016-) Supreme Political Council', assoc1: [],
    actor2: 'Military Forces of Yemen (2012-)', assoc2: ['Popular Resistance'],
  });
});

test('a member militia of a coalition makes the coalition the actor and itself associated', () => {
  const r = short(roles("Ukrainian forces fired at positions of the Donbass People's Militia.", 'UKR', 'Battles', 'Armed clash'));
  assert.deepEqual(r.actor2, 'NAF: United Armed Forces of Novorossiya');
  assert.deepEqual(r.assoc2, ["Donbass People's Militia"]);
});

test('riots: rioters are actor1; mob violence against a person has Civilians as actor2', () => {
  const r = short(roles('Residents beat to death a suspected thief.', 'BRA', 'Riots', 'Mob violence'));
  assert.equal(r.actor1, 'Rioters (Brazil)');
  assert.equal(r.actor2, 'Civilians (Brazil)');
});

test('sources of a claim and victims named inside the attacker side are not perpetrators', () => {
  const r = short(roles('According to Taliban, a civilian was killed by pro-government militia fire.', 'AFG', 'Violence against civilians', 'Attack', true));
  assert.equal(r.actor1, 'Militia (Afghanistan)');
  const t = short(roles('An IED exploded near a police vehicle, injuring two policemen.', 'IRQ', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', false, 'IED'));
  assert.deepEqual([t.actor1, t.actor2], ['Unidentified Armed Group (Iraq)', 'Police Forces of Iraq (2018-)']);
});

test('strategic developments: arrests by police of civilians', () => {
  const r = short(roles('Police arrested 15 residents in Dhaka.', 'BGD', 'Strategic developments', 'Arrests'));
  assert.equal(r.actor1, 'Police Forces of Bangladesh (2009-)');
  assert.equal(r.actor2, 'Civilians (Bangladesh)');
});

test('allies named with "on behalf of" are one side; the owner of an attack is the attacker', () => {
  const r = short(roles('A warehouse was hit by Turkish drones flying on behalf of GNA forces; six porters died.', 'LBY', 'Explosions/Remote violence', 'Air/drone strike', true, 'hit'));
  assert.equal(r.actor1, 'Military Forces of Turkey (2016-)');
  assert.deepEqual(r.assoc1, ['Military Forces of Libya (2016-) Government of National Accord']);
  assert.equal(r.actor2, 'Civilians (Libya)');
  const owner = short(roles('Two guards were hurt, their post cut off by the LNA’s shelling.', 'LBY', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'));
  assert.equal(owner.actor1, 'Military Forces of Libya (2014-) Haftar Faction');
  const repelled = short(roles('Afghan soldiers repelled a Taliban attack on a checkpoint.', 'AFG', 'Battles', 'Armed clash'));
  assert.deepEqual([repelled.actor1, repelled.actor2], ['Taliban', 'Military Forces of Afghanistan (2014-)']);
});

test('unnamed fighters hit alongside state forces are those forces', () => {
  const r = short(roles('Gunmen killed a fighter at the checkpoint and wounded a soldier.', 'LBY', 'Battles', 'Armed clash'));
  assert.deepEqual([r.actor1, r.actor2, r.assoc2], ['Unidentified Armed Group (Libya)', 'Military Forces of Libya (2016-) Government of National Accord', []]);
});

test('unattributed fire near a front line is coded to the force across the line (data/front-lines.json)', () => {
  const at = (text: string, event_type: EventType, sub_event_type: SubEventType, lat: number, lon: number, date = '2020-05-01') => {
    const opts = { iso3: 'UKR', date, at: { lat, lon } };
    const cls: Classification = { event_type, sub_event_type, civilian_targeting: false, confidence: 1, cue: null, rule: 'test' };
    return short(assignRoles(text, { start: 0, end: text.length }, findActors(text, opts), cls, opts));
  };
  const heard = 'Monitors heard 12 explosions of undetermined origin nearby.';
  const exchange = 'Monitors recorded an exchange of fire in both directions nearby.';
  // A town the separatists hold (Horlivka): the government side fired; an exchange has both sides.
  assert.deepEqual([at(heard, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 48.30, 38.05).actor1, at(heard, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 48.30, 38.05).actor2], ['Military Forces of Ukraine (2019-)', '']);
  assert.deepEqual([at(exchange, 'Battles', 'Armed clash', 48.30, 38.05).actor1, at(exchange, 'Battles', 'Armed clash', 48.30, 38.05).actor2], ['Military Forces of Ukraine (2019-)', 'NAF: United Armed Forces of Novorossiya']);
  // A government-held town (Avdiivka): the separatists fired.
  assert.equal(at(heard, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 48.139, 37.75).actor1, 'NAF: United Armed Forces of Novorossiya');
  // Far from the line (Kyiv), or after the line stopped holding, nobody is implied.
  assert.equal(at(heard, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 50.45, 30.52).actor1, 'Unidentified Armed Group (Ukraine)');
  assert.equal(at(heard, 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 48.30, 38.05, '2022-03-10').actor1, 'Unidentified Armed Group (Ukraine)');
  // A named side is never overridden.
  assert.equal(at('Separatist forces fired mortars at the village.', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 48.30, 38.05).actor1, 'NAF: United Armed Forces of Novorossiya');
});

test('the owner of the means is the attacker; a commenting group is no party; "X, which operates under Y" puts Y first', () => {
  const air = short(roles('Aircraft of the Saudi-led coalition struck a market, killing 7 people. The Houthi movement condemned the raid.', 'YEM', 'Explosions/Remote violence', 'Air/drone strike', true, 'Aircraft of'));
  assert.deepEqual([air.actor1, air.actor2], ['Operation Restoring Hope', 'Civilians (Yemen)']);
  // The shelling OF a force hits it: only nouns for means and men own.
  const hit = short(roles('The shelling of the army positions killed two soldiers.', 'SYR', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', false, 'shelling'));
  assert.deepEqual([hit.actor1, hit.actor2], ['Unidentified Armed Group (Syria)', 'Military Forces of Syria (2000-)']);
  const under = short(roles('JWS, which operates under OPS, shelled QSD positions near Tell Abiad.', 'SYR', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'));
  assert.deepEqual([under.actor1, under.assoc1, under.actor2], ['Operation Peace Spring', ['JWS: Syrian National Army'], 'QSD: Syrian Democratic Forces']);
});

test('a lone force hit by an agent the text does not name is the target; country conventions rename named generic attackers', () => {
  const hit = short(roles('Police officers on patrol were shot by a man on a motorcycle.', 'MEX', 'Battles', 'Armed clash'));
  assert.deepEqual([hit.actor1, hit.actor2], ['Unidentified Armed Group (Mexico)', 'Police Forces of Mexico (2018-)']);
  // The agent is named: it attacks (one name for both gang mentions).
  assert.equal(short(roles('A gang member was killed by rival gang members.', 'BRA', 'Battles', 'Armed clash')).actor1, 'Unidentified Gang (Brazil)');
  // Brazil (data/implied-actors.json): drive-by shootings by unidentified armed men are coded to the gang-or-police-militia actor.
  const driveBy = short(roles('A man was killed in a drive-by shooting by two armed men on a motorcycle.', 'BRA', 'Violence against civilians', 'Attack', true));
  assert.equal(driveBy.actor1, 'Unidentified Gang and/or Police Militia');
  assert.equal(short(roles('A man was shot to death by two armed men.', 'BRA', 'Violence against civilians', 'Attack', true)).actor1, 'Unidentified Armed Group (Brazil)');
  // A renaming convention holds when nobody is named too: a Mexican drive-by is gang violence either way.
  for (const text of ['A man was shot dead in a drive-by incident.', 'A man was shot dead by armed men in a drive-by incident.']) {
    assert.equal(short(roles(text, 'MEX', 'Violence against civilians', 'Attack', true)).actor1, 'Unidentified Gang (Mexico)', text);
  }
  // Anywhere, an attack on civilians the text puts down to gang activity was made by a gang; a gang
  // member shot in a battle is the target, not the attacker.
  for (const text of ['A man was shot by five masked gunmen in what police believe is a gang-related shooting.', 'A woman was shot dead; the attack allegedly is linked to drug dealing.']) {
    assert.equal(short(roles(text, 'TTO', 'Violence against civilians', 'Attack', true)).actor1, 'Unidentified Gang (Trinidad and Tobago)', text);
  }
  assert.equal(short(roles('A man was shot by five masked gunmen.', 'TTO', 'Violence against civilians', 'Attack', true)).actor1, 'Unidentified Armed Group (Trinidad and Tobago)');
  assert.equal(short(roles('An alleged gang member was shot dead by unidentified armed men.', 'SLV', 'Battles', 'Armed clash')).actor1, 'Unidentified Armed Group (El Salvador)');
});

test('coordinated forces share the head noun; in a mutual clash the event country\'s own state comes first', () => {
  const r = short(roles('On 7 May 2020, military forces of India and Pakistan exchanged fire across the LoC.', 'PAK', 'Battles', 'Armed clash'));
  assert.deepEqual([r.actor1, r.actor2], ['Military Forces of Pakistan (2018-)', 'Military Forces of India (2014-)']);
  const b = short(roles('Burundian and Rwandan soldiers clashed on Lake Rweru.', 'BDI', 'Battles', 'Armed clash'));
  assert.deepEqual([b.actor1, b.actor2], ['Military Forces of Burundi (2005-)', 'Military Forces of Rwanda (1994-)']);
  // Allies who clash WITH a third party stay one side.
  const allies = short(roles('Soldiers and militiamen clashed with gunmen near the village.', 'NGA', 'Battles', 'Armed clash'));
  assert.equal(allies.actor2, 'Unidentified Armed Group (Nigeria)');
});

test('country battle order between state forces and militias or gangs (data/implied-actors.json battleOrder)', () => {
  const bra = short(roles('Armed men exchanged fire with military police forces during a patrol.', 'BRA', 'Battles', 'Armed clash'));
  assert.deepEqual([bra.actor1, bra.actor2], ['Military Forces of Brazil (2019-) Military Police', 'Unidentified Armed Group (Brazil)']);
  const mex = short(roles('Police officers clashed with two armed men.', 'MEX', 'Battles', 'Armed clash'));
  assert.deepEqual([mex.actor1, mex.actor2], ['Unidentified Armed Group (Mexico)', 'Police Forces of Mexico (2018-)']);
  // Elsewhere the text's order stands.
  assert.equal(short(roles('Police officers clashed with two armed men.', 'KEN', 'Battles', 'Armed clash')).actor1, 'Police Forces of Kenya (2013-)');
});

test('attribution: "attributed to X", "X claimed responsibility", "militants (suspected X)" name the attacker', () => {
  const adf = short(roles('Two civilians were killed in an attack attributed to ADF fighters near Beni.', 'COD', 'Violence against civilians', 'Attack', true, 'attack'));
  assert.equal(adf.actor1, 'ADF: Allied Democratic Forces');
  const claim = short(roles('An IED exploded targeting a military convoy near Afgooye. Al Shabaab claimed responsibility for the attack.', 'SOM', 'Explosions/Remote violence', 'Remote explosive/landmine/IED', false, 'IED'));
  assert.deepEqual([claim.actor1, claim.actor2], ['Al Shabaab', 'Military Forces of Somalia (2017-)']);
  const ttp = short(roles('Two soldiers were killed by militants (suspected TTP) in an attack on a check post.', 'PAK', 'Battles', 'Armed clash'));
  assert.deepEqual([ttp.actor1, ttp.actor2], ['TTP: Tehreek-i-Taliban Pakistan', 'Military Forces of Pakistan (2018-)']);
});

test('battles: a militia or gang fighting someone unnamed fights an unidentified group of its own kind', () => {
  const gang = roles('A shoot-out between rival gangs broke out in the market.', 'JAM', 'Battles', 'Armed clash', false, 'shoot-out');
  assert.equal(gang.actor2?.actor.name, 'Unidentified Gang (Jamaica)');
  assert.equal(gang.actor2?.actor.inter, 3);
  const clans = roles('Armed clashes broke out between two clans over a well near Beledweyne.', 'SOM', 'Battles', 'Armed clash', false, 'clashes');
  assert.equal(clans.actor2?.actor.inter, 4);
  // A state force fighting someone unnamed keeps no invented second side.
  assert.equal(roles('Soldiers exchanged fire near the border post.', 'KEN', 'Battles', 'Armed clash', false, 'exchanged').actor2, null);
});

test('sides: an umbrella named with "under" governs the groups listed before it', () => {
  const r = roles('Turkish forces and JWS factions, operating under OPS, shelled a village near Tal Tamer.', 'SYR', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', false, 'shelled');
  assert.equal(r.actor1?.actor.name, 'Operation Peace Spring');
  assert.deepEqual(r.assoc_actor_1.map((a) => a.actor.name), ['Military Forces of Turkey (2016-)', 'JWS: Syrian National Army']);
});

test('mob violence: two groups of villagers clashing are rioters on both sides', () => {
  const r = roles('Two groups of farmers clashed with sticks over a boundary in Sialkot.', 'PAK', 'Riots', 'Mob violence', false, 'clashed');
  assert.equal(r.actor1?.actor.name, 'Rioters (Pakistan)');
  assert.equal(r.actor2?.actor.name, 'Rioters (Pakistan)');
});

test('battles with explosives: two named sides of "a clash between X and Y" are both fighting parties', () => {
  const text = 'A clash between GNA and LNA forces, involving heavy artillery fire, was reported south of Tripoli.';
  const opts = { iso3: 'LBY', date: '2020-05-01' };
  const at = text.indexOf('clash');
  const cls: Classification = { event_type: 'Battles', sub_event_type: 'Armed clash', civilian_targeting: false, confidence: 1, cue: { start: at, end: at + 5, text: 'clash' }, rule: 'classify/battle/fighting-with-explosives' };
  const r = assignRoles(text, { start: 0, end: text.length }, findActors(text, opts), cls, opts);
  assert.deepEqual([r.actor1?.actor.inter, r.actor2?.actor.inter], [1, 1]);
  assert.ok(r.actor1?.mention && r.actor2?.mention, 'both sides are named mentions, none implied');
});

test('whoever shoots down or intercepts a weapon is actor1, even when the weapon is "operated by" or "fired by" the other side', () => {
  const downed = short(roles('LNA forces shot down a Turkish air drone operated by GNA near the airbase.', 'LBY', 'Strategic developments', 'Disrupted weapons use'));
  assert.equal(downed.actor1, 'Military Forces of Libya (2014-) Haftar Faction');
  const intercepted = short(roles('Saudi-led coalition air defence systems intercepted a ballistic missile fired by pro-Houthi forces over the camp.', 'YEM', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'));
  assert.deepEqual([intercepted.actor1, intercepted.actor2], ['Operation Restoring Hope', 'Military Forces of Yemen (2016-) Supreme Political Council']);
  const defused = short(roles('Police defused three IEDs in the forest, suspected to be planted by CPI (Maoist) cadres.', 'IND', 'Strategic developments', 'Disrupted weapons use'));
  assert.equal(defused.actor1, 'Police Forces of India (2014-)');
});

test('a force named right after "between" is a party to the fight, not its target, even when the other side is not a known actor', () => {
  const r = short(roles('Clashes took place between regime forces against opposition factions on the front, amid shelling.', 'SYR', 'Battles', 'Armed clash', false, 'Clashes'));
  assert.equal(r.actor1, 'Military Forces of Syria (2000-)');
});

test('"the governmental positions" (or army positions) a force fires at are the state\'s forces: actor2', () => {
  const r = short(roles('The NAF rebel forces fired 82mm mortars at the governmental positions near an invented village.', 'UKR', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'));
  assert.deepEqual([r.actor1, r.actor2], ['NAF: United Armed Forces of Novorossiya', 'Military Forces of Ukraine (2019-)']);
});

test('"X thwarted a Y incursion", "X responded to Y shelling": Y is the other side, not X\'s associate', () => {
  const thwarted = short(roles('Pro-Hadi and affiliated forces reportedly thwarted a pro-Houthi incursion on the front, killing several pro-Houthi elements.', 'YEM', 'Battles', 'Armed clash'));
  assert.deepEqual([thwarted.actor1, thwarted.actor2, thwarted.assoc1], ['Military Forces of Yemen (2012-)', 'Military Forces of Yemen (2016-) Supreme Political Council', []]);
  const responded = short(roles('Pro-Hadi forces reportedly responded to pro-Houthi shelling in the district.', 'YEM', 'Battles', 'Armed clash'));
  assert.equal(responded.actor2, 'Military Forces of Yemen (2016-) Supreme Political Council');
});

test('drugs or contraband a state seizes belong to a criminal group: actor2 is an unidentified gang, not civilians', () => {
  const text = 'Federal police forces seized about 3 tons of marijuana hidden in a truck during a highway inspection.';
  const opts = { iso3: 'BRA', date: '2020-05-01' };
  const seizure: Classification = { event_type: 'Strategic developments', sub_event_type: 'Looting/property destruction', civilian_targeting: false, confidence: 1, cue: null, rule: 'classify/strategic/contraband-seizure' };
  const r = short(assignRoles(text, { start: 0, end: text.length }, findActors(text, opts), seizure, opts));
  assert.equal(r.actor2, 'Unidentified Gang (Brazil)');
  // Other property destroyed is the civilians'.
  assert.equal(short(roles('Soldiers burned houses in the village.', 'MMR', 'Strategic developments', 'Looting/property destruction')).actor2, 'Civilians (Myanmar)');
});

test('"rebel and Islamist factions" share the head noun: the Syrian opposition (inter 2), not an unidentified group', () => {
  const r = short(roles('Regime forces and pro-regime militias clashed with rebel and Islamist factions on the frontline.', 'SYR', 'Battles', 'Armed clash'));
  assert.deepEqual([r.actor1, r.actor2], ['Military Forces of Syria (2000-)', 'Opposition Rebels (Syria)']);
});

test('"between X and Y on one side and Z on the other": the text marks the sides', () => {
  const r = short(roles('Clashes were reported between pro-Hadi forces and Popular Resistance fighters on one side and pro-Houthi forces on the other near the front.', 'YEM', 'Battles', 'Armed clash'));
  assert.deepEqual(r, { actor1: 'Military Forces of Yemen (2012-)', assoc1: ['Popular Resistance'], actor2: 'Military Forces of Yemen (2016-) Supreme Political Council', assoc2: [] });
});

test('a counter-protest told with a protest makes the counter-protesters actor2', () => {
  const text = 'Citizens protested from their balconies against the government. A counterprotest, with noise and torches in support of the government, took place nearby.';
  assert.equal(short(roles(text, 'SRB', 'Protests', 'Peaceful protest')).actor2, 'Protesters (Serbia)');
  assert.equal(short(roles('Citizens protested from their balconies against the government.', 'SRB', 'Protests', 'Peaceful protest')).actor2, '');
});

test('mob violence against no armed side is against civilians, also when the victim is not a civilian word ("a thief", "a bank")', () => {
  assert.equal(short(roles('A lynch mob attacked a suspected thief in the market, beating him.', 'UGA', 'Riots', 'Mob violence')).actor2, 'Civilians (Uganda)');
  assert.equal(short(roles('Rioters set a bank on fire in the city.', 'PSE', 'Riots', 'Mob violence')).actor2, 'Civilians (Palestine)');
  // A violent demonstration with no one named on the other side has no actor2.
  assert.equal(short(roles('Demonstrators burned tyres on the main road.', 'LBN', 'Riots', 'Violent demonstration')).actor2, '');
});

test('those arrested and the people old mines harm are civilians (actor2) even when no civilian word names them', () => {
  assert.equal(short(roles('Police forces arrested the running mate of the opposition leader for inciting insurrection.', 'BDI', 'Strategic developments', 'Arrests')).actor2, 'Civilians (Burundi)');
  const text = 'Villagers accidentally stepped on a landmine laid in the 1980s; the explosion killed one.';
  const opts = { iso3: 'KHM', date: '2020-05-01' };
  const remnant: Classification = { event_type: 'Strategic developments', sub_event_type: 'Other', civilian_targeting: false, confidence: 1, cue: null, rule: 'classify/strategic/war-remnants' };
  assert.equal(short(assignRoles(text, { start: 0, end: text.length }, findActors(text, opts), remnant, opts)).actor2, 'Civilians (Cambodia)');
});

test('people fleeing or returning are the actors of a displacement: Civilians (actor1), whoever made them flee', () => {
  const fled = short(roles('More than 100 villagers fled their village to the town after the military shelled the area.', 'MMR', 'Strategic developments', 'Other'));
  assert.deepEqual([fled.actor1, fled.actor2], ['Civilians (Myanmar)', '']);
  const back = short(roles('90 Venezuelan migrants returned from Ecuador; health authorities moved them to quarantine.', 'VEN', 'Strategic developments', 'Other'));
  assert.equal(back.actor1, 'Civilians (Venezuela)');
  // Not for an act of the state that names no one fleeing.
  assert.notEqual(short(roles('The army deployed troops to the border town.', 'MMR', 'Strategic developments', 'Change to group/activity')).actor1, 'Civilians (Myanmar)');
});
