// Crowds: a state force's building as the place a crowd protested ("outside a police station") names
// no party to the protest; the same building attacked, or a force that acts on the crowd, does. A
// mob that turns on civilians targets them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string) => extractReports({ document_id: 'doc_protest_sites', text, published: '2020-05-01' }, { gazetteer: loadDefaultGazetteer() });

test('a protest outside a police station or in front of police headquarters is the crowd\'s, peaceful', () => {
  for (const text of [
    'On 1 May 2020, about 100 traders and the mayor protested outside a police station in Cherkasy, asking for the markets to reopen.',
    'On 1 May 2020, about 50 people demonstrated in front of the police headquarters in Cherkasy.',
    'On 1 May 2020, relatives of a detained activist staged a sit-in at the army base in Kaduna.',
  ]) {
    const [r] = run(text);
    assert.equal(r!.sub_event_type, 'Peaceful protest', text);
    assert.match(r!.actor1, /^Protesters/, text);
    assert.equal(r!.actor2, '', text);
  }
});

test('the force stays a party when it acts on the crowd or its building is attacked', () => {
  const [a] = run('On 1 May 2020, demonstrators marched to the police headquarters in Cherkasy, where officers arrested five of them.');
  assert.equal(a!.sub_event_type, 'Protest with intervention');
  assert.match(a!.actor2, /^Police Forces of Ukraine/);
  const [b] = run('On 1 May 2020, youths demonstrated in Lunsar against an arrest. The demonstrators threw stones at, and set fire to the police station.');
  assert.equal(b!.event_type, 'Riots');
  assert.match(b!.actor2, /^Police Forces of Sierra Leone/);
  const [c] = run('On 1 May 2020, gunmen opened fire at a police station in Cherkasy after a protest in the town.');
  assert.match(c!.actor2, /^Police Forces of Ukraine/);
});

test('a mob that turns on civilians targets civilians', () => {
  const [r] = run('On 1 May 2020, a mob beat a suspected thief to death in Kampala.');
  assert.equal(r!.sub_event_type, 'Mob violence');
  assert.equal(r!.actor2, 'Civilians (Uganda)');
  assert.equal(r!.civilian_targeting, 'Civilian targeting');
});

test('review: an act on the building or from it after the mention keeps the force a party', () => {
  const [a] = run('On 3 May 2020, residents protesting a killing gathered outside the police station in Kisumu, Kenya, where shots fired from inside the compound killed two of them.');
  assert.match(a!.actor2, /^Police Forces of Kenya/);
  const [b] = run('On 3 May 2020, a crowd marched to the police station in Lagos and set it ablaze.');
  assert.ok([b!.actor1, b!.actor2].some((x) => /^Police Forces of Nigeria/.test(x)));
});
