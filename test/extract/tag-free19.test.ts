// Crowd events told without ACLED's "[size=...]" tag (session 19). The tag used to mark a note as
// one crowd event and so let its later sentences say how the crowd or the police acted; news
// text and newer ACLED exports have none, so the words must carry it. The notes are written for
// these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const top = (text: string) => extractReports({ document_id: 'doc_tf19', text, published: '2025-06-02' }, { gazetteer: loadDefaultGazetteer() })[0];
const kind = (text: string) => {
  const r = top(text);
  return `${r?.event_type}/${r?.sub_event_type}`;
};

test("a protest note's later sentences tell how the police acted on it", () => {
  assert.equal(kind('On 1 June 2025, nurses held a protest outside the district hospital in Kisumu (Kisumu) demanding their arrears. Police fired tear gas to disperse them.'), 'Protests/Protest with intervention');
  assert.equal(kind('On 1 June 2025, dismissed teachers organised a sit-in in front of the governorate in Sfax (Sfax) to demand their jobs back. Police intervened and removed them by force.'), 'Protests/Protest with intervention');
});

test("a protest note's later sentences tell that the crowd turned violent", () => {
  assert.equal(kind('On 1 June 2025, residents demonstrated in Soweto (Gauteng) against power cuts. They blocked roads with burning tyres and pelted passing cars with stones.'), 'Riots/Violent demonstration');
});

test('a later sentence that starts another event does not count for the protest', () => {
  assert.equal(kind('On 1 June 2025, students protested peacefully in Zomba (Southern) over fees. Separately, police fired tear gas at vendors in another town.'), 'Protests/Peaceful protest');
});

test("a party's supporters or members who fight without guns are a crowd: mob violence", () => {
  assert.equal(kind('On 1 June 2025, supporters of the ruling party attacked opposition activists with sticks at a market in Mzuzu (Northern). Four activists were injured.'), 'Riots/Mob violence');
  assert.equal(kind('On 1 June 2025, young members of the ruling party clashed with members of an opposition party in Likasi (Haut-Katanga). Two were injured.'), 'Riots/Mob violence');
  assert.equal(kind('On 1 June 2025, Imbonerakure and CNL members fought one another with clubs in Muyinga (Muyinga). Three were injured.'), 'Riots/Mob violence');
  // Guns make it a fight of armed men.
  assert.notEqual(kind('On 1 June 2025, party supporters and gunmen exchanged gunfire in Likasi (Haut-Katanga). Two were killed.'), 'Riots/Mob violence');
});

test('a killing over a dispute with no armed side named is mob violence, unless someone was shot', () => {
  assert.equal(kind('On 1 June 2025, a farmer was beaten to death over a land dispute in Gaya (Gaya, Bihar). 1 killed.'), 'Riots/Mob violence');
  assert.equal(kind('On 1 June 2025, a man was attacked and killed over a property dispute in Sitapur (Sitapur, Uttar Pradesh).'), 'Riots/Mob violence');
  assert.equal(kind('On 1 June 2025, a shopkeeper was shot dead over a property dispute in Sitapur (Sitapur, Uttar Pradesh).'), 'Violence against civilians/Attack');
});

test('a few people named by their number or trade who beat someone are a crowd', () => {
  assert.equal(kind('On 1 June 2025, five persons beat up a delivery driver with sticks in Thane (Thane, Maharashtra) over a parking quarrel.'), 'Riots/Mob violence');
  assert.equal(kind('On 1 June 2025, a group of local people killed a suspected thief by setting him on fire in Bukavu (Sud-Kivu).'), 'Riots/Mob violence');
});

test("a crowd's violence that a later sentence ties to demonstrations is a violent demonstration", () => {
  assert.equal(kind('On 1 June 2025, rioters threw petrol bombs at a bank branch in Tyre (South). The attack is likely linked to recent demonstrations over the currency crash.'), 'Riots/Violent demonstration');
});

test('two crowds that fought each other target no civilians', () => {
  const r = top('On 1 June 2025, two groups of villagers clashed over grazing land in Isiolo (Isiolo) with clubs. Six were injured.');
  assert.equal(r?.sub_event_type, 'Mob violence');
  assert.equal(r?.civilian_targeting, '');
});

test('protest words with nothing else a rule reads make a protest, whoever is named', () => {
  // "retired army officers accused of ..." is the protest's topic, not a side.
  assert.equal(kind('On 1 June 2025, residents demonstrated in Mamou (Mamou) against the detention of three retired army officers accused of blocking a road.'), 'Protests/Peaceful protest');
  // Not a road blocked by an armed group: that is no crowd event.
  assert.notEqual(kind('On 1 June 2025, HTS members blocked the road in front of a Turkish convoy near Atarib (Aleppo).'), 'Protests/Peaceful protest');
});

test('a crowd that chants, voices its rejection or commemorates protests', () => {
  assert.equal(kind('On 1 June 2025, dozens of residents gathered outside a hotel in Byblos (Mount Lebanon) and voiced their rejection of its use as a quarantine centre.'), 'Protests/Peaceful protest');
  assert.equal(kind('On 1 June 2025, a small group of nationalists gathered and chanted in Bitola (Bitola) as the minister arrived.'), 'Protests/Peaceful protest');
  assert.equal(kind('On 1 June 2025, students gathered in Bejaia (Bejaia) to commemorate the Berber Spring.'), 'Protests/Peaceful protest');
});

test("people with no organisation fighting the state's forces, with no gun told, riot", () => {
  assert.equal(top('On 1 June 2025, street vendors clashed with municipal police in Arequipa (Arequipa) when officers tried to seize their goods.')?.event_type, 'Riots');
  assert.equal(top('On 1 June 2025, reporters and park rangers clashed at the gate of a nature reserve near Kisoro (Kisoro).')?.event_type, 'Riots');
  // Two forces, an armed clash, or a deadly fight stay battles.
  assert.equal(kind('On 1 June 2025, police clashed with soldiers at a checkpoint in Baidoa (Bay). One person was killed.'), 'Battles/Armed clash');
  assert.equal(kind('On 1 June 2025, an armed clash broke out between police and the occupants of two vans near Cordoba (Veracruz). One person was injured.'), 'Battles/Armed clash');
});

test('violence the protesters name as their cause is its topic', () => {
  // Coordinated in the topic phrase ("harassment and torture").
  assert.equal(kind('On 1 June 2025, activists staged a protest in Larkana (Larkana, Sindh), against the police for harassment and torture of villagers.'), 'Protests/Peaceful protest');
  // Told before the protest, in a clause that opens with "following" or in the subject's who-clause.
  assert.equal(kind('On 1 June 2025, following the death of a vendor after a police beating, traders staged a protest in Comilla (Comilla).'), 'Protests/Peaceful protest');
  assert.equal(kind('On 1 June 2025, relatives of a guard who was shot dead held a protest outside the hospital in Bikaner (Bikaner, Rajasthan), demanding an inquiry.'), 'Protests/Peaceful protest');
  // "due to" the attacks of armed groups.
  assert.equal(kind('On 1 June 2025, locals demonstrated in Butembo (Nord-Kivu) to demand more security due to rising banditry and attacks by armed groups.'), 'Protests/Peaceful protest');
});

test('riot words with no other act make a riot; protesters who storm or torch turned violent', () => {
  assert.equal(kind('On 1 June 2025, youths threw stones at Israeli soldiers near Tuqu (Bethlehem). No injuries were reported.'), 'Riots/Mob violence');
  assert.equal(kind('On 1 June 2025, protesters stormed and torched a police post in Ndola (Copperbelt) after a death in custody.'), 'Riots/Violent demonstration');
  assert.equal(kind('On 1 June 2025, demonstrators against the new tax set fire to bins and threw projectiles at police in Lyon (Auvergne-Rhone-Alpes). Police used tear gas.'), 'Riots/Violent demonstration');
  // Militants named first who fire at tyres are no crowd.
  assert.notEqual(top('On 1 June 2025, suspected JNIM militants stopped trucks near Djibo (Soum), firing at the tyres of the vehicles.')?.event_type, 'Riots');
});

test('relatives of people abducted or killed who protest make a protest', () => {
  assert.equal(kind('On 1 June 2025, relatives of passengers abducted by bandits held a protest in Zaria (Kaduna) demanding their release.'), 'Protests/Peaceful protest');
});

test('dissolution, merger and uprooted trees are read', () => {
  assert.equal(kind('On 1 June 2025, the Ansaroul Islam faction announced its dissolution and merger with JNIM in Djibo (Soum).'), 'Strategic developments/Change to group/activity');
  assert.equal(kind('On 1 June 2025, Israeli settlers uprooted olive trees belonging to Palestinian farmers near Sinjil (Ramallah and al-Bireh).'), 'Strategic developments/Looting/property destruction');
});

test('a crowd named with an aside between commas, or as "at least five citizens", still acts', () => {
  assert.equal(kind('On 1 June 2025, fishmongers from the old port, most of them women, clashed with municipal police in Dakar (Dakar).'), 'Riots/Mob violence');
  assert.equal(top('On 1 June 2025, at least 5 citizens attacked police officers with sticks in Huancayo (Junin) when told to go home.')?.event_type, 'Riots');
});

test('a crowd that gathered and was dispersed was a protest broken up; water cannon is no artillery', () => {
  assert.equal(kind('On 1 June 2025, opposition supporters gathered in Douala (Littoral) to contest the results. Gendarmes dispersed them with water cannon.'), 'Protests/Protest with intervention');
  // Tear gas fired at farmers in their fields, with nobody gathered, is not a protest.
  assert.notEqual(top('On 1 June 2025, Israeli forces fired tear gas canisters at Palestinian farmers in their fields east of Khuzaa (Gaza Strip).')?.event_type, 'Protests');
});

test('a rally named as the place of a fight makes no protest', () => {
  assert.equal(kind('On 1 June 2025, NRM and NUP supporters fought each other at a rally venue in Mbarara (Mbarara). Three were injured.'), 'Riots/Mob violence');
});
