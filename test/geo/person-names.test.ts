// Names that are people, not places, in wire prose: a surname after a given name and before a
// spokesman's title or a verb of speech, a name after a rank, a surname between a comma and
// "said", and "An Afghan" (a demonym after an article, which GeoNames also lists as another name
// of the country). Invented fixture gazetteer: test/geo/fixtures/person-names-dump.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'person-names-dump.txt')], defaults: false });
const placed = (text: string) => findPlaces(text, gz, { iso3: 'AFG' }).filter((m) => m.place).map((m) => m.text);

test('"Arif Sharvani, spokesman for the governor": a surname, not the town', () => {
  assert.deepEqual(placed('Gunmen stormed a post in Gazira province, killing four guards. Arif Sharvani, spokesman for the governor, said the fight lasted an hour.'), ['Gazira']);
  assert.deepEqual(placed('Gunmen stormed a post in Gazira province. Karim Sharvani told reporters four guards died.'), ['Gazira']);
});

test('", Sharvani said." and "Lt. Sharvani al-Hadi": a speaker and a ranked name are no places', () => {
  assert.deepEqual(placed('Reinforcements came too late to stop the attack in Gazira province, Sharvani said.'), ['Gazira']);
  assert.deepEqual(placed('Lt. Sharvani al-Hadi told the agency that gunmen opened fire in Gazira province.'), ['Gazira']);
});

test('the town itself is still found where the text writes it as a place', () => {
  assert.deepEqual(placed('Gunmen stormed a checkpoint in Sharvani, killing four guards, officials said.'), ['Sharvani']);
});

test('"An Afghan official": the demonym names no place, though the gazetteer has it as the country', () => {
  assert.deepEqual(placed('An Afghan official says gunmen stormed a post in Gazira province.'), ['Gazira']);
});

test('"Omar Sharvani, a farmer ... Sharvani said": a surname given earlier stays a person when the text comes back to it', () => {
  assert.deepEqual(placed('Gunmen stormed a post in Gazira province. A farmer who saw it, Omar Sharvani, counted the dead.\n\nSharvani said four guards died.'), ['Gazira']);
  // A place named earlier after a verb, not after a given name, is still a place before "said".
  assert.deepEqual(placed('Gunmen stormed a post in Sharvani on Friday. Later, officials in Gazira province said four guards died.'), ['Sharvani', 'Gazira']);
});
