import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/extract/sentences/split.ts';
import { analyse } from './helpers.ts';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

test('abbreviations, initials and dotted acronyms do not end a sentence', () => {
  const text = 'On Nov. 14, the U.S. State Department spoke. Gen. Haftar replied to J. Smith on Sept. 3. Then it rained.';
  assert.deepEqual(texts(text), ['On Nov. 14, the U.S. State Department spoke.', 'Gen. Haftar replied to J. Smith on Sept. 3.', 'Then it rained.']);
});

test('quotes, exclamations and decimals', () => {
  const text = '“We had to fall back!” a fighter said. The rate rose 3.5 percent. “Deal with it!” the commander said.';
  assert.deepEqual(texts(text), ['“We had to fall back!” a fighter said.', 'The rate rose 3.5 percent.', '“Deal with it!” the commander said.']);
});

test('offsets point into the text and paragraphs are counted', () => {
  const text = 'Headline without a period\n\nFirst sentence here. Second one.\n\nNew paragraph.';
  const s = splitSentences(text);
  assert.equal(s.length, 4);
  assert.deepEqual(s.map((x) => x.paragraph), [0, 1, 1, 2]);
  for (const x of s) assert.equal(text.slice(x.start, x.end).trim(), text.slice(x.start, x.end));
});

test('a headline and a wire dateline are marked as framing', () => {
  const doc = analyse('Drone hits workshop\n\nTRIPOLI, Libya - A drone strike hit a workshop on Tuesday, killing four.', '2019-11-22');
  assert.equal(doc.sentences[0].title, true);
  assert.equal(doc.sentences[1].dateline, 'TRIPOLI, Libya - '.length);
  assert.equal(doc.segments.length, 1);
  assert.equal(doc.text.slice(doc.segments[0].start, doc.segments[0].start + 7), 'A drone');
});
