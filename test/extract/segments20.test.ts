// Session 20: two acts told in one sentence, and a lead's per-place figures completed by the next
// sentence. Sentences written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2024-03-04') => extractReports({ document_id: 'doc_segments20', text, published }, { gazetteer: loadDefaultGazetteer() });
const brief = (text: string) => run(text).map((r) => `${r.event_type}/${r.fatalities}/${r.event_date}`);

test('an opening act with its own toll and a protest after it are two events, each with its toll', () => {
  assert.deepEqual(brief('After shelling killed 10 people in the town of Avdiivka, residents protested on Sunday.'), ['Explosions/Remote violence/10/2024-03-03', 'Protests/0/2024-03-03']);
  assert.deepEqual(brief('After RSF shelling killed 10 civilians in El Fasher on Saturday, residents protested on Sunday.'), ['Explosions/Remote violence/10/2024-03-02', 'Protests/0/2024-03-03']);
  assert.deepEqual(brief('On Sunday, after gunmen killed 12 villagers in Bokkos, youths blocked the main highway to Jos.'), ['Violence against civilians/12/2024-03-03', 'Protests/0/2024-03-03']);
});

test('not split: an act referred back to, one long before, or the same attackers going on', () => {
  assert.deepEqual(brief('After the attack that killed 10 people in Bokkos, residents protested on Sunday.'), ['Protests/0/2024-03-03']);
  assert.deepEqual(brief('After gunmen killed 10 people in Bokkos last month, residents protested on Sunday.'), ['Protests/0/2024-03-03']);
  assert.deepEqual(brief('After gunmen killed 10 villagers in Bokkos, they burned 20 houses on Sunday.'), ['Violence against civilians/10/2024-03-03']);
  assert.deepEqual(brief('After gunmen killed 10 villagers in Bokkos, they burned 20 houses and killed two more on Sunday.'), ['Violence against civilians/12/2024-03-03']);
  // Told already with its figure: the opening clause refers back to it.
  assert.equal(run('Gunmen killed 10 villagers in Bokkos on Saturday. After gunmen killed 10 villagers in Bokkos, residents protested on Sunday.').length, 2);
});

test("a lead's per-place figures and another raid told next add up to the lead: one event per place", () => {
  const rs = run('Troops killed 12 people in three raids on Tuesday, five in Jenin and four in Tubas. In another raid in Kafr Qud, three were killed.');
  assert.deepEqual(rs.map((r) => r.fatalities), [5, 4, 3]);
  assert.equal(rs.reduce((a, r) => a + r.fatalities, 0), 12);
  assert.match(rs[2]!.actor1, /^Military Forces of Israel/);
  // Figures that do not add up: the lead stays whole beside the other raid.
  assert.deepEqual(run('Troops killed 12 people in three raids on Tuesday, five in Jenin and four in Tubas. In another raid in Kafr Qud on Wednesday, five were killed.').map((r) => r.fatalities), [12, 5]);
});
