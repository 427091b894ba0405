// A toll told again later in a story ("According to an initial toll, around 20 people have been
// killed", parts that add up to it) belongs to the incident that first told it.

import { sentenceText, type DocState, type Segment } from '../state.ts';
import { tollsOfSentence } from '../by-sentence.ts';
import { isReportingDate, sameDate } from './incident-dates.ts';

/** Words that add to a toll already told rather than repeat it. */
const ADDS = /\b(?:also|another|other|more|additional|further|second|third|separate|new)\b/i;
/** A place the sentence puts its toll in ("... killed in Kafr Qud"). */
const PLACED = /\b(?:in|at|near|outside|across\s+the\s+border\s+in|neighbou?ring)\s+(?:the\s+(?:village|town|city)\s+of\s+|neighbou?ring\s+)?(\p{Lu}[\p{L}'’-]+)/gu;
const RESTATED_FROM = 5;

/** "According to an initial toll, around 20 people have been killed": a later sentence that gives
 *  again the death toll of an incident already told (the same figure, no day or place of its own,
 *  nothing added) is more of that incident, however far from it, not another one. */
export function restatedIn(doc: DocState, out: readonly Segment[], i: number): Segment | null {
  const f = doc.facts[i];
  if (f.newIncident || (f.rejected !== null && f.rejected !== 'not-past')) return null;
  const tolls = tollsOfSentence(doc, i);
  let figure = 0;
  let end = 0;
  // "Seven soldiers ... and 10 fighters were killed" after "at least 17 people were killed": the
  // parts may add up to the toll told.
  let sum = 0;
  for (const t of tolls) {
    if (t.value.kind !== 'killed') continue;
    if (!figure) (figure = t.value.best), (end = t.end);
    sum += t.value.best;
  }
  // Small figures repeat by chance ("three soldiers were killed" elsewhere): from five on.
  if (figure < RESTATED_FROM) return null;
  const text = sentenceText(doc, i);
  // "Another six soldiers", "five more people"; not "... and many more wounded" later on.
  if (ADDS.test(text.slice(0, end - doc.sentences[i].start + 6))) return null;
  for (let k = out.length - 1; k >= 0; k--) {
    const seg = out[k];
    if (f.date && !isReportingDate(doc, f.date) && !sameDate(seg.date, f.date)) continue;
    if (!seg.sentences.some((j) => j !== i && tollsOfSentence(doc, j).some((t) => t.value.kind === 'killed' && (t.value.best === figure || t.value.best === sum)))) continue;
    const own = doc.text.slice(seg.start, seg.end);
    for (const m of text.matchAll(PLACED)) if (!own.includes(m[1])) return null;
    return seg;
  }
  return null;
}
