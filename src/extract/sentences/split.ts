// Sentence splitting with document offsets. A period ends a sentence unless it closes an
// abbreviation ("Nov.", "Gen."), an initial or dotted acronym ("U.S.", "J. Smith") or a
// decimal; a blank line or a single-line title always ends one.

import abbreviationData from '../data/abbreviations.json' with { type: 'json' };
import type { Sentence, Stage } from '../state.ts';
import { MONTH_PATTERN } from '../dates/calendar.ts';

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/** [A-Za-z.] by character code (not a regex test per character). */
function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** The word just before a period at `dot` (letters and inner dots), lower-cased. */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && isLetterOrDot(text.charCodeAt(i))) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

/** Does the period at `dot` end a sentence, given what follows it? */
function endsSentence(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word.length === 1 || /^([a-z]\.)+[a-z]?$/.test(word)) {
    // Initials and dotted acronyms: "U.S. officials" continues; "in the U.S. The ..." is rare
    // enough that keeping the sentence whole is the safer error.
    return false;
  }
  if (ABBREVIATIONS.has(word)) return false;
  return true;
}

/** Does the line before `i` (within the sentence from `start`) end with punctuation? */
function endsWithPunctuation(text: string, start: number, i: number): boolean {
  let k = i - 1;
  while (k >= start && isSpace(text.charCodeAt(k))) k--;
  return k >= start && '.!?:,;"”\'’)'.includes(text[k]);
}

const CLOSER = /["”’')\].!?]/;

/** Past the closing quotes/brackets and repeated punctuation from j. A function of its own (also
 *  below): V8 optimises the splitter before it meets one, and a loop body never run before that
 *  made it throw the splitter's optimised code away and compile it again. */
function pastClosers(text: string, j: number): number {
  while (j < text.length && CLOSER.test(text[j])) j++;
  return j;
}

/** The sentence from start to end, trailing spaces excluded (none when start < 0 or it is empty).
 *  A module function, not a closure in splitSentences: tsx's keepNames wraps each named closure
 *  in a __name() call (Object.defineProperty) every time the enclosing function runs. */
function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (start >= 0 && e > start) out.push({ index: out.length, start, end: e, paragraph });
}

/** Split `text` into sentences. Offsets are UTF-16 code units; trailing spaces excluded. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A line break inside a paragraph is a soft wrap unless the line is a title
      // (no sentence punctuation) or the next line is blank.
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)) j++;
      const blank = j >= n || text.charCodeAt(j) === 10;
      if (start >= 0 && (blank || !endsWithPunctuation(text, start, i))) {
        pushSentence(out, text, start, i, paragraph);
        start = -1;
        paragraph++;
      } else if (blank) paragraph++;
      continue;
    }
    if (start < 0) {
      if (isSpace(c)) continue;
      start = i;
    }
    if (c === 46 || c === 33 || c === 63) {
      // Swallow closing quotes/brackets and repeated punctuation after the mark.
      const j = pastClosers(text, i + 1);
      if (j < n && !isSpace(text.charCodeAt(j))) continue; // "3.5", "U.S.-backed", "e.g.,"
      let k = j;
      while (k < n && text.charCodeAt(k) === 32) k++;
      const next = text[k] ?? '';
      if (next && text.charCodeAt(k) !== 10 && !/[A-Z0-9"“‘'(\[*]/.test(next)) continue;
      if (c === 46 && !endsSentence(text, i)) continue;
      pushSentence(out, text, start, j, paragraph);
      start = -1;
      i = j - 1;
    }
  }
  if (start >= 0) pushSentence(out, text, start, n, paragraph);
  return out;
}

// "TRIPOLI, Libya - ", "KHAR (AFP) -- ", "YOLA (Adamawa, Nigeria), Nov 4 (Xinhua) -- ": a city in
// capitals, its region or country, the filing day and the agency, then a dash.
const DATELINE = new RegExp(
  `^[A-Z][A-Z'’.-]{2,}(?:\\s+[A-Z][A-Z'’.-]+)*(?:\\s*\\([^)]{1,30}\\))?(?:,\\s*[A-Z][A-Za-z'’.-]+(?:\\s+[A-Z][A-Za-z'’.-]+)*)?` +
    `(?:,?\\s*(?:${MONTH_PATTERN})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)?\\s*(?:\\([^)]{1,30}\\)\\s*)?[-—–:]+\\s+`,
);

/** Mark the headline and wire datelines, which restate or locate the story but are not events. */
function markFraming(text: string, sentences: Sentence[]): void {
  const first = sentences[0];
  if (first && sentences.length > 1 && sentences[1].paragraph > first.paragraph && !/[.!?"”]$/.test(text.slice(first.start, first.end))) first.title = true;
  for (const s of sentences) {
    const m = DATELINE.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (m) s.dateline = m[0].length;
  }
}

export const sentenceStage: Stage = {
  name: 'sentences',
  run(doc) {
    doc.sentences = splitSentences(doc.text);
    markFraming(doc.text, doc.sentences);
    // One slot per sentence for sentenceTokens, made now in one array kind: filling it lazily past
    // its end made V8 discard the optimised code of every stage that reads tokens (out-of-bounds reads).
    doc.tokens = new Array<undefined>(doc.sentences.length).fill(undefined);
  },
};
