// Human tolls: a quantity tied to a toll cue in the same clause ("killing four workers",
// "10 civilians had died", "two Somali and four Kenyan citizens died", "dozens were wounded",
// "a man was shot dead"). Which cue a number belongs to is decided by position:
//   1. a cue verb right before it ("killing at least 5", "the killing of a person"),
//   2. else a cue after it in the same clause, passing over nouns and coordinated numbers,
//   3. else a cue verb further left across a coordination ("killing 3 soldiers and 2 civilians").
// "No fatalities", "neither fatalities nor injuries" give an explicit 0.

import cues from '../data/toll-cues.json' with { type: 'json' };
import { inQuote, sentenceAt, type DocState, type Stage, type TollKind, type TollMention } from '../state.ts';
import { quantityAt, type Quantity } from './quantity.ts';
import { tokenize, type Tokens } from './tokens.ts';

const KIND_OF = new Map<string, TollKind>();
for (const [kind, list] of Object.entries(cues.kinds)) for (const w of list) KIND_OF.set(w, kind as TollKind);
const UNITS = new Set(cues.units);
const PERSONS = new Set(cues.persons);
const BREAKS = new Set(cues.clause_breaks);
const HOUSEHOLDS = new Set(cues.household_words);
/** Words allowed between a cue verb and its number ("killing at least 5", "killed the 3"). */
const LEFT_GAP = new Set(['of', 'the', 'a', 'an', 'some', 'dead', 'another', 'also', 'reportedly', 'allegedly']);
const NEGATION = new Set(['no', 'neither', 'nor', 'without', 'zero']);
/** "One of these marksmen" counts marksmen, not victims. */
const PARTITIVE = new Set(['of']);

function isPersonish(w: string): boolean {
  return PERSONS.has(w) || PERSONS.has(w.replace(/s$/, '')) || PERSONS.has(w.replace(/(men)$/, 'man'));
}

function cueAt(t: Tokens, i: number): TollKind | undefined {
  return KIND_OF.get(t.words[i]);
}

/** Is the quantity at i a count of people rather than of units, times or years? */
function plausibleCount(t: Tokens, q: Quantity): boolean {
  const w = t.words;
  const next = w[q.to + 1] ?? '';
  if (UNITS.has(next) && !HOUSEHOLDS.has(next)) return false;
  if (next === ':' || w[q.from - 1] === ':' || next === '%') return false;
  if (/^\d{4}$/.test(w[q.to]) && +w[q.to] >= 1900 && +w[q.to] <= 2100) return false; // years
  if (PARTITIVE.has(next) && w[q.from] !== 'dozens' && w[q.from] !== 'hundreds' && w[q.from] !== 'thousands' && !/^(tens|scores)$/.test(w[q.from])) {
    return w[q.from] !== 'one' || !/^(these|those|the|his|their|them)$/.test(w[q.to + 2] ?? '');
  }
  // "a"/"an" only count when they introduce a person ("a man was killed", "killing a civilian").
  if (w[q.from] === 'a' || w[q.from] === 'an') return isPersonish(w[q.to + 1] ?? '') || isPersonish(w[q.to + 2] ?? '') || isPersonish(w[q.to + 3] ?? '');
  return true;
}

function leftCue(t: Tokens, q: Quantity, far: boolean): TollKind | undefined {
  const limit = far ? 10 : 3;
  for (let k = q.from - 1, steps = 0; k >= 0 && steps < limit; k--, steps++) {
    const kind = cueAt(t, k);
    if (kind) return /ed$|ing$|^dead$/.test(t.words[k]) ? kind : undefined;
    const w = t.words[k];
    if (BREAKS.has(w)) return undefined;
    if (!far && !LEFT_GAP.has(w)) return undefined;
  }
  return undefined;
}

function rightCue(t: Tokens, q: Quantity): TollKind | undefined {
  for (let k = q.to + 1, steps = 0; k < t.words.length && steps < 7; k++, steps++) {
    const kind = cueAt(t, k);
    if (kind) return kind;
    const w = t.words[k];
    if (BREAKS.has(w) || w === ',' && steps > 3) return undefined;
  }
  return undefined;
}

function negatedCue(t: Tokens, i: number): TollKind | undefined {
  // "No fatalities", "neither fatalities nor injuries", "no one was killed", "without casualties".
  for (let k = i + 1; k < Math.min(t.words.length, i + 4); k++) {
    const kind = cueAt(t, k);
    if (kind === 'killed' || kind === 'injured') return kind;
    if (t.words[k] === 'casualties') return 'killed';
  }
  return undefined;
}

function push(doc: DocState, t: Tokens, from: number, to: number, kind: TollKind, q: { best: number; min: number; max: number }, rule: string, confidence: number): void {
  const start = t.starts[from];
  const end = t.ends[to];
  const m: TollMention = { kind: 'number', start, end, text: doc.text.slice(start, end), value: { kind, ...q }, confidence, stage: rule, sentence: sentenceAt(doc, start) };
  doc.tolls.push(m);
}

export function findTolls(doc: DocState, sentenceStart: number, sentenceEnd: number): void {
  const t = tokenize(doc.text.slice(sentenceStart, sentenceEnd), sentenceStart);
  const w = t.words;
  for (let i = 0; i < w.length; i++) {
    if (NEGATION.has(w[i]) && !(w[i] === 'no' && w[i + 1] === 'one')) {
      const kind = negatedCue(t, i);
      if (kind && !(w[i] === 'no' && /^\d/.test(w[i + 1] ?? ''))) push(doc, t, i, i + 1, kind, { best: 0, min: 0, max: 0 }, 'numbers/none-reported', 0.8);
      if (kind) continue;
    }
    const q = quantityAt(w, i);
    if (!q || !plausibleCount(t, q)) continue;
    if (doc.dates.some((d) => t.starts[i] >= d.start && t.starts[i] < d.end) || inQuote(doc, t.starts[i])) continue;
    const kind = leftCue(t, q, false) ?? rightCue(t, q) ?? leftCue(t, q, true);
    if (kind) {
      let { best, min, max } = q;
      if (kind === 'displaced' && HOUSEHOLDS.has(w[q.to + 1] ?? '')) [best, min, max] = [best * cues.household_size, min * cues.household_size, max * cues.household_size];
      push(doc, t, q.from, q.to, kind, { best, min, max }, 'numbers/toll', 0.75);
    }
    i = q.to;
  }
}

export const tollStage: Stage = {
  name: 'numbers/tolls',
  run(doc) {
    for (const s of doc.sentences) findTolls(doc, s.start, s.end);
  },
};
