// Misfires a read-only review found in this session's new rules, written as sentences that only
// look like each rule's target: they must keep the reading they had before the rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const gazetteer = loadDefaultGazetteer();
function run(text: string, published = '2024-05-10') {
  return extractReports({ document_id: 'r20', text, published } as never, { gazetteer } as never);
}
const brief = (text: string) => run(text).map((r) => `${r.event_type}/${r.fatalities}`);

test('"the gunmen killed at least 12" is the act, not victims named again', () => {
  assert.deepEqual(brief('The gunmen killed at least 12 villagers in Kauru on Sunday, police said.'), ['Violence against civilians/12']);
  assert.equal(run('Villagers said armed men arrived at night. Then the bandits came. The bandits killed at least 12 people, a local leader said.').length, 1);
});

test('"years-long conflict", "months-long siege", "worried", "fearing" do not reject the act', () => {
  assert.deepEqual(brief('Gunmen killed five farmers in Kauru, the latest violence in a years-long conflict between herders and farmers.'), ['Violence against civilians/5']);
  assert.deepEqual(brief('Troops broke a months-long siege of the town of Djibo, killing 12 militants, the army said.'), ['Battles/12']);
  assert.equal(run('Fearing reprisals, residents fled after bandits killed 8 people in Maru on Sunday.').length, 1);
  assert.equal(run('Residents, worried about insecurity, blocked the Kaduna-Abuja highway on Monday to protest the killings.').length, 1);
});

test('"came after midnight" and "the protest came after" open no other incident', () => {
  assert.deepEqual(brief('Gunmen killed 7 people in Kauru on Sunday. The attack came after midnight, when the gunmen stormed the village and opened fire on residents.'), ['Violence against civilians/7']);
  assert.equal(run('The protest came after police killed a student in Nairobi on Monday.').length, 1);
});

test('attackers killed are no rival figure for the victims; a statistic by "the army also" stays one', () => {
  assert.deepEqual(brief('At least nine people were killed when gunmen attacked a village in Bokkos on Monday. The army later reported 14 attackers killed as troops pursued the gunmen.'), ['Violence against civilians/23']);
  assert.equal(run('The army also said militants had carried out 36 attacks on its positions in the province in April.').length, 0);
});

test('a quoted day without violence in the quote dates nothing', () => {
  const r = run('Gunmen killed seven people in a village near Djibo, residents said on Wednesday. "The soldiers left on May 5 and since then we have been alone," a resident said.');
  assert.equal(r[0]?.event_date, '2024-05-08');
});

test('"After a suicide bomber killed 15 ...": the article is no toll; floods are no attack', () => {
  assert.equal(run('After a suicide bomber killed 15 people at a market in Maiduguri on Monday, police arrested two suspects on Tuesday.')[0]?.fatalities, 15);
  assert.ok(!run('After floods killed 20 people in Maiduguri on Saturday, residents protested on Monday over the slow government response.').some((r) => r.event_type === 'Violence against civilians'));
});

test('an arrest on a day and for a deed of its own, a passive "were blocked", mishaps and titles', () => {
  assert.ok(run('Thousands rallied in Dhaka on Friday. One woman was arrested on Thursday for posting about the rally.').every((r) => r.sub_event_type === 'Peaceful protest'));
  assert.ok(!run('Hundreds of truck drivers were blocked at Malaba on Monday after the border was closed.').some((r) => r.event_type === 'Protests'));
  assert.ok(!/Unidentified/.test(run('Two policemen were killed on Monday when their patrol car overturned near Peshawar.')[0]?.actor1 ?? ''));
  assert.ok(!/Unidentified/.test(run('A soldier was killed on Monday in Djibo when he accidentally detonated a grenade.')[0]?.actor1 ?? ''));
  assert.equal(run("Protesters burned the Home Minister's effigy in Dhaka on Monday.")[0]?.actor2, '');
});

test('"a fighter jet" is an aircraft, not an unidentified armed fighter', () => {
  const r = run('A fighter jet dropped three bombs on a village in Sagaing on Tuesday, killing ten civilians, residents said.', '2023-06-28');
  assert.ok(!/Unidentified Armed Group/.test(r[0]?.actor2 ?? ''));
  assert.match(run('Fighters attacked an army post near Djibo on Tuesday, killing two soldiers.', '2023-06-28')[0]?.actor1 ?? '', /^Unidentified Armed Group/);
});
