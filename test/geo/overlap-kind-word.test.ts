// Overlapping names: the longer name wins, a trailing kind word not counted ("Ras Al Ain city" is
// the town Ras Al Ain, not a place indexed as "Al Ain City"). Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces, loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const names = (text: string) => findPlaces(text, gz).map((m) => m.text);

test('a name before a kind word beats a shorter name that ends in that kind word', () => {
  const found = names('A patrol was seen near Ras Al Ain city in the Al-Hasakeh countryside.');
  assert.ok(found.includes('Ras Al Ain'), found.join('|'));
  assert.ok(!found.includes('Al Ain city'), found.join('|'));
});

test('a kind word alone does not beat the name it ends', () => {
  const found = names('Shots were fired in Paletwa Township, Chin State, on Friday.');
  assert.ok(found.includes('Chin State'), found.join('|'));
});
