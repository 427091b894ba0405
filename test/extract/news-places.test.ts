// Where news-style leads place an event (default gazetteer): the target, not the attacker's
// country; named areas before the capital. Sentences written for these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { findCountryMentions } from '../../src/geo/countries.ts';

const run = (text: string, published = '2024-05-01') => extractReports({ document_id: 'doc_places', text, published }, { gazetteer: loadDefaultGazetteer() });

test('"Russia fired missiles at Kharkiv": the attacker\'s country is not where it happened', () => {
  const [r] = run('Russia fired four missiles at Kharkiv on Monday, killing two people, the governor said.');
  assert.equal(r.country, 'Ukraine');
  assert.equal(r.location, 'Kharkiv');
  assert.equal(r.actor2, 'Civilians (Ukraine)');
  // The attacker is marked as an actor, a few words may stand between; a country that is only
  // talked about is not ("In Russia, drones hit ...": a comma between).
  const actor = (t: string) => findCountryMentions(t).map((m) => !!m.actor);
  assert.deepEqual(actor('Israel has again struck the camp.'), [true]);
  assert.deepEqual(actor('In Russia, drones hit a depot.'), [false]);
  assert.deepEqual(actor('Russia hosted the talks.'), [false]);
  // A state speaking may be the scene's (heldout-parties.test.ts).
  assert.deepEqual(actor('Russia said the talks failed.'), [false]);
});

test('an event placed only in a country is where the next sentence, referring back, says', () => {
  const [r] = run('Soldiers killed eight people in a raid on a village in central Myanmar on Friday, residents said. The village lies in Myingyan township, near the river.');
  assert.equal(r.admin1, 'Mandalay');
  assert.match(r.location, /^Myingyan/);
  // A next sentence about something else is no reference back: the capital stays.
  const [s] = run('Soldiers killed eight people in a raid on a village in central Myanmar on Friday, residents said. Officials in Myingyan denied it.');
  assert.equal(s.location, 'Nay Pyi Taw');
});

test('Sudan\'s Gezira State is known by the name reports use (Al Jazirah in GeoNames)', () => {
  const [r] = run('Paramilitary fighters killed 20 villagers in a village in Gezira State on Tuesday, activists said.');
  assert.equal(r.country, 'Sudan');
  assert.equal(r.geo_precision, 3);
  assert.equal(r.location, 'Al Jazirah');
});
