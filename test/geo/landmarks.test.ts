// Capitalised words that belong to a landmark ("City Hall") or a newspaper's name ("the X
// Chronicle") are no place references, on an invented fixture gazetteer with a village "Hall".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent } from '../../src/geo/index.ts';
import { findCountryMentions } from '../../src/geo/countries.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'landmark-dump.txt')], defaults: false });
const names = (text: string): string[] => findPlaces(text, gz, {}).filter((m) => m.place).map((m) => m.text);
const located = (text: string): string | null => locateEvent(findPlaces(text, gz, {}), { start: 0, end: text.length })?.place?.name ?? null;

test('"City Hall", "Town Hall": a landmark, not the village Hall', () => {
  assert.deepEqual(names('Police cleared a tent camp from a square in front of City Hall on Tuesday.'), []);
  assert.deepEqual(names('Marchers gathered outside Town Hall and then in Calder Bay.'), ['Calder Bay']);
  assert.deepEqual(names('Gunmen robbed a bank in Hall on Monday.'), ['Hall']);
});

test('a newspaper named after a city ("the Ferrona Chronicle") is not where the event happened', () => {
  const text = 'Riot police cleared the camp in front of City Hall in Calder Bay on Tuesday, the Ferrona Chronicle reported.';
  assert.deepEqual(names(text), ['Calder Bay']);
  assert.equal(located(text), 'Calder Bay');
  assert.equal(located('Riot police cleared the camp in front of City Hall, the Ferrona Chronicle reported.'), null);
  assert.equal(located('Scuffles broke out in the evening, Ferrona Times reported.'), null);
  // The city itself, and a press word that is no newspaper's name, stay places.
  assert.deepEqual(names('Hundreds marched in Ferrona on Monday; the Ferrona Post office was closed.'), ['Ferrona', 'Ferrona']);
  assert.deepEqual(names('Traders in Ferrona told reporters the market had reopened.'), ['Ferrona']);
});

test('a newspaper named after a country ("the Kenya Times") is no country mention', () => {
  assert.deepEqual(findCountryMentions('Two people died in the clash, the Kenya Times reported.'), []);
  assert.deepEqual(findCountryMentions('According to the Korea Herald, no one was hurt.'), []);
  assert.equal(findCountryMentions('Two people died in Kenya, officials said.')[0]?.iso3, 'KEN');
});

test('"a Ferrona-based group" names where the group lives, not where the event happened', () => {
  assert.equal(located('A Ferrona-based rights group said police beat two protesters in Calder Bay.'), 'Calder Bay');
  assert.equal(located('Police beat two protesters, a Ferrona-based rights group said.'), null);
  assert.equal(located('Police beat two protesters in Ferrona, a rights group said.'), 'Ferrona');
});

test('a road named by its two ends ("the Arden-Calder road") weighs neither end as the place', async () => {
  const { thingsNamed } = await import('../../src/geo/span-weights.ts');
  const text = 'Rioters blocked the Arden-Calder road in the town of Hall.';
  const span = (word: string, kindAfter: string) => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, text: word, key: word.toLowerCase(), foldedKey: word.toLowerCase(), ids: [], alt: [], fold: false, cueBefore: '', kindAfter, sentenceStart: false, commonWord: false, adminSlot: false, inCapRun: false, partisan: false, actorAfter: false };
  };
  assert.deepEqual(thingsNamed([span('Arden', 'road'), span('Calder', 'road'), span('Hall', '')], [2, 2, 2], text), [1, 1, 2]);
  assert.deepEqual(thingsNamed([span('Calder', 'road')], [2], 'Rioters blocked the Calder road.'), [2]);
});
