// Two accounts that agree on day, place, type, sides and toll but whose words share nothing
// distinctive are at most proposed (src/merge/score.ts TEXT_APART_BELOW); a short text that says
// too little to compare (fewer than three content words) is no evidence either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFields, variant } from './fields.ts';
import { describe, scorePair, TEXT_APART_BELOW, WHO_CONFLICT_CAP } from '../../src/merge/score.ts';
import { ATTACH_AT } from '../../src/merge/place.ts';

/** An invented clash in a test town; variations below. */
const base = eventFields();
const v = variant(base);

test('everything agrees but the words: proposed, not merged, and the record says why', () => {
  const other = v({ notes: 'Three soldiers died and eleven were wounded as the army announced a second offensive phase.' });
  const m = scorePair(other, base);
  assert.ok(m.parts.text! < TEXT_APART_BELOW, `text ${m.parts.text}`);
  assert.equal(m.apart, 'text');
  assert.ok(m.score <= WHO_CONFLICT_CAP && m.score < ATTACH_AT, `score ${m.score}`);
  assert.match(describe(m), / apart:text$/);
});

test('words in common, or too few words to compare, leave the pair to the other parts', () => {
  const retold = v({ notes: 'Haftar forces took the militia headquarters by the harbour in Test Town.' });
  assert.equal(scorePair(retold, base).apart, null);
  assert.ok(scorePair(retold, base).score >= ATTACH_AT);
  const terse = v({ notes: 'Clashes.' });
  assert.equal(scorePair(terse, base).parts.text, null);
  assert.equal(scorePair(terse, base).apart, null);
  assert.ok(scorePair(terse, base).score >= ATTACH_AT);
});
