// Roads named after towns ("the Jalandhar bypass", "the Agra-Mumbai national highway") lie along
// many districts: the place the text names for the event ranks first. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const at = (text: string) => locateEvent(findPlaces(text, gz), { start: 0, end: text.length }, { iso3: 'IND' })?.text ?? null;

test('a bypass named after a town is a road, not the town', () => {
  assert.equal(at('Party workers protested near the Jalandhar bypass in Ludhiana (Punjab) on Friday.'), 'Ludhiana');
});

test('a road between two towns ranks below the district named for the event', () => {
  const text = 'Workers blocked the Agra-Mumbai national highway at Bijasan village (Barwani, Madhya Pradesh).';
  assert.equal(findPlaces(text, gz).find((m) => m.text === 'Agra')?.kind, 'highway', '"national" between the towns and the road');
  assert.equal(at(text), 'Barwani');
});

test('between the two ends of a road, the town before a district of the other name', () => {
  assert.equal(at('Workers clashed with police on the Kurukshetra-Yamunanagar road (Haryana).'), 'Yamunanagar');
});
