// "After shelling killed 10 people in the town, residents protested on Sunday": a sentence that
// opens with an act told with its own toll and goes on to a crowd's reaction (a protest, a road
// blocked, a lynching) or to arrests tells two events. ACLED codes each with its own toll: the
// shelling with its 10 dead, the protest with none. Read as one, the toll sat in a cause clause
// (numbers/clauses.ts) and was lost, and the event was one of the two.
//
// Not split: an act referred back to ("After the attack that killed 10 ..."), one the story has
// already told with the same figure, one dated well before the main clause ("last month"), nor a
// main clause told by the same attackers ("After gunmen killed 10 villagers, they burned houses").

import type { DocState, Segment } from '../state.ts';
import { datesOfSentence, tollsOfSentence } from '../by-sentence.ts';
import { sentenceTokens } from '../numbers/tokens.ts';
import { quantityAt, canStartQuantity } from '../numbers/quantity.ts';
import { daysBetween } from '../dates/calendar.ts';
import { hasHistoryPhrase } from './background.ts';
import { proseToll } from '../assemble/tolls.ts';

/** The opening clause: an optional leading day ("On Sunday, "), then "After"/"Following" to its comma. */
const OPENING = /^(\W*(?:On\s[^,]{1,30},\s*)?(?:[Aa]fter|[Ff]ollowing|[Ii]n\s+the\s+wake\s+of)\s+)([^,;]{8,180}?),\s+/;
/** An act referred back to: "the attack that", "this week's shelling", "Saturday's raid". */
const REFERRED = /^(?:the|this|that|these|those|last\s+\w+['’]s|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|killings?|massacres?|shelling|strikes?|airstrikes?|bombings?|raids?|ambush(?:es)?|clash(?:es)?|explosions?|blasts?|incidents?|violence|fighting|death|deaths|murders?)\b/i;
/** The clause tells deaths (a killing word; deadIn finds its figure), by violence: not "After
 *  floods killed 20 people" or "a road accident killed three students". */
const KILLING = /\b(?:killed|killing|dead|died)\b/i;
const NOT_VIOLENCE = /\b(?:floods?|flooding|rains?|storms?|landslides?|earthquakes?|blaze|accidents?|crash(?:ed)?|collision|disease|outbreak|cholera|heatwave|drought|stampede|lightning)\b/i;
/** A figure that counts the attackers ("two gunmen killed five"), not the dead. */
const AGENT_NOUNS: ReadonlySet<string> = new Set(['gunmen', 'gunman', 'bomber', 'bombers', 'attackers', 'attacker', 'militants', 'assailants', 'bandits', 'men', 'soldiers', 'fighters']);
/** The main clause tells a crowd's reaction or arrests. */
const REACTION = /\b(?:protest(?:ed|ing)?|demonstrat(?:ed|ing|ion)|rall(?:ied|y)|marched|took\s+to\s+the\s+streets|blocked\s+(?:the\s+|a\s+|several\s+)?(?:main\s+)?(?:roads?|highway|streets?)|(?:staged|held)\s+(?:a\s+)?(?:sit-in|vigil|strike)|went\s+on\s+strike|rioted|lynched|arrested|detained)\b/i;
/** The main clause's subject is the clause's own attackers: "they", "the gunmen", "the same group". */
const SAME_AGENT = /^(?:they|he|she|the\s+(?:same\s+)?(?:gunmen|attackers|assailants|militants|fighters|bandits|insurgents|jihadists|group|men|raiders|soldiers|troops))\b/i;
/** How many days before the main clause's day the opening act may be told as an event of its own. */
const RECENT_DAYS = 3;
const DEATH_WORDS: ReadonlySet<string> = new Set(['killed', 'killing', 'dead', 'died']);

/** The figure of the dead told in document span [from, to) of sentence i, or 0. */
function deadIn(doc: DocState, i: number, from: number, to: number): number {
  const t = sentenceTokens(doc, i);
  for (let k = 0; k < t.words.length; k++) {
    if (t.starts[k] < from || t.starts[k] >= to || !canStartQuantity(t.words[k]!)) continue;
    // "a suicide bomber killed 15": an article is no figure of the dead.
    if (t.words[k] === 'a' || t.words[k] === 'an') continue;
    const q = quantityAt(t.words, k);
    if (!q || q.best < 1) continue;
    if (agentFollows(t.words, q.to)) {
      k = q.to;
      continue;
    }
    // "killed 10 people", "killing at least 10": a death word just before the figure; "10 people
    // were killed", "leaving 10 dead": one shortly after it, inside the clause.
    const before = DEATH_WORDS.has(t.words[k - 1] ?? '') || (t.words[k - 1] === 'least' && DEATH_WORDS.has(t.words[k - 3] ?? ''));
    let after = false;
    for (let j = q.to + 1; j <= q.to + 4 && j < t.words.length && t.starts[j]! < to; j++) if (DEATH_WORDS.has(t.words[j]!)) after = true;
    if (before || after) return q.best;
    k = q.to;
  }
  return 0;
}

function agentFollows(words: readonly string[], to: number): boolean {
  for (let j = to + 1; j <= to + 3 && j < words.length; j++) {
    if (AGENT_NOUNS.has(words[j]!)) return true;
    if (DEATH_WORDS.has(words[j]!)) return false;
  }
  return false;
}

/** The story has already stated this many dead before sentence i (the act is referred back to). */
function toldBefore(doc: DocState, i: number, dead: number): boolean {
  for (let j = 0; j < i; j++) for (const t of tollsOfSentence(doc, j)) if (t.value.kind === 'killed' && t.value.best === dead) return true;
  return false;
}

/** The segments with each such sentence's opening act made an event of its own, before the rest. */
export function splitPriorActs(doc: DocState, segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segs) {
    const i = seg.sentences[0]!;
    const s = doc.sentences[i]!;
    const from = s.start + (s.dateline ?? 0);
    const text = doc.text.slice(from, s.end);
    const m = seg.start === from && !seg.share ? OPENING.exec(text) : null;
    const clause = m ? m[2]! : '';
    const rest = m ? text.slice(m[0].length) : '';
    if (!m || REFERRED.test(clause) || !KILLING.test(clause) || NOT_VIOLENCE.test(clause) || hasHistoryPhrase(clause)) {
      out.push(seg);
      continue;
    }
    // "After gunmen killed 10 villagers, they burned 20 houses": one raid, whose dead the opening
    // clause tells: its figure, read as a cause, adds to what the rest tells ("... they killed two more").
    const same = SAME_AGENT.test(rest);
    if (same || !REACTION.test(rest)) {
      const dead = same ? deadIn(doc, i, from + m[1]!.length, from + m[0].length) : 0;
      out.push(dead ? { ...seg, killed: dead + proseToll(doc, seg, 'killed').best, rules: [...seg.rules, 'segment/prior-act-same'] } : seg);
      continue;
    }
    // The act's span starts after "After": read with it, its words are a topic (cues.json topicGuard).
    const clauseStart = from + m[1]!.length;
    const clauseEnd = clauseStart + m[2]!.length;
    const restStart = from + m[0].length;
    const dead = deadIn(doc, i, clauseStart, clauseEnd);
    // Each part's own day, when it tells one; the act's must be a day, close to the main clause's.
    const own = datesOfSentence(doc, i).find((d) => d.start >= clauseStart && d.end <= clauseEnd) ?? null;
    const main = datesOfSentence(doc, i).find((d) => d.start >= restStart) ?? (own ? null : seg.date);
    const stale = own && (own.value.precision > 1 || (main && own.value.date < main.value.date && daysBetween(own.value.date, main.value.date) > RECENT_DAYS));
    // "After gunmen killed 10 people last month, residents protested on Sunday": the act is the
    // protest's background; the event is the main clause's, on its day.
    if (dead && stale && main) out.push({ ...seg, start: restStart, date: main, dateRule: main.stage, rules: [...seg.rules, 'segment/prior-act-background'] });
    if (!dead || stale || toldBefore(doc, i, dead)) {
      if (!(dead && stale && main)) out.push(seg);
      continue;
    }
    const rules = [...seg.rules, 'segment/prior-act'];
    out.push({ ...seg, sentences: [i], start: clauseStart, end: clauseEnd, date: own ?? main, dateRule: own ? own.stage : seg.dateRule, killed: dead, lead: null, rules });
    out.push({ ...seg, start: restStart, date: main ?? seg.date, dateRule: main ? main.stage : seg.dateRule, rules });
  }
  return out;
}
