// Names the scanner finds nowhere (unfound-names.ts): a capitalised name written as a place is
// looked up in the document's country by its consonant skeleton, inside the area the text names,
// or anywhere in the country when it is the only place of that skeleton. Hand-written notes; the
// fixture's places are invented (fixtures/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer } from '../../src/geo/index.ts';
import { skeletonOf } from '../../src/geo/name-skeleton.ts';
import { foldName } from '../../src/geo/normalize.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'unfound-dump.txt')], defaults: false });
const placeOf = (text: string, name: string) => {
  const m = findPlaces(text, gz, { iso3: 'SYR' }).find((x) => x.text === name);
  return m?.place ? `${m.place.name}@${m.place.lat}` : null;
};

test('spellings that differ in vowels share a skeleton; different consonants do not', () => {
  for (const [a, b] of [['Ftireh', 'Fatirah'], ['Sfuhen', 'Sfawhun'], ['Tal Samn', 'Tall Samman'], ['Warmahan', 'War Maxan'], ['Goz Beina', 'Qoz Beina']]) {
    assert.equal(skeletonOf(foldName(a!)), skeletonOf(foldName(b!)), `${a} / ${b}`);
  }
  assert.notEqual(skeletonOf(foldName('Hodan')), skeletonOf(foldName('Hamdan')));
});

test('a village spelled otherwise is found in the province named right after it', () => {
  assert.equal(placeOf('On 3 May, regime forces shelled Ftireh in Wadiya using artillery.', 'Ftireh'), 'Fatirah@35.6');
  assert.equal(placeOf('On 3 May, regime forces shelled Ftireh in Nahriya using artillery.', 'Ftireh'), 'Fatirah@36.6');
  assert.equal(placeOf('On 3 May, regime forces shelled Sfuhen in Wadiya using artillery.', 'Sfuhen'), 'Sfuhun@35.62');
});

test('a short skeleton needs a named area; a swapped vowel is another name', () => {
  assert.equal(placeOf('On 3 May, regime forces shelled villages near Ftireh.', 'Ftireh'), null);
  assert.equal(placeOf('On 3 May, regime forces shelled Kirni in Wadiya using artillery.', 'Kirni'), null);
});

test('with no area named, only the one place of that skeleton in the country, near the other places named', () => {
  assert.equal(placeOf('On 2 May, clashes took place in the vicinity of Sharkrak west of Tall Abyad.', 'Sharkrak'), 'Sharakrak@36.4');
  assert.equal(placeOf('On 2 May, clashes took place in the vicinity of Sharkrak and in Qadima.', 'Sharkrak'), null);
  // The fixture lists no country's villages: a name alone in its text is no evidence.
  assert.equal(placeOf('On 2 May, clashes took place in the vicinity of Sharkrak.', 'Sharkrak'), null);
  assert.equal(placeOf('On 2 May, Russian forces patrolled near Tal Samn.', 'Tal Samn'), null);
  assert.equal(placeOf('On 2 May, Russian forces patrolled near Tal Samn in Nahriya.', 'Tal Samn'), 'Tall Samman@36.2');
});

test('a name written with no locating cue is left alone', () => {
  assert.equal(placeOf('On 2 May, the Sharkrak family said nothing.', 'Sharkrak'), null);
});

test('a longer name than the scanner read is still unfound ("Goz Beina" read as "Goz" and "Beina")', () => {
  assert.equal(placeOf('On 2 May, herders attacked farmers in the area of Goz Beina (Nahriya).', 'Goz Beina'), 'Qoz Beina@36.45');
});

test('on a front line the text reports along, the candidate nearest the line', () => {
  const at = (text: string) => findPlaces(text, gz, { iso3: 'UKR' }).find((x) => x.text === 'Yasunivka')?.place?.name ?? null;
  assert.equal(at('On 6 May, the OSCE SMM observed 12 explosions near Yasunivka, Stepova.'), 'Yasynivka');
  // No front in the text: two places of that spelling in the province, no choice.
  assert.equal(at('On 6 May, residents protested near Yasunivka, Stepova.'), null);
});
