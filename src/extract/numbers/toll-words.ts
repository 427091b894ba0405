// The words of toll phrases (toll-cues.json and the small closed classes around them), and the
// two questions every toll rule asks of a token: is it a toll cue, is it a word for people.

import cues from '../data/toll-cues.json' with { type: 'json' };
import type { TollKind } from '../state.ts';
import type { Tokens } from './tokens.ts';

export const KIND_OF = new Map<string, TollKind>();
for (const [kind, list] of Object.entries(cues.kinds)) for (const w of list) KIND_OF.set(w, kind as TollKind);
export const UNITS = new Set(cues.units);
export const PERSONS = new Set(cues.persons);
export const BREAKS = new Set(cues.clause_breaks);
export const HOUSEHOLDS = new Set(cues.household_words);
/** Words allowed between a cue verb and its number ("killing at least 5", "killed the 3", "gunned down 6"). */
export const LEFT_GAP = new Set(['of', 'the', 'a', 'an', 'some', 'dead', 'down', 'between', ...cues.collectives, 'another', 'also', 'reportedly', 'allegedly']);
export const NEGATION = new Set(['no', 'neither', 'nor', 'without', 'zero']);
/** "One of these marksmen" counts marksmen, not victims. */
export const PARTITIVE = new Set(['of']);
export const NOT_PERSONS = new Set(cues.not_persons);
export const COLLECTIVES = new Set(cues.collectives);
export const KIN_OF = new Set(cues.kin_of);
export const ALTERNATIVE = new RegExp(`^\\W*(?:${cues.alternative_sources.join('|')})\\b`, 'i');
export const REPORTING = new Set(['said', 'says', 'told', 'stated', 'claimed', 'reported', 'confirmed', 'announced', 'added']);
/** Words that stand for one person when a person noun follows ("a man", "his brother"). */
export const SINGULAR = new Set(['a', 'an', 'his', 'her']);
export const PASSIVE_NEAR = new Set(['was', 'is']);
/** Cue forms that may precede their figure: verbs, "dead", "the death(s) of", "the body of",
 *  "took the lives of". */
export const LEFT_CUE = /ed$|ing$|^dead$|^deaths?$|^bod(?:y|ies)$|^corpses?$|^lives$/;
/** -ed words that are adjectives in toll phrases ("armed men", "unidentified gunmen"). */
export const NOT_VERB = new Set(['armed', 'unidentified', 'suspected', 'alleged', 'unarmed', 'displaced', 'detained', 'injured', 'wounded', 'killed', 'affiliated', 'aged', 'named', 'masked', 'related', 'based', 'led', 'backed', 'reported', 'unspecified', 'unnamed', 'trained']);
export const PASSIVE = new Set(cues.passive_markers);
export const TOLL_SCOPES = new Set(cues.toll_scopes);

export function isPersonish(w: string): boolean {
  return PERSONS.has(w) || PERSONS.has(w.replace(/s$/, '')) || PERSONS.has(w.replace(/(men)$/, 'man'));
}

/** "nearly lynched", "almost killed": the cue did not happen. */
export const AVERTED = new Set(['nearly', 'almost', 'narrowly', 'attempted', 'tried']);

/** People per household, read once (a property read first met late in the pass made V8 recompile findTolls). */
export const HOUSEHOLD_SIZE: number = cues.household_size;

export function cueAt(t: Tokens, i: number): TollKind | undefined {
  const kind = KIND_OF.get(t.words[i]);
  // Bounds checked: reading words[-1] deoptimised cueAt.
  return kind && !AVERTED.has(i > 0 ? t.words[i - 1] : '') ? kind : undefined;
}
