// A place's name that only names an actor ("Sinaloa cartel gunmen", "Misrata forces") is no scene:
// the event is placed where the text says it happened. Sentences written for the test; the
// default gazetteer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const scene = (text: string) => locateEvent(findPlaces(text, gz, {}), { start: 0, end: text.length })?.place?.name;

test('a cartel named after a state or a city is no place of the event', () => {
  assert.equal(scene('Sinaloa cartel gunmen killed three police officers in Caborca.'), 'Heroica Caborca');
  assert.equal(scene('Remnants of the Cali cartel were arrested in Bogota.'), 'Bogotá');
  assert.equal(scene('Cali cartel remnants were arrested in Bogota.'), 'Bogotá');
});

test("a force named after its town is from there; the scene is named after 'in'", () => {
  assert.equal(scene('Misrata forces clashed with rival fighters in Sirte.'), 'Sirte');
  assert.equal(scene('Kaduna police arrested five suspects in Zaria.'), 'Zaria');
});

test('the actor\'s town is still the answer when no other place is named, or when the text is set there', () => {
  assert.equal(scene('Misrata forces clashed with rival fighters on Monday.'), 'Mişrātah');
  assert.equal(scene('Gunmen attacked a Kaduna police station, killing two officers.'), 'Kaduna');
});
