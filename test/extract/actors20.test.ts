// Session 20: sources that only report an event, "stormed" as an attack that splits sides, and
// state-force names of 2021-2026 reporting. The texts are written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const top = (text: string, published: string) => extractReports({ document_id: 'doc_actors20', text, published }, { gazetteer: loadDefaultGazetteer() })[0];

test('"gunmen stormed a police station": the station\'s force is the other side', () => {
  const r = top('On 5 March 2024, gunmen stormed a police station in Gwoza (Gwoza, Borno) and killed two officers.', '2024-03-05');
  assert.equal(r.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(r.actor2, 'Police Forces of Nigeria (2023-)');
  const base = top('On 5 March 2024, armed men stormed an army base in Kidal (Kidal, Kidal) and burned vehicles.', '2024-03-05');
  assert.equal(base.actor2, 'Military Forces of Mali (2021-)');
  const jnim = top('On 5 October 2023, JNIM fighters stormed a gendarmerie post in Djibo (Djibo, Soum), killing six gendarmes, the army said.', '2023-10-05');
  assert.equal(jnim.actor1, 'JNIM: Group for Support of Islam and Muslims');
  assert.equal(jnim.actor2, 'Military Forces of Burkina Faso (2022-) Gendarmerie');
});

test('a force that opens a dated sentence only to report what others did is no party', () => {
  const r = top('On 5 March 2024, the police reported that bandits abducted 20 villagers in Gusau (Gusau, Zamfara).', '2024-03-05');
  assert.equal(r.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.match(r.actor2, /^Civilians/);
  assert.equal(r.assoc_actor_1, '');
  const tuesday = top('On Tuesday, police said bandits had abducted 12 travellers near Funtua in Katsina state.', '2024-03-05');
  assert.equal(tuesday.actor1, 'Unidentified Armed Group (Nigeria)');
});

test('a force reporting its foes killed fought them; one reporting its own losses was attacked', () => {
  const foes = top('On Tuesday, the army said 15 bandits were killed in a raid near Funtua in Katsina state.', '2024-03-05');
  assert.equal(foes.actor1, 'Military Forces of Nigeria (2023-)');
  assert.equal(foes.actor2, 'Unidentified Armed Group (Nigeria)');
  const own = top('The police reported that two officers were killed when gunmen attacked a checkpoint near Funtua in Katsina state on Tuesday.', '2024-03-05');
  assert.equal(own.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(own.actor2, 'Police Forces of Nigeria (2023-)');
  // Look-alike: the army that "said troops killed" acted itself.
  const troops = top('On Tuesday, the army said troops killed 15 bandits in a raid near Funtua in Katsina state.', '2024-03-05');
  assert.equal(troops.actor1, 'Military Forces of Nigeria (2023-)');
});

test('"federal forces" are the state\'s army; Thailand\'s rangers are ACLED\'s Thai Rangers', () => {
  const eth = top('On 5 June 2024, Fano fighters clashed with federal forces in Debre Markos (Debre Markos, Amhara).', '2024-06-05');
  assert.equal(eth.actor2, 'Military Forces of Ethiopia (2018-)');
  const tha = top('On 3 May 2024, insurgents shot dead a ranger in Sai Buri district of Pattani, Thailand.', '2024-05-03');
  assert.equal(tha.actor2, 'Military Forces of Thailand (2023-) Thai Rangers');
  assert.equal(tha.event_type, 'Battles');
  const patrol = top('On 3 May 2024, a bomb hit a ranger patrol in Rueso district of Narathiwat, Thailand, wounding three rangers.', '2024-05-03');
  assert.equal(patrol.inter2, 1);
  // Elsewhere a park ranger is no army: the alias is Thailand's only.
  const park = top('On 3 May 2024, gunmen shot dead two park rangers in Virunga National Park near Rutshuru, North Kivu.', '2024-05-03');
  assert.notEqual(park.inter2, 1);
});

test('Mayi Mayi militias: the family alone, or the faction the text names ("Mayi Mayi Militia (Faction)")', () => {
  const plain = top('On 4 May 2024, Mai-Mai fighters attacked an FARDC position in Beni (Beni, North Kivu) on Monday.', '2024-05-04');
  assert.equal(plain.actor1, 'Mayi Mayi Militia');
  const bracket = top('On 4 May 2024, Mayi-Mayi militiamen (Malaika faction) abducted four miners near Kalima (Pangi, Maniema).', '2024-05-04');
  assert.equal(bracket.actor1, 'Mayi Mayi Militia (Malaika)');
  const after = top('On 4 May 2024, Mai-Mai Yakutumba fighters attacked an FARDC position near Fizi (Fizi, South Kivu).', '2024-05-04');
  assert.equal(after.actor1, 'Mayi Mayi Militia (Yakutumba)');
  assert.equal(after.assoc_actor_1, '');
  const sub = top('On 4 May 2024, Raia Mutomboki-Walike gunmen looted shops in Shabunda (Shabunda, South Kivu).', '2024-05-04');
  assert.equal(sub.actor1, 'Mayi Mayi Militia (Raia Mutomboki-Walike)');
  const nyatura = top('On 4 May 2024, Nyatura militiamen clashed with M23 rebels near Kitshanga (Masisi, North Kivu).', '2024-05-04');
  assert.equal(nyatura.actor1, 'Mayi Mayi Militia (Nyatura)');
  // Look-alike: an acronym after the family's name is a group of its own, not a faction name.
  const acronym = top('On 4 May 2024, Mai-Mai CMC fighters attacked an FARDC position in Beni (Beni, North Kivu).', '2024-05-04');
  assert.doesNotMatch(acronym.actor1, /\(CMC\)/);
});

test('Somalia\'s Macawisley are clan militias whose clan is not told; Congo\'s Wazalendo a militia, not an ethnic group', () => {
  const mac = top('On 5 March 2024, Macawisley fighters killed four al-Shabaab militants near Adale (Adale, Middle Shabelle).', '2024-03-05');
  assert.equal(mac.actor1, 'Unidentified Clan Militia (Somalia)');
  assert.equal(mac.actor2, 'Al Shabaab');
  const clan = top("On 5 March 2024, Ma'awisley clan militias clashed with al-Shabaab near Adale (Adale, Middle Shabelle).", '2024-03-05');
  assert.equal(clan.actor1, 'Unidentified Clan Militia (Somalia)');
  // A clan that is named stays the clan's militia.
  const named = top('On 5 March 2024, Abgaal clan militias clashed with al-Shabaab near Adale (Adale, Middle Shabelle).', '2024-03-05');
  assert.equal(named.actor1, 'Abgaal Clan Militia (Somalia)');
  const waz = top('On 5 January 2025, the Wazalendo killed three civilians accused of collaborating with M23 in Minova (Kalehe, South Kivu).', '2025-01-05');
  assert.equal(waz.actor1, 'Militia (Democratic Republic of Congo)');
  assert.equal(waz.inter1, 3);
});

test('the AFC/M23 coalition written either way is the M23', () => {
  for (const name of ['AFC-M23 fighters', 'M23/AFC rebels', 'AFC/M23 rebels']) {
    const r = top(`On 5 January 2025, ${name} attacked FARDC positions near Minova (Kalehe, South Kivu).`, '2025-01-05');
    assert.equal(r.actor1, 'M23: March 23 Movement');
    assert.equal(r.assoc_actor_1, '');
  }
});

test('a violent demonstration that damages private property has Civilians as actor2; one that blocks a road by it has none', () => {
  const bank = top('On 5 March 2024, rioters hurled Molotov cocktails at a bank in Tripoli (Tripoli, North), Lebanon, to protest the currency collapse.', '2024-03-05');
  assert.equal(bank.sub_event_type, 'Violent demonstration');
  assert.equal(bank.actor2, 'Civilians (Lebanon)');
  const shops = top('On 5 March 2024, angry residents vandalised a pharmacy and two shops in Sidon (Saida, South), Lebanon, during a protest over prices.', '2024-03-05');
  assert.equal(shops.inter2, 7);
  // Look-alikes: tyres burned outside a bank, a road blocked in front of one.
  const outside = top('On 5 March 2024, rioters burned tyres outside a bank in Tripoli (Tripoli, North), Lebanon, to protest the currency collapse.', '2024-03-05');
  assert.equal(outside.actor2, '');
  const road = top('On 5 March 2024, protesters blocked the road in front of a bank with burning tyres in Sidon (Saida, South), Lebanon.', '2024-03-05');
  assert.equal(road.actor2, '');
  // The police on the scene stay the other side.
  const police = top('On 5 March 2024, rioters clashed with police and damaged shops in Sidon (Saida, South), Lebanon.', '2024-03-05');
  assert.equal(police.inter2, 1);
});

test('a force harmed in an attack or a blast whose author is not told is the target, not the attacker', () => {
  const blast = top('On 2 May 2024, one policeman was killed and another was wounded when a bomb hidden in a shop exploded in Kandahar city (Kandahar, Kandahar). It is unclear who planted it.', '2024-05-02');
  assert.equal(blast.actor1, 'Unidentified Armed Group (Afghanistan)');
  assert.equal(blast.actor2, 'Police Forces of Afghanistan (2021-)');
  const mine = top('On Tuesday, two soldiers were killed when a roadside bomb exploded near Dikwa in Borno state.', '2024-05-02');
  assert.equal(mine.actor2, 'Military Forces of Nigeria (2023-)');
  // Look-alikes: the force that acted, and a force harmed in a two-sided fight.
  const acted = top('On Tuesday, troops killed five men who were wanted for robbery near Funtua in Katsina state.', '2024-05-02');
  assert.equal(acted.actor1, 'Military Forces of Nigeria (2023-)');
  const fight = top('On Tuesday, police chased a car near Funtua in Katsina state, and in the shoot-out that followed a police officer was shot dead.', '2024-05-02');
  assert.equal(fight.actor1, 'Police Forces of Nigeria (2023-)');
});

test('"officers were shot by a man wanted by the police": the police the man is wanted by are no agent', () => {
  const r = top('On Tuesday, two officers were shot by a man who was wanted by the police in Funtua, Katsina state. The officers returned fire.', '2024-05-02');
  assert.equal(r.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(r.actor2, 'Police Forces of Nigeria (2023-)');
  // Look-alike: a force named as the agent after "by" still is one.
  const by = top('On Tuesday, a police officer was shot dead by soldiers at a checkpoint in Funtua, Katsina state.', '2024-05-02');
  assert.equal(by.actor1, 'Military Forces of Nigeria (2023-)');
});
