// A light tokenizer for the number stages: lower-cased words, digits and punctuation with
// document offsets. Hyphenated words stay whole ("twenty-three", "23-year-old") except digit
// ranges ("5-10" -> 5, -, 10).

import type { DocState } from '../state.ts';

export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  /** 1 where the token was capitalised in the text (part of a name). A plain array: copying it
   *  into a typed array cost a typed array and its buffer per sentence, for a few reads. */
  caps: number[];
}

// A token starts at a digit, a letter of [A-Za-z\u00C0-\u024F] or one of the marks, and at such a
// character the pattern always matches (\d+, the letters, the mark): so each token is read with
// the sticky pattern at its first character, and test() (no match array per token: ~30 MB less
// per pass over the ACLED notes) leaves its end in lastIndex. Other characters are skipped.
const TOKEN = /\d+(?:-[A-Za-z]+)+|\d+(?:,\d{3})+(?!\d)|\d+|[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*(?:-\d+)?|[-–;:,.()\[\]%"“”]/y;
/** 1 for the ASCII characters a token starts with: digits, letters and - ; : , . ( ) [ ] % " */
const ASCII_START = new Uint8Array(128).map((_, c) => (/[0-9A-Za-z\-;:,.()[\]%"]/.test(String.fromCharCode(c)) ? 1 : 0));

export function tokenize(text: string, offset: number): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const caps: number[] = [];
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // Written out, not a helper: batch extraction runs without TurboFan inlining (batch-tiering.ts).
    if (c < 128 ? ASCII_START[c] === 0 : !((c >= 0xc0 && c <= 0x24f) || c === 0x2013 || c === 0x201c || c === 0x201d)) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    TOKEN.test(text);
    const end = TOKEN.lastIndex;
    const w = text.slice(i, end).toLowerCase();
    words.push(w.includes('’') ? w.replace(/’/g, "'") : w);
    starts.push(offset + i);
    ends.push(offset + end);
    caps.push(c >= 65 && c <= 90 ? 1 : 0);
    i = end;
  }
  return { words, starts, ends, caps };
}

/** The tokens of sentence i, tokenized once per document and shared by the stages. */
export function sentenceTokens(doc: DocState, i: number): Tokens {
  let t = doc.tokens[i];
  if (!t) {
    const s = doc.sentences[i];
    t = doc.tokens[i] = tokenize(doc.text.slice(s.start, s.end), s.start);
  }
  return t;
}
