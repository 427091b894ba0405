// A country's name before a word for a person is the person's nationality ("its New Zealand
// pilot"), weak evidence of where the event is, as a demonym is. Sentences written for the test;
// the default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, inferCountry, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const country = (text: string) => inferCountry(text, findPlaces(text, gz, {}));

test("a foreigner's nationality does not move the event to the foreigner's country", () => {
  assert.equal(country('A helicopter with its New Zealand pilot made an emergency landing in Paro after an engine fault.'), 'BTN');
  assert.equal(country('Two Canada nationals were abducted by gunmen near Kidal.'), 'MLI');
  assert.equal(country('A China national was stabbed in Georgetown on Friday.'), 'GUY');
});

test('the name still places the event when it is the scene or the only place', () => {
  assert.equal(country('In New Zealand, pilots went on strike at Auckland airport.'), 'NZL');
  assert.equal(country('Nepal students protested in Kathmandu against fee hikes.'), 'NPL');
  assert.equal(country('A New Zealand pilot was injured in a crash on Monday.'), 'NZL');
});
