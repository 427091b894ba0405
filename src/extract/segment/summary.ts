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
    const listed = listedThenNext(doc, seg, n, doc.sentences[seg.sentences[0]].start + m.index + m[0].length, segs.slice(k + 1, k + 1 + n));
    if (listed) {
      out.push(...listed.parts);
      k += listed.used;
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

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
/** ", five in Jenin and four in Aqaba": one figure per place after the lead's count. */
const PLACE_FIGURE = new RegExp(String.raw`(?:,\s*(?:and\s+)?|\s+and\s+)(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:others?|more|people|civilians|of\s+them|were|was|killed|died|dead)\s+){0,3}(?:in|at|near)\s+(?:the\s+(?:village|town|city|camp|district)\s+of\s+)?${NAME}`, 'gu');

/** "Troops killed 12 people in three raids on Tuesday, five in Jenin and four in Aqaba. In another
 *  raid in X, three were killed.": the lead gives some of its incidents' figures by place and the
 *  next incidents told closely after are the others. When the figures and the later incidents'
 *  dead add up to the lead's, the lead's figures make one incident per place, and the later ones
 *  stay (counting the lead whole beside them counts their dead twice). Null otherwise. */
function listedThenNext(doc: DocState, lead: Segment, n: number, countEnd: number, next: Segment[]): { parts: Segment[]; used: number } | null {
  if (lead.sentences.length !== 1) return null;
  const head = doc.sentences[lead.sentences[0]];
  const rest = doc.text.slice(countEnd, head.end);
  const items: Array<{ at: number; figure: number }> = [];
  for (const m of rest.matchAll(PLACE_FIGURE)) items.push({ at: countEnd + m.index!, figure: NUMBER_WORDS[m[1].toLowerCase()] ?? +m[1] });
  if (items.length === 0 || items.length > n) return null;
  const total = proseToll(doc, lead, 'killed').best;
  let sum = items.reduce((a, x) => a + x.figure, 0);
  const others = n - items.length;
  let last = lead.sentences[0];
  for (let j = 0; j < others; j++) {
    const seg = next[j];
    if (!seg || seg.sentences[0] - last > GAP) return null;
    const dead = proseToll(doc, seg, 'killed').best;
    if (!dead) return null;
    sum += dead;
    last = seg.sentences[seg.sentences.length - 1];
  }
  if (!total || sum !== total) return null;
  const parts: Segment[] = items.map((x, j) => ({
    ...lead,
    start: j === 0 ? lead.start : x.at,
    end: j + 1 < items.length ? items[j + 1]!.at : head.end,
    lead: j === 0 ? { start: lead.start, end: lead.end } : { start: lead.start, end: x.at },
    killed: x.figure,
    share: n,
    rules: [...lead.rules, 'segment/one-place-each'],
  }));
  // The later incidents name their place; who raided is the lead's.
  const later = next.slice(0, others).map((seg) => ({ ...seg, lead: seg.lead ?? { start: lead.start, end: lead.end } }));
  return { parts: [...parts, ...later], used: others };
}
