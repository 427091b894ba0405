// Wire stories told the way agencies write them: the toll first, the attribution and the day it
// was said after it, the background last. Each should give one incident, dated by the day it
// happened. The texts are written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { datesOf } from './helpers.ts';

const run = (text: string, published: string) => extractReports({ document_id: 'doc_wire', text, published }, { gazetteer: loadDefaultGazetteer() });

test('attribution days and "said of the attack" stay with the incident; the day it happened dates it', () => {
  const text = [
    'Nine traders died when gunmen opened fire on a cattle market in northwest Nigeria, police said.',
    'The gunmen, disguised as local vigilantes, rode into the market in Zamfara state on motorcycles, a police spokesman said late Tuesday.',
    '"We counted nine bodies," the spokesman said of the attack, which happened on Sunday.',
    'Zamfara state has also seen a surge in kidnappings and attacks recently.',
  ].join('\n');
  const reports = run(text, '2023-03-08'); // a Wednesday
  assert.equal(reports.length, 1);
  const [r] = reports;
  assert.equal(r.event_date, '2023-03-05');
  assert.equal(r.fatalities, 9);
  assert.equal(r.admin1, 'Zamfara');
  // The disguise names no party: the attackers are not vigilantes (a mob), and the event is no riot.
  assert.notEqual(r.event_type, 'Riots');
  assert.doesNotMatch(r.actor1, /Rioters/);
});

test('"according to" is a source, not an accord', () => {
  const [r] = run('According to residents, militants burned three houses in Kidal on 4 March 2023.', '2023-03-06');
  assert.notEqual(r.sub_event_type, 'Agreement');
});

test('"a fortnight ago" is two weeks before publication, at week precision', () => {
  assert.deepEqual(datesOf('Bandits raided the village about a fortnight ago.', '2023-03-08')[0].slice(1), ['2023-02-22', 2]);
});

test('"Russian shelling", "an Israeli airstrike": the attack named by its army is that army\'s', () => {
  const [r] = run('Russian shelling of a market in Kharkiv killed four people on Monday, the regional governor said.', '2022-07-05');
  assert.equal(r.actor1, 'Military Forces of Russia (2000-)');
  assert.equal(r.sub_event_type, 'Shelling/artillery/missile attack');
  const [s] = run('An Israeli airstrike hit a car near Quneitra on Sunday, killing two men.', '2020-05-04');
  assert.match(s.actor1, /^Military Forces of Israel/);
});

test('"In the south, ..." opens another incident; a military administration is no fighting force', () => {
  const text = [
    'Shelling killed a woman at a bus stop in Kherson on Monday, officials said.',
    'In the east, a rocket hit a school in Kramatorsk, wounding two teachers, the city\'s military administration said.',
  ].join('\n\n');
  const reports = run(text, '2023-12-05');
  assert.equal(reports.length, 2);
  assert.equal(reports[1].injuries, 2);
  assert.doesNotMatch(reports[1].actor2 + reports[1].actor1, /Military Forces of Ukraine/);
});

test("two parties' figures for the same victims: the lower is coded, the higher widens the range", () => {
  const text = [
    'Insurgents killed 9 police officers and overran a checkpoint outside the town of Beledweyne on Thursday, a regional police commander said.',
    '"We lost nine officers," the commander told reporters.',
    'Soldiers killed four insurgents during the attack, an army officer said.',
    'An insurgent spokesman claimed the group had killed 20 police officers.',
  ].join('\n\n');
  const reports = run(text, '2021-06-04');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 13);
  assert.equal(reports[0].fatalities_max, 24);
});

test('"a Somali military official said" reports the toll and counts in none; "two days after the raid" is not anchored on the last date', () => {
  const [r] = run('Militants attacked a base near Baidoa on Friday, killing 6 soldiers, a senior army official said.', '2021-06-05');
  assert.equal(r.fatalities, 6);
  const [s] = run('Militants attacked a base near Baidoa on Friday, killing 6 soldiers a senior army official said.', '2021-06-05');
  assert.equal(s.fatalities, 6);
  const dates = datesOf('Gunmen struck a convoy on Monday. The ambush came two days after the raid on a prison.', '2021-06-05');
  assert.ok(dates.every(([, d]) => d <= '2021-06-05'), JSON.stringify(dates));
});

test('the lead reported on Wednesday, the strike told on Tuesday past a background line: one incident on Tuesday', () => {
  const text = [
    'YANGON: A military airstrike on a village killed seven civilians, residents and local media said on Wednesday.',
    'Fighting has spread across the region since the army seized power in 2021.',
    'A jet dropped two bombs on the village in Magway region on Tuesday evening, a local resistance fighter said.',
    'Seven people were killed and five wounded, he said.',
    'A villager also said that seven people had died in the strike.',
    'Some outlets said six people had been killed.',
  ].join('\n');
  const reports = run(text, '2023-05-10'); // a Wednesday
  assert.equal(reports.length, 1);
  const [r] = reports;
  assert.equal(r.event_date, '2023-05-09');
  assert.equal(r.admin1, 'Magway');
  assert.equal(r.injuries, 5);
  // "Six people" by some outlets may count others: it neither lowers nor raises the seven.
  assert.equal(r.fatalities, 7);
});

test('"the death toll rose to 14" is the total; an attributed toll past a few quotes stays with the incident', () => {
  const [r] = run('A car bomb exploded outside a hotel in Mogadishu on Sunday, killing at least 9 people. The death toll later rose to 14, police said.', '2022-08-22');
  assert.equal(r.fatalities, 14);
  const text = [
    'Militants killed at least 11 soldiers in an attack on an army post near Kismayo on Monday, officials said.',
    '"We retreated into the forest," one soldier said.',
    '"They had many more fighters than us."',
    'A local army commander put the number of dead at 11; the militants said 19 were killed.',
  ].join('\n\n');
  const reports = run(text, '2022-08-23');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 11);
});

test('more victims of another side are added, not taken for a part or a rival of the first figure', () => {
  const kill = (text: string) => run(text, '2020-05-06')[0].fatalities;
  assert.equal(kill('On 5 May 2020, militants attacked a checkpoint in Baidoa, killing 3 soldiers. 2 of the attackers were also killed.'), 5);
  assert.equal(kill('On 5 May 2020, gunmen raided a village in Kaura, killing 6 villagers. Three of the bandits were later killed by vigilantes.'), 9);
  assert.equal(kill('On 5 May 2020, militants overran a base near Baidoa, killing 6 soldiers. The army said 11 were killed on the militants\' side.'), 17);
  assert.equal(kill('On 5 May 2020, militants attacked a post near Baidoa, killing 5 soldiers. Local sources reported that 3 people were killed in a nearby village.'), 8);
});

test('a death toll of a disease, a disaster or a country is not the incident\'s', () => {
  const [p] = run('On 5 May 2020, around 200 health workers protested in Lagos over unpaid allowances, as the national COVID-19 death toll rose to 58.', '2020-05-05');
  assert.equal(p.fatalities, 0);
});

test('"On Monday, bandits attacked ..." after a lead reported on Wednesday is another incident', () => {
  const text = 'Gunmen killed five villagers in Kaura, Kaduna state, police said on Wednesday. On Monday, bandits attacked a police post in Anka, Zamfara state, killing two officers.';
  const reports = run(text, '2023-05-10');
  assert.equal(reports.length, 2);
  assert.deepEqual(reports.map((r) => r.fatalities), [5, 2]);
});

test('a wire dateline\'s filing day is not the day it happened; the hunt for the attackers and a closing generality add no incident', () => {
  const text = [
    'MAKURDI (Benue, Nigeria), Mar 9 (Agency) — Gunmen attacked a farming village in central Nigeria’s Benue state in the early hours of Wednesday, killing six villagers and injuring four others, police said.',
    'The attackers stormed the village of Ogbadibo at dawn and shot at fleeing residents, a police spokesperson told reporters in Makurdi.',
    'He said a tactical team has been deployed to track down the gunmen.',
    'Attacks by armed groups have plagued the region in recent times.',
  ].join('\n');
  const reports = run(text, '2023-03-09'); // a Thursday
  assert.equal(reports.length, 1);
  assert.equal(reports[0].event_date, '2023-03-08');
  assert.equal(reports[0].fatalities, 6);
});

test('a later sentence whose victims add up to the toll already given breaks it down; an attack "a year ago" is history', () => {
  const text = [
    'Eleven people were killed late Monday when gunmen raided a village in Niger state, officials said on Tuesday.',
    'A local official said the gunmen killed the village head and 10 other residents as they tried to flee.',
    'Nine people were killed in a similar raid on a neighbouring village about a year ago.',
  ].join('\n');
  const reports = run(text, '2023-03-07'); // a Tuesday
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 11);
});

test('a dateline\'s filing day anchors the story\'s weekdays; a place "plagued by" violence is described, not habitual', () => {
  const filed = run('JOS (Plateau, Nigeria), Nov 4 (Agency) -- Gunmen killed five farmers in Plateau state on Monday, police said.', '2020-11-10');
  assert.equal(filed[0]?.event_date, '2020-11-02');
  const described = run('Gunmen killed 5 farmers in Plateau state, a state plagued by banditry, on Monday.', '2020-05-10');
  assert.equal(described.length, 1);
  assert.equal(described[0]!.fatalities, 5);
});

test('an official who narrates the harm in quotes gives the story its day, place and toll; first-person or future speech stays speech', () => {
  const quoted = run('"Four farmers were shot dead by gunmen late on Sunday in Kaura," a police spokesman said.', '2023-03-08'); // a Wednesday
  assert.equal(quoted.length, 1);
  assert.equal(quoted[0].event_date, '2023-03-05');
  assert.equal(quoted[0].fatalities, 4);
  assert.equal(quoted[0].location, 'Kaura');
  const partial = run('A local official said two herders "were killed in the village of Kaura" late on Sunday.', '2023-03-08');
  assert.equal(partial[0].location, 'Kaura');
  assert.equal(partial[0].fatalities, 2);
  assert.deepEqual(run('"We were attacked on Sunday and two of us were killed," one survivor said.', '2023-03-08').map((r) => r.fatalities), []);
});

test('later sentences whose named victims add up to a figure of "people" break it down', () => {
  const [r] = run('Rebels attacked a police post in Borno state on Sunday. Four people were killed. Three policemen died in the guardroom. One cook was also killed by a stray bullet.', '2020-05-01');
  assert.equal(r.fatalities, 4);
  // Not when they add up to less: two more soldiers are more victims.
  const [s] = run('Rebels attacked a police post in Borno state on Sunday. Four people were killed. Two soldiers were also killed.', '2020-05-01');
  assert.equal(s.fatalities, 6);
});

test('a lead that sums up two attacks is no incident of its own: each attack is one', () => {
  const inOne = run('Bandits killed 10 people in two attacks in Zamfara state on Monday, police said. In the first attack, the bandits raided Bungudu and killed six herders. Later that day, another gang of bandits killed four travellers near Maru.', '2020-05-01');
  assert.deepEqual(inOne.map((r) => [r.location, r.fatalities, r.event_date]), [['Bungudu', 6, '2020-04-27'], ['Maru', 4, '2020-04-27']]);
  // The attacks told as incidents of their own: the lead goes when their tolls add up to its toll.
  const apart = run('Bandits killed 10 people in two attacks in Zamfara state, police said on Tuesday.\nOn Monday, the bandits raided Bungudu and killed six herders. Separately, bandits killed four travellers near Maru on Sunday.', '2020-05-01');
  assert.deepEqual(apart.map((r) => [r.location, r.fatalities]), [['Bungudu', 6], ['Maru', 4]]);
});

test('an earlier happening told in an aside ("whose son was abducted last week") neither dates nor splits the incident', () => {
  const reports = run('Gunmen shot dead a district head in Kaduna state on Thursday. The district head, whose son was abducted two weeks ago, was attacked on his farm in Kajuru.', '2020-05-01');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].event_date, '2020-04-30');
  assert.equal(reports[0].location, 'Kajuru');
});

test('"the bodies of ... were found" is an attack by unknown men on civilians; "has been fighting ... for months" is no part of it', () => {
  const reports = run('The bodies of four men were found near Damboa in Borno state on Friday, residents said. The army has been fighting insurgents in the area for months.', '2020-05-04');
  assert.equal(reports.length, 1);
  const [r] = reports;
  assert.equal(r.event_type, 'Violence against civilians');
  assert.equal(r.sub_event_type, 'Attack');
  assert.equal(r.actor1, 'Unidentified Armed Group (Nigeria)');
  assert.equal(r.actor2, 'Civilians (Nigeria)');
  assert.equal(r.time_precision, 2);
  assert.equal(r.fatalities, 4);
});

test('a relative clause that tells an earlier attack ("where a truck bomber killed 30 people last month") adds neither its toll nor its date', () => {
  const reports = run('A suicide car bomber struck a busy market in Kirkuk on Friday, killing nine people, police and hospital officials said. The attack hit the same market where a truck bomber killed 30 people last month.', '2020-05-03');
  assert.equal(reports.length, 1);
  const [r] = reports;
  assert.equal(r.fatalities, 9);
  assert.equal(r.event_date, '2020-05-01');
  assert.equal(r.sub_event_type, 'Suicide bomb');
  // The police are among those who reported it, not a party.
  assert.doesNotMatch(r.actor2 ?? '', /Police/);
  const [s] = run('Gunmen attacked a village in the district where 40 students were abducted in March, killing six people on Sunday.', '2020-05-04');
  assert.equal(s.event_date, '2020-05-03');
  assert.equal(s.fatalities, 6);
});

test('a threat ("shouted that they would rape") is no sexual violence; "a reprisal for another attack in March" is history', () => {
  const text = 'Gunmen attacked a village in Zamfara state on Sunday, killing 11 people. Some of the gunmen shouted that they would rape the women. Police said the raid was a reprisal for another village attack in March.';
  const reports = run(text, '2020-05-05');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].sub_event_type, 'Attack');
  assert.equal(reports[0].fatalities, 11);
});

test('a lead in the present perfect with an irregular participle ("has been left in mourning") is dated by the next sentence, not a second event', () => {
  const text = 'A farming town in Zamfara state has been left in mourning after gunmen killed eight farmers. According to Reuters, police confirmed the incident, which took place in Maradun on Saturday, when gunmen on motorbikes opened fire as residents fled.';
  const reports = run(text, '2020-05-05');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].event_date, '2020-05-02');
  // "According to Reuters, police confirmed the incident": the police report it.
  assert.doesNotMatch(reports[0].actor1, /Police/);
});

test('a dateline from a regional hub gives way to the country the lead names; its credit is no place', () => {
  const [a] = run('NIAMEY, Niger (AP) — Burkina Faso’s government says at least 40 civilians were killed by gunmen in an attack on a village in Yagha province on Friday.', '2021-06-05');
  assert.equal(a!.country, 'Burkina Faso');
  assert.equal(a!.admin1, 'Sahel');
  const [b] = run('DAKAR, Senegal (AP) — Jihadists killed 12 soldiers in an attack on an army post in central Mali on Tuesday.', '2021-06-02');
  assert.equal(b!.country, 'Mali');
  // "(AP)" is the agency, not Andhra Pradesh.
  const [c] = run('BEIRUT (AP) — Government forces shelled a village in Idlib province on Tuesday, killing six civilians.', '2021-06-02');
  assert.equal(c!.country, 'Syria');
  assert.equal(c!.location, 'Idlib');
});

test('a lead summing up two airstrikes: each strike its own incident, by the lead\'s attacker', () => {
  const text = 'Twelve civilians were killed in two airstrikes by the Saudi-led coalition in Saada province on Sunday. Planes bombed a house in the town of Dahyan, killing nine residents. A second airstrike hit a car carrying civilians, killing three.';
  const reports = run(text, '2020-05-04');
  assert.deepEqual(reports.map((r) => r.fatalities), [9, 3]);
  for (const r of reports) {
    assert.equal(r.sub_event_type, 'Air/drone strike');
    assert.equal(r.actor1, 'Operation Restoring Hope');
    assert.equal(r.actor2, 'Civilians (Yemen)');
  }
});

test('the outlet a group runs reports; the group is no party and its name no target', () => {
  for (const text of [
    'The rebel-controlled Saba news agency said coalition warplanes struck a market in Saada province on Monday, killing 14 people.',
    'The Houthi-run Al Masirah TV said Saudi-led warplanes struck a market in Saada province on Monday, killing 14 people.',
  ]) {
    const [r] = run(text, '2020-05-04');
    assert.equal(r!.actor1, 'Operation Restoring Hope', text);
    assert.equal(r!.actor2, 'Civilians (Yemen)', text);
    assert.equal(r!.civilian_targeting, 'Civilian targeting', text);
  }
});

test('who alleges or reports a strike is no party to it; the day a coordinator spoke is not the strike\'s', () => {
  const [a] = run('The Saudi-led coalition on Wednesday denied that an air strike it carried out in Saada province had killed civilians, as alleged by Houthi authorities.', '2020-07-15');
  assert.equal(a!.actor1, 'Operation Restoring Hope');
  assert.notEqual(a!.actor2, 'Military Forces of Yemen (2016-) Supreme Political Council');
  const [b] = run('A coalition air strike killed 12 civilians in Saada province on Monday, the United Nations humanitarian coordinator for Yemen said on Tuesday.', '2020-07-15');
  assert.equal(b!.actor1, 'Operation Restoring Hope');
  assert.equal(b!.actor2, 'Civilians (Yemen)');
  const [c] = run('The United Nations humanitarian coordinator for Yemen said on Tuesday that at least 12 civilians were killed in strikes on a vehicle in Saada on Monday.', '2020-07-15');
  assert.notEqual(c!.actor1, 'UN: United Nations');
  assert.equal(c!.event_date, '2020-07-13');
  // Peacekeepers attacked, and an organisation's spokesman telling of its own strike, stay parties.
  const [d] = run('Gunmen attacked a United Nations convoy near Kidal on Monday, killing two peacekeepers.', '2020-07-15');
  assert.equal(d!.actor2, 'UN: United Nations');
  const [e] = run('A NATO spokesman said its aircraft struck a Taliban compound in Helmand on Monday, killing eight fighters.', '2020-07-15');
  assert.match(e!.actor1, /^NATO/);
});

test('review: claims stay with the claimant, a force reporting its own strike stays its author, and the dateline country stays when the lead\'s places lie in it', () => {
  const [a] = run('A suicide bomber killed 10 people at a mosque in Kabul on Sunday. The attack was claimed by the Islamic State.', '2020-05-04');
  assert.match(a!.actor1, /^Islamic State/);
  const [b] = run('NATO officials said an airstrike killed 10 Taliban fighters in Helmand, Afghanistan, on Sunday.', '2020-05-04');
  assert.match(b!.actor1, /^NATO/);
  const [c] = run('KABUL, Afghanistan (AP) — A Taliban attack killed 10 policemen in northern Kunduz province on Sunday as U.S. and Taliban negotiators met in Qatar.', '2020-05-04');
  assert.equal(c!.country, 'Afghanistan');
  const [d] = run('BAMAKO, Mali (AP) — Suspected jihadists killed 7 soldiers near Menaka on Sunday, France\'s military said.', '2020-05-04');
  assert.equal(d!.country, 'Mali');
  const [e] = run('A suicide bomber attacked the Kandahar TV station in Afghanistan on Sunday, killing 3 journalists.', '2020-05-04');
  assert.equal(e!.location, 'Kandahār');
});

test('review: a later day in another happening\'s clause does not date the incident', () => {
  const [a] = run('Police said on Tuesday that gunmen killed five farmers in Zamfara state, Nigeria, who had returned to their village on Sunday.', '2020-05-08');
  assert.equal(a!.event_date, '2020-05-05');
  const [b] = run('The Nigerian army said on Tuesday that it killed 12 militants in Borno state, in retaliation for an attack on Sunday.', '2020-05-08');
  assert.equal(b!.event_date, '2020-05-05');
});

test('review: a summary lead whose first armed actor was harmed lends no attacker to its incidents', () => {
  const text = '10 soldiers were killed in two attacks on Nigerian army bases in Borno state on Sunday. In the first attack, a base in Marte was overrun, killing six. In the second attack, a convoy was ambushed near Dikwa, killing four.';
  for (const r of run(text, '2020-05-04')) assert.doesNotMatch(r.actor1, /^Military Forces of Nigeria/);
});

test('"their village" after the victims is theirs: the police who report it stay its source', () => {
  const [r] = run('Police said on Tuesday that gunmen killed five farmers in Zamfara state, Nigeria, who had returned to their village on Sunday.', '2020-05-08');
  assert.equal(r!.event_type, 'Violence against civilians');
  assert.equal(r!.actor2, 'Civilians (Nigeria)');
});

test('a force that says others attacked its positions is the one attacked', () => {
  for (const text of ['The army said militants attacked its positions near Mopti on Sunday.', 'The army said militants attacked them near Mopti on Sunday.']) {
    const [r] = run(text, '2020-05-08');
    assert.equal(r!.event_type, 'Battles', text);
    assert.equal(r!.actor1, 'Unidentified Armed Group (Mali)', text);
    assert.match(r!.actor2, /^Military Forces of Mali/, text);
  }
});
