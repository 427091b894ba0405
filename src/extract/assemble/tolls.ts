// A segment's human toll from its toll mentions. ACLED's own coded trailer ("3 fatalities.",
// "Fatalities coded as 0") wins over the prose; a trailer that only says the toll is shared
// ("Fatalities coded across 2 events") divides the prose total. Otherwise figures of one kind
// add up across the incident's clauses ("killing 3 soldiers and 2 civilians" = 5), except a
// figure that only repeats an earlier one ("Ten people were killed ... the ten victims").

import { sentenceText, type DocState, type Segment, type TollKind, type TollMention } from '../state.ts';
import { datesOfSentence, quotesOfSentence, tollsOfSentence } from '../by-sentence.ts';
import { TOTAL_STAGE } from '../numbers/tolls.ts';
import { earlierByClauses, olderClauses } from '../segment/background.ts';

export interface SegmentToll {
  best: number;
  min: number;
  max: number;
  mentions: TollMention[];
  coded: boolean;
}

/** ACLED's coded trailer for this segment: inside it, or after it in the same paragraph. */
function codedToll(doc: DocState, seg: Segment, next: Segment | undefined): TollMention | null {
  const para = doc.sentences[seg.sentences[0]].paragraph;
  for (const i of seg.sentences) for (const t of tollsOfSentence(doc, i)) if (t.value.coded) return t;
  const last = seg.sentences[seg.sentences.length - 1];
  for (let i = last + 1; i < doc.sentences.length && doc.sentences[i].paragraph === para; i++) {
    if (next && doc.sentences[i].start >= next.start) break;
    for (const t of tollsOfSentence(doc, i)) if (t.value.coded) return t;
  }
  return null;
}

/** "2 other policemen were killed", "3 more soldiers died": others than those already told. */
const MORE_AFTER = /^\s+(?:other|more|additional|further)\b/i;
/** "... were also killed": the figure counts others than those already told. */
const ALSO = /^[^.;]{0,40}?\balso\s+(?:been\s+)?(?:killed|wounded|injured|hurt|died|abducted|arrested)\b/i;

/** "two of her children", "three of the wounded", "two of them": the group after "of". */
const PART_OF = /^\s+of\s+(?:(them|those)\b|(?:the|her|his|their)\s+(\p{Ll}+))/u;
/** "Two women were among the dead (victims)", "A teacher and a student were also among the dead":
 *  some of those already counted. */
const AMONG_DEAD = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:and\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?)?(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|victims|fatalities|casualties)\b/iu;
/** "In X alone, the gunmen killed 15": the figure of one place among those the incident hit. */
const ALONE = /\b(?:in|at)\s+[^,;.]{1,40}?\balone\b,?\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;
/** Groups that are the victims already counted (or their kin): a figure of them is a part. */
const COUNTED_GROUPS = new Set(['dead', 'wounded', 'injured', 'victims', 'killed', 'casualties', 'children', 'sons', 'daughters', 'family', 'relatives', 'brothers', 'sisters']);
/** Words that say a figure counts others than those told before ("two other soldiers", "also"). */
const MORE_WORDS = 'also|other|others|another|more';
/** "Three of the bandits were later killed by vigilantes": more victims. */
const LATER_MORE = new RegExp(`\\b(?:${MORE_WORDS}|later)\\b`, 'i');

/** The noun a figure counts, past names and demonyms ("12 Somali soldiers", "3 al Shabaab members"). */
const VICTIM_NOUN = /^\s+(?:(?:\p{Lu}[\p{L}'’-]*|al|el|ad|an|as)\s+)*(\p{Ll}+)/u;
const AUXILIARIES = new Set(['were', 'was', 'have', 'had', 'has', 'are', 'is']);
const NOT_A_NOUN = new Set(['and', 'or', 'in', 'on', 'at', 'during', 'others', 'more', 'other']);
/** Nouns that count anyone: a figure of people restates a figure of civilians or soldiers. */
const ANYONE = new Set(['people', 'persons', 'individuals', 'bodies', 'corpses']);
const PERPETRATORS = new Set(['attackers', 'attacker', 'gunmen', 'gunman', 'militants', 'militant', 'assailants', 'bandits', 'insurgents', 'terrorists', 'fighters', 'rebels', 'jihadists', 'raiders', 'kidnappers']);
/** A sentence that tells who says so: a claim, which another party may state differently. */
const ATTRIBUTED = /\b(?:said|says|saying|told|claimed|claims|stated|according to|reported|put the (?:number|toll))\b/i;
const OTHER_GROUP = /\b(?:on\s+the\s+[\p{L}'’-]+\s+side|among\s+(?:the\s+)?\p{L}+|in\s+(?:a\s+|the\s+)?(?:nearby|neighbouring|neighboring|another|separate)\b|elsewhere)/u;
/** "two other soldiers", "another 3 soldiers", "also killed": more victims, not the same ones again. */
const MORE = new RegExp(`\\b(?:${MORE_WORDS}|further|additional)\\b`, 'i');

/** The noun a figure counts; 'people' when the figure stands alone ("21 were killed"). */
function victimNoun(doc: DocState, t: TollMention): string {
  const m = VICTIM_NOUN.exec(doc.text.slice(t.end, t.end + 40));
  if (!m) return '';
  return AUXILIARIES.has(m[1]) ? 'people' : NOT_A_NOUN.has(m[1]) ? '' : m[1];
}

/** "Two of her children were killed" after "eight civilians were killed": a part of a total already
 *  told, not more victims. "Two of the attackers were also killed" is more. */
function partOfEarlier(doc: DocState, used: TollMention[], t: TollMention): boolean {
  if (used.length === 0 || used[0].sentence >= t.sentence) return false;
  if (AMONG_DEAD.test(doc.text.slice(t.end, t.end + 60))) return !otherSide(doc, used, t);
  if (ALONE.test(doc.text.slice(doc.sentences[t.sentence].start, t.start))) return true;
  const m = PART_OF.exec(doc.text.slice(t.end, t.end + 40));
  if (!m) return false;
  const s = doc.sentences[t.sentence];
  if (LATER_MORE.test(doc.text.slice(t.end, Math.min(s.end, t.end + 80)))) return false;
  const group = m[1] ?? m[2];
  if (m[1] || COUNTED_GROUPS.has(group)) return true;
  for (const u of used) if (victimNoun(doc, u) === group) return true;
  return false;
}

/** Nouns of armed men and of civilians: "Two civilians were among the dead" after "killed six
 *  soldiers" counts others than the soldiers (the dead were not all soldiers). */
const ARMED_NOUNS = new Set(['soldiers', 'troops', 'policemen', 'officers', 'police', 'gendarmes', 'militants', 'fighters', 'attackers', 'gunmen', 'insurgents', 'jihadists', 'rebels', 'assailants', 'bandits', 'militiamen', 'terrorists', 'guards', 'servicemen']);
const CIVILIAN_NOUNS = new Set(['civilians', 'villagers', 'women', 'children', 'worshippers', 'farmers', 'residents', 'passengers', 'students', 'traders', 'herders', 'girls', 'boys']);
function side(noun: string): number {
  return ARMED_NOUNS.has(noun) ? 1 : CIVILIAN_NOUNS.has(noun) ? 2 : 0;
}

/** t names victims of one side (armed or civilian) and every earlier figure named the other. */
function otherSide(doc: DocState, used: TollMention[], t: TollMention): boolean {
  const mine = side(victimNoun(doc, t));
  if (!mine) return false;
  for (const u of used) {
    const theirs = side(victimNoun(doc, u));
    if (!theirs || theirs === mine) return false;
  }
  return true;
}

/** An earlier figure for the same victims that a later, attributed sentence states differently
 *  ("the army said 12 soldiers were killed" ... "the group said it killed 15 soldiers"). */
function rivalClaim(doc: DocState, used: TollMention[], t: TollMention): TollMention | null {
  const s = doc.sentences[t.sentence];
  const sentence = doc.text.slice(s.start, s.end);
  if (!ATTRIBUTED.test(sentence) || MORE.test(doc.text.slice(Math.max(s.start, t.start - 12), Math.min(s.end, t.end + 40)))) return null;
  // "11 were killed on the militants' side", "among the attackers", "in a nearby village": others.
  if (OTHER_GROUP.test(doc.text.slice(t.end, Math.min(s.end, t.end + 60)))) return null;
  const noun = victimNoun(doc, t);
  if (!noun) return null;
  // Either figure may count anyone ("9 people ... reported 14 civilians killed"): the same victims.
  for (const u of used) {
    if (u.sentence >= t.sentence) continue;
    const theirs = victimNoun(doc, u);
    // Not the attackers' dead ("9 people were killed ... the army reported 14 attackers killed").
    if (theirs === noun || (ANYONE.has(noun) && !PERPETRATORS.has(theirs)) || (ANYONE.has(theirs) && !PERPETRATORS.has(noun))) return u;
  }
  return null;
}

const BREAKDOWN = /\b(?:other|others|among|including|included|of them|confirmed)\b/i;
const ALSO_WORD = /\balso\b/i;

function breaksDown(doc: DocState, i: number): boolean {
  const text = sentenceText(doc, i);
  return BREAKDOWN.test(text) && !ALSO_WORD.test(text);
}

/** "at least 29 were killed ... one attack claimed six lives, while the other two villages saw
 *  about 20 deaths": parts given roughly ("about", "some") add up to an earlier figure within a
 *  fifth of it. The sentence of that figure, else undefined. */
function roughlyStated(doc: DocState, seen: Map<number, number>, sum: number, i: number): number | undefined {
  if (!ROUGHLY.test(sentenceText(doc, i))) return undefined;
  for (const [figure, sentence] of seen) if (sentence < i && sum <= figure && sum >= figure * 0.8) return sentence;
  return undefined;
}
const ROUGHLY = /\b(?:about|around|approximately|roughly|some|nearly|almost)\s+\d/i;

/** "Thirteen people have died in attacks in the region of Beni": a figure for several attacks. */
const IN_ATTACKS = /^[^.;]{0,50}?\bin\s+(?:(?:a\s+series\s+of|a\s+wave\s+of|several|multiple|recent|separate|various)\s+)?(?:[\w-]+\s+)?(?:attacks|raids|clashes|incidents|assaults|killings|massacres|ambushes)\b/i;

/** "Thirteen people have died in attacks in Beni ... ADF men attacked the village of Kisima,
 *  leaving 11 dead": a figure the text gives for several attacks, told before a smaller figure of
 *  the incident itself in a later sentence, is their sum, not this incident's toll. */
function aggregateOfLater(doc: DocState, t: TollMention, mentions: TollMention[]): boolean {
  if (t.stage === 'numbers/definite-victim' || !IN_ATTACKS.test(doc.text.slice(t.end, doc.sentences[t.sentence].end))) return false;
  for (const u of mentions) {
    if (u.sentence <= t.sentence || u.stage === 'numbers/definite-victim' || u.value.best <= 0 || u.value.best >= t.value.best) continue;
    // The later figure tells its own dated incident ("attacked Kisima late on Tuesday, leaving 11
    // dead"), not more victims ("two officers were also killed", "3 more").
    const before = doc.text.slice(doc.sentences[u.sentence].start, u.start);
    if (ALSO_WORD.test(before) || ALSO.test(doc.text.slice(u.end, u.end + 60)) || MORE_AFTER.test(doc.text.slice(u.end, u.end + 20))) continue;
    if (datesOfSentence(doc, u.sentence).some((d) => d.value.precision === 1)) return true;
  }
  return false;
}

const RETOLD_IN = /\b(?:when|as|after)\s[^;]*$/i;

/** A vague figure ("many", "dozens") when another sentence gives one inside its range that is no
 *  further count ("also", "other", "more"). */
function vagueSuperseded(doc: DocState, t: TollMention, mentions: TollMention[]): boolean {
  if (!VAGUE_FIGURE.test(t.text)) return false;
  for (const u of mentions) {
    if (u === t || u.stage === 'numbers/definite-victim' || VAGUE_FIGURE.test(u.text)) continue;
    // In one sentence only a clause that tells the same deaths again: "Dozens of people were killed
    // ... when fighters killed nearly 30 civilians" (not "dozens of soldiers and 30 civilians").
    if (u.sentence === t.sentence && !(u.start > t.end && RETOLD_IN.test(doc.text.slice(t.end, u.start)))) continue;
    if (u.value.best < t.value.min || u.value.best > t.value.max) continue;
    // Not others ("also", "other", "more") nor some of another group ("20 of the attackers").
    const before = doc.text.slice(doc.sentences[u.sentence].start, u.start);
    if (ALSO_WORD.test(before) || ALSO.test(doc.text.slice(u.end, u.end + 60)) || MORE_AFTER.test(doc.text.slice(u.end, u.end + 20)) || PART_OF.test(doc.text.slice(u.end, u.end + 40))) continue;
    return true;
  }
  return false;
}

/** "Three people were killed. Two guards died at the gate. One soldier was also killed": figures
 *  of named victims in the sentences after a figure of "people" (or a lone one) that add up to
 *  it exactly, two or more of them, the first without "also", break it down. Returns the figures
 *  to skip. */
function splitAcrossSentences(doc: DocState, mentions: TollMention[]): Set<TollMention> {
  const skip = new Set<TollMention>();
  for (let a = 0; a < mentions.length; a++) {
    const t = mentions[a];
    if (t.stage === 'numbers/definite-victim' || t.stage === TOTAL_STAGE || t.value.best < 2 || !ANYONE.has(victimNoun(doc, t))) continue;
    const parts: TollMention[] = [];
    let sum = 0;
    for (let b = a + 1; b < mentions.length && sum < t.value.best; b++) {
      const u = mentions[b];
      if (u.sentence === t.sentence || u.stage === 'numbers/definite-victim') continue;
      const noun = victimNoun(doc, u);
      if (u.stage === TOTAL_STAGE || !noun || ANYONE.has(noun)) break;
      // "Two soldiers were also killed" right after the figure adds to it (a later part's "also"
      // only adds to the parts before it).
      if (parts.length === 0 && ALSO_WORD.test(sentenceText(doc, u.sentence))) break;
      parts.push(u);
      sum += u.value.best;
    }
    if (parts.length > 1 && sum === t.value.best) for (const u of parts) skip.add(u);
  }
  return skip;
}

function startsIn(t: TollMention, clauses: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (const c of clauses) if (t.start >= c.start && t.start < c.end) return true;
  return false;
}

/** The figures the prose states for one kind of toll. */
export function proseToll(doc: DocState, seg: Segment, kind: TollKind): SegmentToll {
  let best = 0;
  let min = 0;
  let max = 0;
  const used: TollMention[] = [];
  const mentions: TollMention[] = []; // loops, not flatMap/filter: one array kind (see occurrence.ts)
  for (const i of seg.sentences) {
    const tolls = tollsOfSentence(doc, i);
    if (tolls.length === 0) continue;
    // "... in the same market where a bomber killed 28 people last month": another, earlier toll.
    const older = olderClauses(doc, i);
    // "Gunmen killed two officers, one day after a bomber killed five": with a toll of its own
    // outside it, the sentence's "N days after" clause tells an earlier attack's toll.
    const earlier = earlierByClauses(doc, i);
    const earlierToo = earlier.length > 0 && tolls.some((t) => t.value.kind === kind && !startsIn(t, earlier));
    for (const t of tolls) if (t.value.kind === kind && !t.value.coded && !startsIn(t, older) && !(earlierToo && startsIn(t, earlier))) mentions.push(t);
  }
  // Most segments state no figure of most kinds: then none of the maps below is needed.
  if (mentions.length === 0) return { best, min, max, mentions: used, coded: false };
  const seen = new Map<number, number>(); // figure -> sentence it was first stated in
  // "The man died" and "killed him" usually refer back to someone already counted or named:
  // they count only when the incident states no figure, and then as one victim (max: one per sentence).
  if (mentions.length && mentions.every((t) => t.stage === 'numbers/definite-victim')) {
    const perSentence = new Map<number, TollMention>();
    for (const t of mentions) perSentence.set(t.sentence, t);
    const first = [...perSentence.values()][0];
    return { best: 1, min: 1, max: perSentence.size, mentions: [first], coded: false };
  }
  // "18 people were killed ... killing the village head and 17 other victims": a later sentence
  // whose figures add up to a figure already stated, and that says so ("other", "among",
  // "including", "of them", "confirmed that four men, four children and three women were killed";
  // not "also"), breaks that figure down.
  // Without such a word, only parts that add up to the figure exactly ("15 were killed ... six
  // in Kharkiv, another six in Chuhuiv and three in Zolochiv").
  const sums = new Map<number, { sum: number; n: number; marked: boolean }>();
  for (const t of mentions) {
    if (t.stage === 'numbers/definite-victim' || t.stage === TOTAL_STAGE) continue;
    const s = sums.get(t.sentence) ?? { sum: 0, n: 0, marked: breaksDown(doc, t.sentence) };
    s.sum += t.value.best;
    s.n++;
    sums.set(t.sentence, s);
  }
  const parts = splitAcrossSentences(doc, mentions);
  // "The death toll rose to 14": a total, not more victims; the incident's toll is at least it.
  let total: TollMention | null = null;
  for (const t of mentions) {
    const v = t.value;
    if (t.stage === 'numbers/definite-victim') continue;
    if (t.stage === TOTAL_STAGE) {
      if (!total || v.best > total.value.best) total = t;
      // "put the death toll at 21 ... of the 21 killed, 15 were women": the total said again.
      if (!seen.has(v.best)) seen.set(v.best, t.sentence);
      continue;
    }
    if (parts.has(t)) continue;
    const own = sums.get(t.sentence);
    const stated = own && (own.marked || !ALSO_WORD.test(sentenceText(doc, t.sentence))) ? (seen.get(own.sum) ?? (own.marked ? roughlyStated(doc, seen, own.sum, t.sentence) : undefined)) : undefined;
    if (own && own.n > 1 && stated !== undefined && stated < t.sentence) continue;
    // "killing many people ... at least 29 people were killed": the vague figure was a first
    // account of what a later figure in its range counts.
    if (vagueSuperseded(doc, t, mentions) || aggregateOfLater(doc, t, mentions)) continue;
    // "killed two civilians. One was burnt alive ...": a later "one" breaks down an earlier total.
    if (t.text.toLowerCase() === 'one' && used.some((u) => u.sentence < t.sentence && u.value.best >= 2)) continue;
    if (partOfEarlier(doc, used, t)) {
      // "Dozens were killed ... In X alone, the gunmen killed 15": the whole is at least its part.
      if (v.best > best) (best = v.best), (min = Math.max(min, v.min)), (max = Math.max(max, v.max));
      continue;
    }
    // A figure repeated in a later sentence is a restatement, not more victims, unless the
    // sentence says they are more ("Four militants were also killed" after four soldiers).
    const first = seen.get(v.best);
    if (v.best > 1 && first !== undefined && first !== t.sentence && !ALSO.test(doc.text.slice(t.end, t.end + 60)) && !MORE_AFTER.test(doc.text.slice(t.end, t.end + 20))) continue;
    if (first === undefined) seen.set(v.best, t.sentence);
    // Two parties' figures for the same victims: ACLED codes the lower; the higher only widens max.
    // A figure of "people" or a lone one ("11 were killed") may count others: it only widens max.
    const rival = rivalClaim(doc, used, t);
    used.push(t);
    if (rival) {
      if (!ANYONE.has(victimNoun(doc, t))) {
        best += Math.min(0, v.best - rival.value.best);
        min += Math.min(0, v.min - rival.value.min);
      }
      max += Math.max(0, v.max - rival.value.max);
      continue;
    }
    best += v.best;
    min += v.min;
    max += v.max;
  }
  if (total && total.value.best > best) {
    used.push(total);
    return { best: total.value.best, min: Math.max(min, total.value.min), max: Math.max(max, total.value.max), mentions: used, coded: false };
  }
  return { best, min, max, mentions: used, coded: false };
}

/** An incident's part of a toll the text gives for several (segment/summary.ts onePlaceEach),
 *  divided as ACLED's own "coded across N events" is below. */
function shared(toll: SegmentToll, k: number | undefined, rest: boolean): SegmentToll {
  if (!k || k < 2) return toll;
  const part = (n: number) => Math.floor(n / k) + (rest ? n % k : 0);
  return { ...toll, best: part(toll.best), min: part(toll.min), max: part(toll.max) };
}

/** A figure of the dead someone is quoted giving: "We have buried 85 people", "... 40 people were killed". */
const QUOTED_DEAD = /\b(?:buried|killed|lost|counted|recovered)\s+(\d[\d,]*)\s+(?:people|persons|bodies|corpses|villagers|residents|of\s+(?:our|us))\b|\b(\d[\d,]*)\s+(?:people|persons|villagers|bodies|corpses)\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|dead|buried|died)\b/i;
const VAGUE_FIGURE = /^(?:dozens|scores|tens|hundreds|several|many|numerous)\b/i;
/** How many sentences after the incident a quote giving its toll may stand. */
const QUOTE_REACH = 3;

/** "Gunmen killed dozens of people ... 'We have buried 85 people,' a resident said": when the
 *  prose gives only a vague figure, a witness's exact figure inside its range is the toll. */
function quotedFigure(doc: DocState, seg: Segment, prose: SegmentToll, next: Segment | undefined): number {
  if (!doc.quotes.length || !prose.mentions.length || !prose.mentions.every((t) => VAGUE_FIGURE.test(t.text))) return 0;
  const last = seg.sentences[seg.sentences.length - 1];
  for (let i = seg.sentences[0]; i <= last + QUOTE_REACH && i < doc.sentences.length; i++) {
    if (i > last && next && doc.sentences[i].start >= next.start) break;
    for (const [a, b] of quotesOfSentence(doc, i)) {
      const m = QUOTED_DEAD.exec(doc.text.slice(a, b));
      const n = m ? Number((m[1] ?? m[2]).replace(/,/g, '')) : 0;
      if (n > prose.best && n <= prose.max) return n;
    }
  }
  return 0;
}

export function segmentToll(doc: DocState, seg: Segment, kind: TollKind, next?: Segment): SegmentToll {
  const prose = shared(proseToll(doc, seg, kind), seg.share, !!seg.shareRest);
  if (kind !== 'killed') return prose;
  const coded = codedToll(doc, seg, next);
  if (!coded && seg.killed !== undefined) return { ...prose, best: seg.killed, min: seg.killed, max: seg.killed };
  if (!coded) {
    const quoted = quotedFigure(doc, seg, prose, next);
    return quoted ? { ...prose, best: quoted, min: quoted } : prose;
  }
  const v = coded.value;
  if (v.best >= 0) return { best: v.best, min: v.min, max: v.max, mentions: [coded], coded: true };
  const k = v.splitBetween ?? 1;
  const best = Math.floor(prose.best / k);
  return { best, min: Math.floor(prose.min / k), max: Math.ceil(prose.max / k), mentions: [...prose.mentions, coded], coded: true };
}
