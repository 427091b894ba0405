// A light tokenizer for the number stages: lower-cased words, digits and punctuation with
// document offsets. Hyphenated words stay whole ("twenty-three", "23-year-old") except digit
// ranges ("5-10" -> 5, -, 10).

import type { DocState } from '../state.ts';

export interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  /** 1 where the token was capitalised in the text (part of a name). */
  caps: Uint8Array;
}

const TOKEN = /\d+(?:-[A-Za-z]+)+|\d+(?:,\d{3})+(?!\d)|\d+|[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*(?:-\d+)?|[-–;:,.()\[\]%"“”]/g;

export function tokenize(text: string, offset: number): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const capital: number[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const w = m[0].toLowerCase();
    words.push(w.includes('’') ? w.replace(/’/g, "'") : w);
    starts.push(offset + m.index);
    ends.push(offset + m.index + m[0].length);
    const c = m[0].charCodeAt(0);
    capital.push(c >= 65 && c <= 90 ? 1 : 0);
  }
  return { words, starts, ends, caps: Uint8Array.from(capital) };
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
