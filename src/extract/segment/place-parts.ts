// A lead that counts its incidents ("Eight soldiers were killed in two attacks on army posts")
// and a sentence that names one place per incident: "attacked a post in X and another in Y",
// "attacked posts in X, Y and Z", "killed five in X, and three others were killed in Y". ACLED
// codes one event per place; each takes the figure the text gives it ("killing five in the
// first"), else an equal part of the lead's toll. The sentence may be the lead's own (after its
// count), a later one of the same incident, or the first of the next incident told closely after.

import { type DocState, type Segment, type TollMention } from '../state.ts';
import { tollsOfSentence } from '../by-sentence.ts';
import { proseToll } from '../assemble/tolls.ts';

/** How many sentences may stand between the lead and the sentence naming the places. */
const GAP = 2;

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
/** "... a military position in X and another in Y village". */
const AND_ANOTHER = /\b(?:in|at|near|on)\s+[^;]{2,80}?(,?\s+and\s+another\s+(?:one\s+)?(?:in|at|near|on)\s)/i;
/** "in X, Y and Z", "in the villages of X and Y": one name per incident. */
const LIST = new RegExp(String.raw`\b(?:in|at|near)\s+(?:the\s+(?:villages?|towns?|localities|communities|districts)\s+of\s+)?(${NAME}(?:,\s+${NAME})*,?\s+and\s+${NAME})`, 'u');
const ITEM = new RegExp(NAME, 'gu');
/** Clause breaks between two incidents told in one sentence. */
const CLAUSE_BREAK = /,\s+(?:and|while|whereas)\s+|;\s+/g;
/** "in X", "the village of Y", "raided Z": the clause names a place. */
const NAMES_PLACE = new RegExp(String.raw`\b(?:in|at|near|of|attacked|raided|stormed|struck|hit|overran)\s+\p{Lu}`, 'u');
/** "killing five in the first (attack)": a figure given for one of the counted incidents. */
const ORDINAL_AFTER = /^\s+(?:\p{Ll}+\s+)?in\s+the\s+(first|second|third|fourth|latter)\b/u;
const ORDINALS: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, latter: 1 };

function killedTolls(doc: DocState, i: number, from: number): TollMention[] {
  const out: TollMention[] = [];
  for (const t of tollsOfSentence(doc, i)) if (t.value.kind === 'killed' && !t.value.coded && t.start >= from) out.push(t);
  return out;
}

/** Offsets (in the document) where the 2nd..nth incidents' parts of the sentence start; null when
 *  the sentence does not name exactly n places so. `from` skips the lead's own count. */
function cutsOf(doc: DocState, i: number, n: number, from: number): number[] | null {
  const s = doc.sentences[i];
  const text = doc.text.slice(from, s.end);
  const another = n === 2 ? AND_ANOTHER.exec(text) : null;
  if (another) return [from + another.index + another[0].length - another[1].length];
  const list = LIST.exec(text);
  if (list) {
    const at = from + list.index + list[0].length - list[1].length;
    const items = [...list[1].matchAll(ITEM)];
    if (items.length === n) return items.slice(1).map((m) => at + m.index!);
  }
  // "Militiamen killed seven people in X, and four others were killed in Y": one clause, one toll
  // and one place per incident.
  const starts = [0];
  for (const m of text.matchAll(CLAUSE_BREAK)) starts.push(m.index! + m[0].length);
  if (starts.length !== n) return null;
  const tolls = killedTolls(doc, i, from);
  for (let k = 0; k < n; k++) {
    const a = from + starts[k];
    const b = k + 1 < n ? from + starts[k + 1] : s.end;
    if (!NAMES_PLACE.test(doc.text.slice(a, b)) || !tolls.some((t) => t.start >= a && t.start < b)) return null;
  }
  return starts.slice(1).map((x) => from + x);
}

/** Each part's figure: one told with its ordinal ("five in the first"), else the one inside its
 *  part of the sentence; null for a part the sentence gives none. */
function partFigures(doc: DocState, i: number, from: number, cuts: number[]): Array<number | null> {
  const figures: Array<number | null> = cuts.map(() => null).concat([null]);
  for (const t of killedTolls(doc, i, from)) {
    const o = ORDINAL_AFTER.exec(doc.text.slice(t.end, t.end + 30));
    let k = o ? ORDINALS[o[1]] : cuts.filter((c) => t.start >= c).length;
    if (k >= figures.length) continue;
    figures[k] = (figures[k] ?? 0) + t.value.best;
  }
  return figures;
}

/** The incidents, one per place, that replace `lead` (and `next` when the places are told there);
 *  null when the text does not read so. */
export function placeParts(doc: DocState, lead: Segment, n: number, countEnd: number, next: Segment | undefined): { parts: Segment[]; usedNext: boolean } | null {
  const first = lead.sentences[0];
  const candidates: Array<[number, boolean]> = lead.sentences.filter((i) => i <= first + GAP).map((i) => [i, false]);
  const lastOfLead = lead.sentences[lead.sentences.length - 1];
  if (next && next.sentences[0] - lastOfLead <= GAP) candidates.push([next.sentences[0], true]);
  for (const [i, usedNext] of candidates) {
    const from = i === first ? countEnd : doc.sentences[i].start + (doc.sentences[i].dateline ?? 0);
    const cuts = cutsOf(doc, i, n, from);
    if (!cuts) continue;
    const head = doc.sentences[i];
    const start = i === first ? lead.start : head.start + (head.dateline ?? 0);
    const sentences = usedNext ? [...lead.sentences, ...next!.sentences] : lead.sentences;
    const total = proseToll(doc, { ...lead, sentences: [first] }, 'killed').best;
    const figures = i === first && !killedTolls(doc, i, from).length ? cuts.map(() => null).concat([null]) : partFigures(doc, i, from, cuts);
    const given = figures.filter((f) => f !== null).length;
    const sum = figures.reduce<number>((a, f) => a + (f ?? 0), 0);
    // Parts the sentence gives no figure share what the lead's toll leaves.
    const left = given && given < figures.length ? Math.max(0, total - sum) : 0;
    const without = figures.length - given;
    const own = usedNext ? next! : lead;
    const base = { ...own, sentences, rules: [...own.rules, 'segment/one-place-each'] };
    const bounds = [start, ...cuts, usedNext ? next!.end : head.end];
    // A later part's lead is the sentence's text before it (its verb and who did it).
    const parts: Segment[] = [];
    let restGiven = false;
    for (let k = 0; k < figures.length; k++) {
      const part: Segment = { ...base, start: bounds[k], end: bounds[k + 1], lead: k === 0 ? { start: lead.start, end: lead.end } : { start, end: bounds[k] }, share: figures.length };
      if (given) {
        const f = figures[k];
        part.killed = f ?? Math.floor(left / without) + (restGiven ? 0 : left % without);
        if (f === null) restGiven = true;
      } else if (k === 0) part.shareRest = true;
      parts.push(part);
    }
    return { parts, usedNext };
  }
  return null;
}

/** "In Kharkiv alone, six people were killed ...", "In Odesa, three ...": a sentence that opens
 *  with its place and tells that place's dead. "Two more died in Dnipro": one that adds another
 *  place's dead. */
const PLACE_OPENER = new RegExp(String.raw`^\W*[Ii]n\s+${NAME}(?:\s+alone)?\s*,`, 'u');
const MORE_AT = new RegExp(String.raw`^\W*(?:\p{L}+\s+){0,2}(?:more|others?)\b[^.;]*\b(?:in|at|near)\s+${NAME}\s*[.;]?\s*$`, 'u');

/** "Russian strikes across Ukraine killed at least 11 people overnight. In Kharkiv alone, 6 were
 *  killed ... In Odesa, 3 ... Two more died in Dnipro": the lead sums up strikes at several
 *  places, and ACLED codes one event per place with its own dead. Two or more such sentences
 *  after the lead, whose figures add up to the lead's, make the incidents; null otherwise. */
export function placeSentences(doc: DocState, seg: Segment): Segment[] | null {
  const first = seg.sentences[0];
  const openers: number[] = [];
  for (const i of seg.sentences.slice(1)) {
    const text = doc.text.slice(doc.sentences[i].start, doc.sentences[i].end);
    if ((PLACE_OPENER.test(text) || MORE_AT.test(text)) && killedTolls(doc, i, 0).length) openers.push(i);
  }
  if (openers.length < 2) return null;
  const total = proseToll(doc, { ...seg, sentences: [first] }, 'killed').best;
  const groups = openers.map((o, k) => seg.sentences.filter((i) => i >= o && (k + 1 >= openers.length || i < openers[k + 1])));
  const tolls = groups.map((g) => proseToll(doc, { ...seg, sentences: g }, 'killed').best);
  if (!total || tolls.reduce((a, b) => a + b, 0) !== total) return null;
  const head = doc.sentences[first];
  return groups.map((g, k) => {
    const start = doc.sentences[g[0]].start;
    // The lead tells who struck and how: the part's lead, read with it for the event's type.
    return { ...seg, sentences: g, start, end: doc.sentences[g[g.length - 1]].end, lead: { start: head.start + (head.dateline ?? 0), end: start }, share: groups.length, killed: tolls[k], rules: [...seg.rules, 'segment/one-place-each'] };
  });
}
