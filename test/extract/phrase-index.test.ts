import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseIndex } from '../../src/extract/actors/phrase-index.ts';
import { tokenize } from '../../src/extract/actors/tokens.ts';
import { sortByStart } from '../../src/core/sorted.ts';

// Words remember where they lead from an index's root (PhraseIndex.firstStep); these check that
// the remembered steps give the Map's answers, per index, and follow phrases added later.

test('a word matched before a phrase starting with it was added finds the new phrase', () => {
  const index = new PhraseIndex<string>('norm');
  index.add('river guards', 'guards');
  const tokens = tokenize('The Zembla Marsh fighters crossed the river.');
  assert.equal(index.findAll(tokens).length, 0);
  index.add('Zembla Marsh fighters', 'zembla');
  const hits = index.findAll(tokenize('The Zembla Marsh fighters crossed the river.'));
  assert.deepEqual(hits.map((h) => [h.first, h.last, h.value]), [[1, 3, 'zembla']]);
});

test('two indexes keep their own first steps for the same word', () => {
  const byNorm = new PhraseIndex<string>('norm');
  const byStem = new PhraseIndex<string>('stem');
  byNorm.add('shelled positions', 'norm-hit');
  byStem.add('shelling', 'stem-hit');
  const tokens = tokenize('Artillery shelled positions near the ford.');
  assert.deepEqual(byNorm.matchAt(tokens, 1), { first: 1, last: 2, value: 'norm-hit' });
  assert.deepEqual(byStem.matchesAt(tokens, 1).map((h) => h.value), ['stem-hit']);
  assert.equal(byNorm.matchAt(tokens, 0), null);
  assert.deepEqual(byStem.matchesAt(tokens, 0), []);
});

test("a possessive first word still names its bearer", () => {
  const index = new PhraseIndex<string>('norm');
  index.add('Zembla', 'zembla');
  const tokens = tokenize("Zembla's fighters advanced.");
  assert.deepEqual(index.matchAt(tokens, 0), { first: 0, last: 0, value: 'zembla' });
});

test('sortByStart orders spans as a stable sort by start, and leaves an ordered list as it is', () => {
  const a = { start: 5, id: 'a' };
  const b = { start: 1, id: 'b' };
  const c = { start: 5, id: 'c' };
  const d = { start: 3, id: 'd' };
  assert.deepEqual(sortByStart([a, b, c, d]).map((x) => x.id), ['b', 'd', 'a', 'c']);
  const ordered = [b, d, a, c];
  assert.equal(sortByStart(ordered), ordered);
  assert.deepEqual(ordered.map((x) => x.id), ['b', 'd', 'a', 'c']);
  assert.deepEqual(sortByStart([]), []);
});

test('a document read again after a slice of it keeps its tokens (no second scan)', () => {
  const text = 'Protesters marched against the Zembla Marsh Brigade in the capital.';
  const whole = tokenize(text);
  const slice = tokenize(text.slice(31, 60));
  assert.equal(slice[0].norm, 'zembla');
  assert.equal(tokenize(text), whole);
  assert.deepEqual(tokenize(text, 31, 60).map((t) => t.norm), ['zembla', 'marsh', 'brigade', 'in', 'the']);
});
