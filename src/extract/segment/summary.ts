// A wire lead that sums up several attacks ("Gunmen killed 12 people in two attacks in X state
// on Tuesday.") and then tells each one ("In the first attack, ... Later that day, another group
// of gunmen ..."): the attacks are the incidents, the lead only their sum. Counting the lead as an
// incident of its own, or all of it as one incident, counts its toll twice.

import { sentenceText, type DocState, type Segment } from '../state.ts';
import cues from '../data/occurrence-cues.json' with { type: 'json' };
import { proseToll } from '../assemble/tolls.ts';
import { placeParts, placeSentences } from './place-parts.ts';

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4 };
/** "in two attacks", "in three separate raids", "in two airstrikes": the lead counts the incidents it sums up. */
const SUMMARY_LEAD = /\bin\s+(two|three|four|[234])\s+(?:separate\s+|different\s+|coordinated\s+|simultaneous\s+|related\s+|similar\s+)?(?:attacks|raids|incidents|assaults|ambushes|air\s?strikes|drone\s+strikes|strikes|bombings|blasts|explosions|clashes)\b/i;
/** "In the first attack, ...", "In the second raid, ...": one of the incidents the lead counted. */
const ORDINAL = /^\W*in\s+the\s+(?:first|second|third|fourth|other|latter|former|earlier|later)\s+(?:attack|raid|incident|assault|ambush|air\s?strike|strike|bombing|blast|explosion|clash|one)\b/i;
/** "another group of gunmen", "a second attack", "a second airstrike": an incident other than the one told before. */
const ANOTHER = /\b(?:another|a\s+second|a\s+third)\s+(?:group|gang|band|attack|raid|incident|assault|ambush|air\s?strike|strike|bombing|blast|explosion)\b/i;

function isOccurrence(doc: DocState, i: number): boolean {
  const f = doc.facts[i];
  return f.cue !== null && !f.rejected && f.score >= cues.threshold;
}

/** A sentence that opens another of the summed-up incidents. */
function opensAnother(doc: DocState, i: number): boolean {
  const text = sentenceText(doc, i);
  return doc.facts[i].newIncident || ORDINAL.test(text) || ANOTHER.test(text);
}

/** Replaces each summary lead's incident by the incidents its later sentences tell, when they
 *  tell at least two and no more than the lead counted. */
export function splitSummaries(
  doc: DocState,
  segs: Segment[],
  open: (doc: DocState, i: number, rule: string) => Segment,
  extend: (doc: DocState, seg: Segment, i: number) => void,
): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k];
    const m = SUMMARY_LEAD.exec(sentenceText(doc, seg.sentences[0]));
    if (!m) {
      const each = seg.sentences.length > 2 ? placeSentences(doc, seg) : null;
      if (each) out.push(...each);
      else out.push(seg);
      continue;
    }
    const n = COUNTS[m[1].toLowerCase()];
    const places = placeParts(doc, seg, n, doc.sentences[seg.sentences[0]].start + m.index + m[0].length, segs[k + 1]);
    if (places) {
      out.push(...places.parts);
      if (places.usedNext) k++;
      continue;
    }
    if (seg.sentences.length === 1) {
      // Told as incidents of their own already: the lead goes when the next ones add up to it.
      if (!summedUpByNext(doc, seg, segs.slice(k + 1, k + 1 + n))) out.push(seg);
      continue;
    }
    const details: Segment[] = [];
    for (const i of seg.sentences.slice(1)) {
      const cur = details[details.length - 1];
      if (isOccurrence(doc, i) && (!cur || opensAnother(doc, i))) details.push(open(doc, i, 'segment/summed-up'));
      else if (cur) extend(doc, cur, i);
    }
    // The details must account for the lead's dead: "In the first attack, gunmen stormed X" with no
    // toll of its own would lose the lead's ten killed.
    if (details.length < 2 || details.length > n || !tollsAddUp(doc, seg, details)) {
      out.push(seg);
      continue;
    }
    // Undated details take the lead's day (dateFromContext would do so too, but only at the
    // paragraph's precision).
    const head = doc.sentences[seg.sentences[0]];
    const lead = { start: head.start + (head.dateline ?? 0), end: head.end };
    for (const d of details) {
      if (!d.date && seg.date) (d.date = seg.date), (d.dateRule = seg.dateRule);
      d.lead = lead;
    }
    out.push(...details);
  }
  return out;
}

/** The lead states no deaths, or its details' deaths add up to them. */
function tollsAddUp(doc: DocState, lead: Segment, details: Segment[]): boolean {
  const total = proseToll(doc, { ...lead, sentences: lead.sentences.slice(0, 1) }, 'killed').best;
  let sum = 0;
  for (const d of details) sum += proseToll(doc, d, 'killed').best;
  return total === 0 || sum === total;
}

/** How many sentences may stand between the lead and its first incident, or two incidents. */
const GAP = 2;

/** The lead's toll is the sum of the tolls of the incidents that follow it closely (two or more). */
function summedUpByNext(doc: DocState, lead: Segment, next: Segment[]): boolean {
  const total = proseToll(doc, lead, 'killed').best;
  let last = lead.sentences[lead.sentences.length - 1];
  let sum = 0;
  let count = 0;
  for (const seg of next) {
    if (seg.sentences[0] - last > GAP) break;
    sum += proseToll(doc, seg, 'killed').best;
    count++;
    last = seg.sentences[seg.sentences.length - 1];
    if (count >= 2 && sum === total) return true;
  }
  return false;
}
