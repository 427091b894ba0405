// The number stages' tokenizer reads each token with a sticky pattern at the characters a token
// can start with; this checks it finds exactly the tokens of a global scan with the same pattern.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, type Tokens } from '../../src/extract/numbers/tokens.ts';

const PATTERN = /\d+(?:-[A-Za-z]+)+|\d+(?:,\d{3})+(?!\d)|\d+|[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*(?:-\d+)?|[-–;:,.()\[\]%"“”]/g;

function byGlobalScan(text: string, offset: number): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const caps: number[] = [];
  for (const m of text.matchAll(PATTERN)) {
    words.push(m[0].toLowerCase().replace(/’/g, "'"));
    starts.push(offset + m.index!);
    ends.push(offset + m.index! + m[0].length);
    caps.push(/^[A-Z]/.test(m[0]) ? 1 : 0);
  }
  return { words, starts, ends, caps };
}

test('number tokens: hyphenated words, digit ranges, thousands and marks', () => {
  const text = 'On 3 May, 1,250 people (twenty-three 23-year-old men) fled 5-10 km; Kilo-7 "ISWAP’s" 1,2345 12,345,6789 × À–ɏ.';
  assert.deepEqual(tokenize(text, 7), byGlobalScan(text, 7));
  assert.deepEqual(tokenize('1,250', 0).words, ['1,250']);
  assert.deepEqual(tokenize('5-10', 0).words, ['5', '-', '10']);
  assert.deepEqual(tokenize('23-year-old', 0).words, ['23-year-old']);
  assert.deepEqual(tokenize('12,345,6789', 0).words, ['12,345', ',', '6789']);
});

test('number tokens: the same as a global scan on generated texts', () => {
  // Every character class the pattern distinguishes, and neighbours of its ranges (ɐ, —, ‘).
  const alphabet = [...'0123456789aZxQ', 'À', 'é', '×', 'ɏ', 'ɐ', '中', "'", '’', '‘', '-', '–', '—', ',', ',', '.', ' ', ' ', ';', ':', '(', ')', '[', ']', '%', '"', '“', '”', '\n', '/', '@', '\u007f', '\u00bf'];
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let n = 0; n < 20000; n++) {
    let text = '';
    const len = Math.floor(next() * 24);
    for (let k = 0; k < len; k++) text += alphabet[Math.floor(next() * alphabet.length)];
    assert.deepEqual(tokenize(text, n), byGlobalScan(text, n), JSON.stringify(text));
  }
});
