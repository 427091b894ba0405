// Spellings of one name that transliteration writes differently must meet in one fold key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldName } from '../../src/geo/normalize.ts';

test('a long vowel written ee folds like i and e ("Qaseem" / "Qasim" / "Qasem")', () => {
  assert.equal(foldName('Kafr Qaseem'), foldName('Kafr Qasim'));
  assert.equal(foldName('Qaseem'), foldName('Qasem'));
  assert.equal(foldName('Sheeba'), foldName('Shiba'));
});
