// Sentences that tell who confirmed an incident ("A resident confirmed the attacks to reporters
// in Jos on Tuesday"): no incident of their own, unless a clause after the confirmation tells one.

import cues from '../data/occurrence-cues.json' with { type: 'json' };
import { sentenceText, type DocState } from '../state.ts';
import { tollsOfSentence } from '../by-sentence.ts';

const THRESHOLD: number = cues.threshold;
const nouns = cues.refer_back_nouns.map((n) => n.replace(/ /g, '\\s+')).join('|');

/** "A resident confirmed the attacks to reporters in Jos on Tuesday": who told of the incident,
 *  and when; no incident of its own (its day is the day it was told). */
const CONFIRMS = new RegExp(`\\b(?:confirmed|reported|condemned|described|denied)\\s+(?:the|this|these)\\s+(?:${nouns}|incidents)\\b`, 'i');

/** The words between sentence i's confirmation and its event cue ("... confirmed the incident in
 *  Gusau on Sunday, where gunmen killed ..."), or null when it confirms nothing (or has no cue). */
function afterConfirmation(doc: DocState, i: number): string | null {
  const cue = doc.facts[i].cue;
  if (!cue) return null;
  const text = sentenceText(doc, i);
  const m = CONFIRMS.exec(text);
  return m ? text.slice(m.index + m[0].length, cue.start - doc.sentences[i].start) : null;
}

/** "... confirmed the incident in Gusau on Sunday, where gunmen killed a trader": the clause after
 *  the confirmation tells a happening of its own. */
const TELLS_OWN = /,\s*(?:where|when|in\s+which)\s/i;

/** Sentence i only tells who confirmed the incident: its places are where someone spoke. */
export function confirmsOnly(doc: DocState, i: number): boolean {
  if (!doc.facts[i].cue || tollsOfSentence(doc, i).length) return false;
  const after = afterConfirmation(doc, i);
  return after !== null && !TELLS_OWN.test(after);
}

/** "A spokesman confirmed the incident in Gusau on Sunday, where gunmen killed a trader": a
 *  confirmation whose own clause tells a toll after it is one incident (the one confirmed), not
 *  the day someone spoke of the open one. */
export function confirmsWithToll(doc: DocState, i: number): boolean {
  const f = doc.facts[i];
  if (!f.cue || !f.date || f.rejected || f.score < THRESHOLD) return false;
  const after = afterConfirmation(doc, i);
  if (after === null || !TELLS_OWN.test(after)) return false;
  for (const t of tollsOfSentence(doc, i)) if (t.start > f.cue.start) return true;
  return false;
}
