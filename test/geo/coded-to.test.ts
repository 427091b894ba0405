// A coder's own note in the text, "[coded to X]", names the place the event is coded to: it ranks
// before the places the narration names. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const at = (text: string) => locateEvent(findPlaces(text, gz), { start: 0, end: text.length }, { iso3: 'GRC' })?.text ?? null;

test('the place after "coded to" is the event place', () => {
  assert.equal(at('On Friday, about 300 people marched in Kypseli [coded to Athens-Central Athens] against the arrests.'), 'Athens');
  // Without the note, the neighbourhood named is the place.
  assert.equal(at('On Friday, about 300 people marched in Kypseli against the arrests in Athens.'), 'Kypseli');
});

test('"coded" inside ordinary prose is no coder note', () => {
  // A hyphenated or plain use of the word keeps the narration's own place.
  assert.equal(at('On Friday, 300 people marched in Kypseli behind banners colour-coded in Athens blue.'), 'Kypseli');
  assert.equal(at('On Friday, 300 people marched in Kypseli carrying messages coded in Athens slang.'), 'Kypseli');
  // After a clause break, the coder's note still counts.
  assert.equal(at('On Friday, about 300 people marched in Kypseli, coded at Athens, against the arrests.'), 'Athens');
});

test('the coder\'s note after the event\'s sentence still places the event', () => {
  const text = 'On Friday, a soldier was killed by a landmine on the southern frontline. [Coded to Thessaloniki, the largest city near the line]';
  const span = { start: 0, end: text.indexOf('[') };
  assert.equal(locateEvent(findPlaces(text, gz), span, { iso3: 'GRC' })?.text, 'Thessaloniki');
});
