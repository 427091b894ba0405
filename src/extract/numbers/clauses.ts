// Token context for the toll stage: which tokens sit in brackets (breakdowns such as
// "19 (10 policemen and 9 civilians)" or "[size=hundreds]"), which clause opener governs a
// token ("protested after a gas leak killed 11": the 11 is the cause, not the event's toll),
// and whether a number is the agent of an active verb ("2 gunmen killed a man").

import cues from '../data/toll-cues.json' with { type: 'json' };
import numberWords from '../data/number-words.json' with { type: 'json' };
import type { Tokens } from './tokens.ts';

const BREAKS = new Set(cues.clause_breaks);
const CAUSE = new Set(cues.cause_openers);
const STATE = new Set(cues.state_before_cause);
/** Openers that tell what came first, not a grievance: the clause is the event itself when the
 *  main clause before them only states a mood. */
const SEQUENCE = new Set(['after', 'following']);
/** How far back the main clause's state word may stand ("left in mourning after", "on edge since"). */
const STATE_REACH = 6;
const PASSIVE = new Set(cues.passive_markers);

/** Token k opens the clause's verb after a list or an aside: a passive marker ("were [killed]") or
 *  "died". */
export function verbOpensAt(words: readonly string[], k: number): boolean {
  return PASSIVE.has(words[k]) || words[k] === 'died';
}
const TRANSITIVE = new Set(cues.transitive_cues);
/** Figures an appositive list is made of ("two", "12"; not "a"/"an"/"no"). */
const FIGURE_WORDS = new Set(Object.entries(numberWords.units).filter(([, v]) => (v as number) >= 2).map(([k]) => k));

const UNITS = numberWords.units as Record<string, number>;

function isFigure(w: string | undefined): boolean {
  return w !== undefined && (/^\d/.test(w) || FIGURE_WORDS.has(w));
}

/** A figure's value (digits or a unit word); NaN for others ("dozens"). */
function figureValue(w: string): number {
  return /^\d+$/.test(w) ? Number(w) : (UNITS[w] ?? NaN);
}

/** How many tokens an appositive breakdown may span. */
const APPOSITIVE_REACH = 12;

/** "Six civilians, three women and three men, were killed": the figures between the commas after a
 *  figure and its noun, closed by a comma and a verb of the clause, break the figure down. Not
 *  "killing 3 soldiers, 2 civilians and 1 policeman" (no comma and verb closes it: more victims).
 *  The parts must add up to the figure: "Four soldiers, two policemen and three civilians, were
 *  killed" lists three groups of victims. Returns the index of the closing comma, or -1. */
function appositiveEnd(t: Tokens, comma: number): number {
  const head = isFigure(t.words[comma - 2]) ? comma - 2 : isFigure(t.words[comma - 3]) ? comma - 3 : -1;
  if (!isPart(t.words[comma + 1]) || head < 0) return -1;
  // "Five soldiers, two of them officers, were killed": a part of them, whatever it adds up to.
  const partitive = t.words[comma + 2] === 'of' && (t.words[comma + 3] === 'them' || t.words[comma + 3] === 'whom');
  let sum = partValue(t.words[comma + 1]);
  for (let j = comma + 2; j < t.words.length && j <= comma + APPOSITIVE_REACH; j++) {
    const w = t.words[j];
    if (w === ',') return verbOpensAt(t.words, j + 1) && (partitive || sum === figureValue(t.words[head])) ? j : -1;
    if (w === ';' || w === '.' || w === '(' || w === ')') return -1;
    if (isPart(w)) sum += partValue(w);
  }
  return -1;
}

/** A figure in a breakdown, where "a"/"an" count one ("two women and a man"). */
function isPart(w: string | undefined): boolean {
  return isFigure(w) || w === 'a' || w === 'an';
}

function partValue(w: string): number {
  return w === 'a' || w === 'an' ? 1 : figureValue(w);
}

/**
 * Bracket depth of every token. Round and square brackets count, and so does an "including"
 * list up to the next comma, verb or cue: "21 militants including 2 commanders were killed" and
 * "10 fatalities, including 4 rebels" break a total down; the parts are not added to it.
 */
export function bracketDepths(t: Tokens, isCue: (i: number) => boolean): Int8Array {
  const depth = new Int8Array(t.words.length);
  let d = 0;
  let including = false;
  for (let i = 0; i < t.words.length; i++) {
    const w = t.words[i];
    // The comma that closes the list belongs to it: "eight civilians, including four children, were
    // killed" ties eight to killed across the aside.
    const closesList = including && w === ',';
    if (including && (w === ',' || w === ';' || w === ')' || PASSIVE.has(w) || BREAKS.has(w) || isCue(i))) {
      including = false;
      d--;
    }
    if (w === '(' || w === '[') d++;
    depth[i] = closesList ? d + 1 : d;
    if (w === ',' && !including) {
      const end = appositiveEnd(t, i);
      // Parts inside one level deeper, the closing comma with them (as an "including" list).
      for (let k = i + 1; k <= end; k++) depth[k] = d + 1;
      if (end > 0) {
        i = end;
        continue;
      }
    }
    if ((w === ')' || w === ']') && d > 0) d--;
    // "Nine people, among them a boy, were killed": the same as "including".
    if ((w === 'including' || (w === 'among' && t.words[i + 1] === 'them')) && !including) {
      including = true;
      d++;
      depth[i] = d;
    }
  }
  return depth;
}

/** A mood or state ("in mourning", "on edge") just before token k, within its clause. */
function stateBefore(t: Tokens, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - STATE_REACH; j--) {
    const w = t.words[j];
    if (STATE.has(w)) return true;
    if (BREAKS.has(w) || w === ',') return false;
  }
  return false;
}

/** "The attack came two days after gunmen killed 19 in X": the clause after "after" tells an
 *  earlier incident of its own (segment/occurrence.ts makes it one), whose toll is its own. */
const COMES = new Set(['came', 'comes', 'follows', 'followed']);
const GAP = new Set(['only', 'just', 'barely', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'several', 'few', 'day', 'days', 'week', 'weeks', 'hours']);
function comesAfter(t: Tokens, k: number): boolean {
  if (t.words[k] !== 'after') return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (COMES.has(t.words[j])) return true;
    if (!GAP.has(t.words[j]) && !/^\d+$/.test(t.words[j])) return false;
  }
  return false;
}

/** Verbs of saying: what follows is what was said, a clause of its own ("The coordinator for Yemen
 *  said that 12 civilians were killed": "for Yemen" is no cause of the 12). */
const SAID = new Set(['said', 'says', 'told', 'stated', 'reported', 'announced', 'confirmed', 'added']);

/** "claimed responsibility for" names the act claimed (see inCauseClause). Not "was responsible
 *  for the killing of several leaders": a person's past deeds, background. */
const ANSWERS_FOR = new Set(['responsibility']);

/** Is token i inside a clause that states a cause or background of the event? Not the clause
 *  after a state: "The village is in mourning after gunmen killed 17" reports the killing. */
export function inCauseClause(t: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const w = t.words[k];
    if (SAID.has(w)) return false;
    if (SEQUENCE.has(w) && (stateBefore(t, k) || comesAfter(t, k))) return false;
    // "claimed responsibility for a bombing that killed seven": the act itself, not a cause.
    if (CAUSE.has(w)) return !(w === 'for' && ANSWERS_FOR.has(t.words[k - 1] ?? ''));
    if (BREAKS.has(w) || w === ',' || w === ')' || w === ']') return false;
    // "left the village in mourning as bandits killed nine": "as" opens the clause that tells
    // the event (not "as well as", "as a result of").
    if (w === 'as' && t.words[k + 1] !== 'well' && t.words[k + 1] !== 'a' && t.words[k - 1] !== 'well') return false;
  }
  return false;
}

function isObjectStart(w: string | undefined): boolean {
  if (!w) return false;
  return /^\d/.test(w) || ['a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'four', 'five', 'several', 'dozens', 'hundreds', 'at', 'one', 'some', 'many', 'members', 'civilians', 'people'].includes(w);
}

/**
 * A number before an active transitive verb with an object is its agent ("2 gunmen killed a
 * man", "a gendarme shot and killed a driver"), unless a passive marker sits between them
 * ("2 soldiers were killed").
 */
export function isAgent(t: Tokens, numberEnd: number, cueIndex: number): boolean {
  const cue = t.words[cueIndex];
  const shotDead = cue === 'dead' && t.words[cueIndex - 1] === 'shot';
  if ((!TRANSITIVE.has(cue) && !shotDead) || cue.endsWith('ing')) return false;
  // A capitalised "IS" is the group, not the verb.
  for (let k = numberEnd + 1; k < cueIndex; k++) if (PASSIVE.has(t.words[k]) && !t.caps[k]) return false;
  return isObjectStart(t.words[cueIndex + 1]);
}
