// An incident's report reads the text from its first sentence to its last. When the incident is
// told again after background ("... killed nine villagers. Attacks killed 1,500 people in the
// country last year. ... Tuesday's attack was only 20 km from the town."), the sentences between
// that tell history, statistics, predictions or another incident, and whole paragraphs between
// its own (asides: quotes, descriptions, background), are not the incident's: their words must
// not give it a type, actors, a place or notes. They are blanked (offsets kept).

import type { PlaceMention } from '../../geo/types.ts';
import type { DocState, Segment } from '../state.ts';

/** Sentences rejected for these reasons tell no part of an incident around them. */
const NOT_ITS_OWN = new Set(['history', 'aggregate', 'prediction', 'habitual']);

export interface OwnView {
  doc: DocState;
  places: PlaceMention[];
}

export function ownView(doc: DocState, seg: Segment, places: PlaceMention[]): OwnView {
  const first = seg.sentences[0];
  const last = seg.sentences[seg.sentences.length - 1];
  // Most segments are one sentence or a run of adjacent ones: nothing between.
  if (last - first + 1 === seg.sentences.length) return { doc, places };
  const blank: Array<{ start: number; end: number }> = [];
  for (let k = first + 1; k < last; k++) {
    if (seg.sentences.includes(k)) continue;
    const rejected = doc.facts[k]?.rejected;
    if ((rejected && NOT_ITS_OWN.has(rejected)) || toldElsewhere(doc, seg, k) || !ownParagraph(doc, seg, k)) blank.push(doc.sentences[k]);
  }
  if (blank.length === 0) return { doc, places };
  let text = '';
  let at = 0;
  for (const b of blank) {
    text += doc.text.slice(at, b.start) + filler(b.end - b.start);
    at = b.end;
  }
  text += doc.text.slice(at);
  const outside = <T extends { start: number }>(m: T) => !blank.some((b) => m.start >= b.start && m.start < b.end);
  const view = { ...doc, text, actors: doc.actors.filter(outside), places: doc.places.filter(outside) };
  views.set(view, doc.text);
  return { doc: view, places: places.filter(outside) };
}

/** ". . . ." of the given length: a blank no pattern reads words or a clause across. Not runs of
 *  spaces: a pattern with "\s+" in a look-behind (classify/crowd-acts.ts) tries every start in a
 *  run of thousands of spaces at every position of it (23 s for a 21 KB digest). */
function filler(n: number): string {
  return '. '.repeat(n >> 1) + (n & 1 ? '.' : '');
}
/** Each view's document text as written (evidence quotes the document, not the view). */
const views = new WeakMap<DocState, string>();

export function writtenText(doc: DocState): string {
  return views.get(doc) ?? doc.text;
}
/** A run of filler, with the period of the sentence before it when there is one: left as one ". ". */
const FILLED = /\.? ?(?:\. ){2,}\.?/g;

/** The notes of a report read from a view: the blanked runs left out. */
export function viewNotes(doc: DocState, notes: string): string {
  return views.has(doc) ? notes.replace(FILLED, '. ').replace(/\s{2,}/g, ' ') : notes;
}

/** A paragraph of the incident's own (a whole paragraph between two of its sentences is an aside). */
function ownParagraph(doc: DocState, seg: Segment, k: number): boolean {
  const p = doc.sentences[k].paragraph;
  for (const j of seg.sentences) if (doc.sentences[j].paragraph === p) return true;
  return false;
}

function toldElsewhere(doc: DocState, seg: Segment, k: number): boolean {
  for (const other of doc.segments) if (other !== seg && other.sentences.includes(k)) return true;
  return false;
}
