// Wire stories whose later paragraphs repeat the toll, set the scene or give statistics: a toll
// given again is the same incident, "Tuesday's attack" after background is the same incident,
// "hard hit" regions, trends in percent, fears and efforts "to curb attacks" are no incidents.
// Also two toll readings that wire copy needs: a figure right after a dateline in capitals and
// "a cattle herder" (a person noun after a livestock word).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentToll } from '../../src/extract/assemble/tolls.ts';
import { analyse } from './helpers.ts';

function incidents(text: string, published: string) {
  const doc = analyse(text, published);
  return doc.segments.map((seg, k) => ({ date: seg.date?.value.date ?? null, killed: segmentToll(doc, seg, 'killed', doc.segments[k + 1]).best }));
}

test('a toll given again after a quoted account is the same incident, not another', () => {
  const story = [
    'Armed men opened fire at a weekly market in a northern village on Wednesday, killing at least 14 traders, a regional official said.',
    '"The assailants came on motorbikes and shot at everyone in sight," the official told reporters.',
    '"According to a provisional count, about 14 people have been killed and many more wounded."',
  ].join(' ');
  assert.deepEqual(incidents(story, '2024-06-07'), [{ date: '2024-06-05', killed: 14 }]);
});

test('the same figure in another place, or with "another", after background is not a restatement', () => {
  const background = 'Attacks by armed groups killed more than 2,000 people in the region last year.';
  const other = ['Gunmen killed five farmers near Kouka on Monday, residents said.', background, 'Police said five people were killed in Sabou in a shooting.'].join('\n\n');
  assert.equal(incidents(other, '2024-06-05').length, 2);
  const more = ['Militants killed six soldiers in an ambush on a convoy on Sunday, the army said.', background, 'Another six soldiers were killed when a bomb hit a patrol.'].join('\n\n');
  assert.equal(incidents(more, '2024-06-04').length, 2);
  const same = ['Militants killed six soldiers in an ambush on a convoy on Sunday, the army said.', background, 'The army said six soldiers were killed.'].join('\n\n');
  assert.equal(incidents(same, '2024-06-04').length, 1);
});

test('"Tuesday\'s attack" after background paragraphs is the incident of that Tuesday', () => {
  const story = [
    'Suspected jihadists raided a hamlet in the east on Tuesday, killing nine villagers, the provincial governor said.',
    'Attacks by armed groups killed more than 1,500 people in the country last year.',
    'The east has been particularly hard hit, with attacks up nearly 60 percent this year compared with last, a monitoring group says.',
    'Residents of the nearby town, where thousands of displaced people have sought shelter, worry the fighting is coming closer.',
    "Tuesday's attack was only 20 kilometres from the town.",
  ].join('\n\n');
  assert.deepEqual(incidents(story, '2024-03-14'), [{ date: '2024-03-12', killed: 9 }]);
});

test('efforts "to curb attacks" and a state of emergency "since March" are no incident', () => {
  const story = [
    'Gunmen killed 21 farmers working in their fields on Thursday, the governor said on Saturday.',
    'Much of the region has been under a state of emergency since March as the authorities seek to curb militant attacks.',
    'The governor said 21 people were killed in the raid.',
  ].join(' ');
  assert.deepEqual(incidents(story, '2024-05-11'), [{ date: '2024-05-09', killed: 21 }]);
});

test('a figure right after a wire dateline in capitals is a toll; a clock time is not', () => {
  assert.deepEqual(incidents('NIAMEY: Seven soldiers were killed when their patrol hit a mine on Sunday, the army said.', '2024-02-06'), [{ date: '2024-02-04', killed: 7 }]);
  const time = incidents('Gunmen attacked the checkpoint at 10:30 on Sunday and killed a soldier, police said.', '2024-02-06');
  assert.equal(time[0]?.killed, 1);
});

test('"a cattle herder" is a person; "40 cattle" are not', () => {
  assert.equal(incidents('Bandits killed a cattle herder near the river on Monday, residents said.', '2024-02-06')[0]?.killed, 1);
  assert.equal(incidents('Bandits stole 40 cattle and killed two herders on Monday, residents said.', '2024-02-06')[0]?.killed, 2);
});

test('"the attack came two days after another attack ... where 30 were killed" tells an earlier incident of its own', () => {
  const story = [
    'At least 12 villagers were killed in an overnight raid in the east, local sources said on Sunday.',
    'The raid came two days after another attack blamed on the same rebels on Friday in two hamlets nearby, where at least 30 people were killed.',
  ].join('\n\n');
  const got = incidents(story, '2024-09-15');
  assert.equal(got.length, 2);
  assert.deepEqual(got.map((g) => g.killed).sort((a, b) => a - b), [12, 30]);
  assert.ok(got.some((g) => g.date === '2024-09-13' && g.killed === 30));
  const later = incidents('Rebels burned a clinic in a mining town on Monday, residents said. The latest attack comes only days after the rebels killed 11 people in a nearby village on Friday.', '2024-09-17');
  assert.deepEqual(later.find((g) => g.date === '2024-09-13')?.killed, 11);
});

test('"N civilians died" is a past happening; a total said again is no further victims', () => {
  const story = [
    '17 civilians died in an attack on a fishing camp, according to local officials.',
    'A district official put the "provisional death toll" at 18.',
    'A rights group said that of the 18 killed, 6 were children.',
  ].join('\n\n');
  assert.deepEqual(incidents(story, '2024-09-17').map((g) => g.killed), [18]);
});

test('a later source\'s higher count of "civilians" after "people" is a rival figure for the same dead', () => {
  const story = [
    'At least seven people were killed when rebels raided a farming village overnight, military sources said on Tuesday.',
    'A civil society leader reported at least 11 civilians killed in the area, adding that searches were still going on.',
  ].join('\n\n');
  const doc = analyse(story, '2024-09-17');
  assert.equal(doc.segments.length, 1);
  const toll = segmentToll(doc, doc.segments[0]!, 'killed');
  assert.equal(toll.best, 7);
  assert.ok(toll.max >= 11, `max ${toll.max}`);
});

test('a breakdown that adds up to the lead\'s toll, after quotes and descriptions, is the same fight', () => {
  const story = [
    'At least 12 people were killed on Saturday after insurgents attacked an army outpost in the south.',
    'The outpost, near a river crossing, was briefly overrun by the attackers, officials said.',
    'The fighters used two truck bombs to breach the walls, an officer told reporters.',
    'He spoke on condition of anonymity.',
    '"They came at dawn," the officer said.',
    'Five soldiers and seven insurgents were killed in the fighting, he said.',
  ].join('\n\n');
  assert.deepEqual(incidents(story, '2024-03-23').map((g) => g.killed), [12]);
});

test('a day told before the first incident dates it; "in recent months" and "assault rifles" do not', () => {
  const story = [
    'Troopers drove into the hills to serve an arrest warrant. They were in four trucks.',
    'Dozens of gunmen were lying in wait for them on Sunday, prosecutors said.',
    'Officials said the gunmen fired on the convoy with assault rifles.',
    'Nine troopers were killed and six others were wounded.',
    'The ambush came in a region where violence has surged in recent months.',
  ].join('\n\n');
  const doc = analyse(story, '2024-04-16');
  assert.equal(doc.segments.length, 1);
  assert.equal(doc.segments[0]!.date?.value.date, '2024-04-14');
  assert.equal(doc.segments[0]!.date?.value.precision, 1);
});

test('a "months-long crisis" of lootings and killings is background, not another incident', () => {
  const story = [
    'Paramilitary fighters killed at least 40 people in a farming village on Friday, activists said.',
    'The province has already faced a months-long crisis in which residents said the fighters had looted homes and killed dozens of civilians.',
  ].join('\n\n');
  assert.deepEqual(incidents(story, '2024-10-26').map((g) => g.killed), [40]);
});

test('"praised the officers killed in X" names victims already told; "came days after" has no day of its own', () => {
  const story = [
    'Militants armed with rifles attacked a police post overnight in the northwest, killing four officers, police said on Thursday.',
    'Officers returned fire at the post in Dara, a district in the province.',
    'The latest assault came days after two gunmen stormed a court in the provincial capital, killing two guards.',
    'The interior minister on Thursday praised the officers killed in Dara for their courage.',
  ].join('\n\n');
  const doc = analyse(story, '2025-03-06');
  assert.equal(doc.segments.length, 2);
  const court = doc.segments[1]!;
  assert.notEqual(court.date?.value.precision, 1);
  assert.equal(segmentToll(doc, court, 'killed').best, 2);
});

test('background paragraphs between an incident\'s sentences give it no type, actor or place', async () => {
  const { extractReports } = await import('../../src/extract/index.ts');
  const { loadDefaultGazetteer } = await import('../../src/geo/index.ts');
  const story = [
    'Gunmen on motorbikes killed seven farmers in a village near Dori on Tuesday, a local official said.',
    'Last year, soldiers and jihadists fought for weeks around Djibo, where hundreds of fighters were killed.',
    'The region has been particularly hard hit, with attacks up nearly 60 percent this year, a monitoring group says.',
    "Tuesday's attack was the third in the area this month.",
  ].join('\n\n');
  const reports = extractReports({ document_id: 'bg', text: story, published: '2024-03-14' } as never, { gazetteer: loadDefaultGazetteer() } as never);
  assert.equal(reports.length, 1);
  const r = reports[0]!;
  assert.equal(r.event_type, 'Violence against civilians');
  assert.equal(r.fatalities, 7);
  assert.equal(r.location, 'Dori');
  assert.ok(!/Djibo|soldiers|jihadists/.test(r.notes), r.notes);
});

test('a calendar day inside an official\'s quoted account dates the incident reported later', () => {
  const story = [
    'Armed attackers killed at least 25 herders in the north, the regional governor said on Saturday.',
    '"On the evening of Wednesday, May 10, the hamlet of Bora suffered a cowardly attack," the governor said in a statement.',
    '"Tonight we will bury them," a relative said.',
  ].join(' ');
  const doc = analyse(story, '2023-05-13');
  assert.equal(doc.segments.length, 1);
  assert.equal(doc.segments[0]!.date?.value.date, '2023-05-10');
});

test('"six in X, another six in Y and three in Z" reads each figure, and parts that add up restate the total', () => {
  const story = [
    'Twelve civilians were killed in the region by artillery fire on Tuesday, the governor said.',
    'Five people were killed in Aldor, another four in Brevik and three in Castel, he explained.',
    'The shelling has intensified in recent days.',
  ].join('\n\n');
  assert.deepEqual(incidents(story, '2024-06-05').map((g) => g.killed), [12]);
  const doc = analyse('Gunmen killed four villagers in Kaura, and 30 in Zangon hid in the bush.', '2024-06-05');
  assert.deepEqual(doc.tolls.map((t) => t.value.best), [4]);
});

test('the sentences from the inherited day on set the scene: their gunmen are the attackers', async () => {
  const { extractReports } = await import('../../src/extract/index.ts');
  const { loadDefaultGazetteer } = await import('../../src/geo/index.ts');
  const story = [
    'Troopers drove into the hills to serve an arrest warrant. They were in four trucks.',
    'Dozens of gunmen were lying in wait for them on Sunday, prosecutors said.',
    'Officials said the gunmen fired on the convoy.',
    'Nine troopers were killed and six others were wounded.',
  ].join('\n\n');
  const reports = extractReports({ document_id: 'lead', text: story, published: '2024-04-16' } as never, { gazetteer: loadDefaultGazetteer() } as never);
  assert.equal(reports.length, 1);
  assert.equal(reports[0]!.event_date, '2024-04-14');
  assert.match(reports[0]!.actor1, /^Unidentified Armed Group/);
});

test('"a surge in gang attacks that began on Feb. 29" is a statistic, and its day dates no later incident', () => {
  const story = [
    'Gangs attacked two neighbourhoods of the capital early Monday in a rampage that left at least 12 people dead.',
    'Gunmen looted homes before sunrise. The neighbourhoods had stayed calm despite a surge in violent gang attacks across the city that began on Feb. 29.',
  ].join('\n\n');
  const got = incidents(story, '2024-03-18');
  assert.deepEqual(got, [{ date: '2024-03-18', killed: 12 }]);
});

test('blanked background leaves no long run of spaces (look-behind patterns went quadratic on them) and no filler in the notes', async () => {
  const { ownView } = await import('../../src/extract/assemble/own-view.ts');
  const story = [
    'Gunmen on motorbikes killed seven farmers in a village near Dori on Tuesday, a local official said.',
    'Last year, soldiers and jihadists fought for weeks around Djibo, where hundreds of fighters were killed. '.repeat(20).trim(),
    "Tuesday's attack was the third in the area this month.",
  ].join('\n\n');
  const doc = analyse(story, '2024-03-14');
  assert.equal(doc.segments.length, 1);
  const view = ownView(doc, doc.segments[0]!, doc.places).doc;
  assert.notEqual(view.text, doc.text);
  assert.equal(view.text.length, doc.text.length);
  assert.ok(!/\s{5,}/.test(view.text.slice(doc.segments[0]!.start, doc.segments[0]!.end)));
});
