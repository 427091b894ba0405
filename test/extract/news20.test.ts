// Session 20: misreadings found reading 2022-2025 news through `sitrep extract` (Mexico, DRC),
// each fixed by a general rule. Sentences written for these tests, in the stories' shapes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2024-03-04') => extractReports({ document_id: 'doc_news20', text, published }, { gazetteer: loadDefaultGazetteer() });

test('heavy weapons a gang had with it are no shelling; fired, they are', () => {
  const [a] = run('On Sunday a cartel cell ambushed a state police patrol near Monterrey, killing five officers. The gang had six armored trucks and heavy weapons, officials said.');
  assert.equal(a!.event_type, 'Battles');
  const [b] = run('On Sunday, soldiers who had entered the area fired heavy weapons at the village of Kyauktaw.');
  assert.equal(b!.sub_event_type, 'Shelling/artillery/missile attack');
});

test('a vague toll told again exactly in a "when" clause of the same sentence counts once', () => {
  const [a] = run('On Thursday dozens of people were killed in Lubero when ADF fighters killed nearly 30 villagers with machetes.');
  assert.equal(a!.fatalities, 30);
  // Two groups of victims in one sentence still add up.
  const [b] = run('On Thursday dozens of soldiers and 30 civilians were killed in Lubero.');
  assert.ok(b!.fatalities > 30);
});

test('a figure for several attacks before a dated incident with its own smaller toll is their sum', () => {
  const rs = run('Fourteen people have died in attacks in the Lubero region, officials said. ADF men attacked the village of Kipese late on Tuesday, leaving 10 dead. In a separate attack overnight, four people were killed in Butembo.');
  assert.deepEqual(rs.map((r) => r.fatalities), [10, 4]);
  // More victims told with "also" are no incident of their own: the figure stays.
  const [b] = run('Gunmen killed 20 people in attacks on villages in Zamfara on Sunday. Police said two officers were also killed.');
  assert.equal(b!.fatalities, 22);
});

test('effort words and a cue-less state sentence tell no incident and do not cut the story', () => {
  const rs = run('Gunmen killed at least 20 farmers in Burkina Faso, the regional governor said on Saturday. The region has been under a state of emergency since March as the army seeks to combat militant attacks. "The attackers shot at people working in the fields," he said, adding that the toll was 20 dead.', '2023-05-15');
  assert.equal(rs.length, 1);
  assert.equal(rs[0]!.fatalities, 20);
  assert.equal(rs[0]!.event_date, '2023-05-13');
  // An act told as countered is still an act.
  const [b] = run('On Monday, soldiers killed five militants while countering an attack on a base in Djibo.');
  assert.equal(b!.fatalities, 5);
});

test("the story's own attackers doing more 'as well' is the incident told, not a count of attacks", () => {
  const text = 'At least five soldiers were killed in an assault on an army post in Bannu, officials said on Saturday.\n\nThe assailants rammed an explosives-laden truck into the gate. The militants carried out several suicide bombings as well. Despite resistance by the troops, the attackers got inside.\n\nDuring the clearing operation, four militants were killed.';
  const rs = run(text, '2024-03-16');
  assert.equal(rs.length, 1);
  assert.equal(rs[0]!.fatalities, 9);
});
