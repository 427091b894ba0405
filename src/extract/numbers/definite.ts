// Victims named without a number: "killed the head of the district council", "killing him",
// "The man died", "the soldier later died in hospital", "the leader ... was shot dead".
// Each stands for one person. They often refer back to someone already counted ("a man was
// shot ... the man died"), so the assembly counts them only when the incident has no figure.

import cues from '../data/toll-cues.json' with { type: 'json' };
import type { TollKind } from '../state.ts';
import type { Tokens } from './tokens.ts';

const KIND_OF = new Map<string, TollKind>();
for (const [kind, list] of Object.entries(cues.kinds)) for (const w of list) KIND_OF.set(w, kind as TollKind);
const PASSIVE = new Set(['was', 'later', 'reportedly', 'allegedly', 'also', 'then', 'subsequently', 'eventually']);
const COUNTED = new Set<TollKind>(['killed', 'injured', 'abducted']);
/** Intransitive or passive-ready cues that a definite subject can take ("the man died"). */
const SUBJECT_CUES = new Set(['died', 'killed', 'succumbed', 'perished', 'wounded', 'injured', 'abducted', 'kidnapped', 'dead', 'beheaded', 'lynched', 'assassinated', 'executed', 'murdered', 'slain']);
/** Words that end the noun phrase; verbs of saying too ("The army said three of its soldiers
 *  were killed": "the army" is the speaker, not one victim). */
const NOUN_PHRASE_END = new Set([',', ';', '.', '(', 'and', 'or', 'who', 'which', 'that', 'while', 'when', 'after', 'in', 'at', 'on', 'by', 'with', 'from', 'of', 'to', 'for', 'as', 'were', 'are', 'is', 'has', 'have', 'had', 'be', 'been',
  'said', 'says', 'told', 'reported', 'stated', 'announced', 'confirmed', 'added']);

function verbCue(t: Tokens, k: number): TollKind | undefined {
  const w = t.words[k] ?? '';
  const kind = KIND_OF.get(w);
  return kind && COUNTED.has(kind) && /ed$|ing$/.test(w) ? kind : undefined;
}

/** Words before "his death" that make it this incident's ("resulting in", "leading to", "caused"). */
const CAUSING = new Set(['in', 'to', 'caused', 'causing']);

/** Pronouns that stand for one victim ("killing him", "killed himself and seven guards"). */
export const PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'himself', 'herself']);

/** A definite or pronoun victim starting at token i: [kind, last token index], or null. */
export function definiteVictim(t: Tokens, i: number): [TollKind, number] | null {
  const w = t.words;
  // "killing him", "leaving him killed"
  // "shot a civilian, resulting in his death": the death of the one just named.
  if ((w[i] === 'his' || w[i] === 'her') && w[i + 1] === 'death' && CAUSING.has(w[i - 1] ?? '')) return ['killed', i + 1];
  // "he died as a result of the torture", "she was later shot dead"
  if (w[i] === 'he' || w[i] === 'she') return subjectCue(w, i + 1, i);
  if (PRONOUNS.has(w[i])) {
    const kind = verbCue(t, i - 1) ?? (w[i + 1] === 'dead' ? 'killed' : verbCue(t, i + 1));
    return kind ? [kind, i] : null;
  }
  if (w[i] !== 'the') return null;
  // "killed the Supreme Court's administrative chief", "shot dead the mayor": object of a kill
  // verb, a singular head.
  const before = verbCue(t, i - 1) ?? (w[i - 1] === 'dead' && w[i - 2] === 'shot' ? 'killed' : undefined) ?? (w[i - 2] === 'fatally' && /ed$|ing$|^shot$/.test(w[i - 1] ?? '') ? 'killed' : undefined);
  let head = i + 1;
  while (head + 1 < w.length && head < i + 4 && !NOUN_PHRASE_END.has(w[head + 1]) && !KIND_OF.has(w[head + 1]) && !PASSIVE.has(w[head + 1])) head++;
  const singular = !/s$/.test(w[head] ?? 's') || /ss$/.test(w[head] ?? '');
  if (!singular) return null;
  if (before) return [before, head];
  // "The man died", "the soldier later died", "the leader of the group was shot dead"
  let k = head + 1;
  if (w[k] === 'of') for (k += 1; k < head + 6 && k < w.length && !PASSIVE.has(w[k]) && !KIND_OF.has(w[k]) && w[k] !== ','; k++);
  // "the village head, who had spoken against the group, was beheaded": past a relative aside.
  if (w[k] === ',' && w[k + 1] === 'who') k = asideEnd(w, k);
  return subjectCue(w, k, head);
}

/** The cue a definite subject (ending at `head`) takes from token k on: "[was] shot dead",
 *  "[later] died", "stabbed to death". */
function subjectCue(w: readonly string[], k: number, head: number): [TollKind, number] | null {
  let passive = false;
  for (; PASSIVE.has(w[k] ?? ''); k++) if (w[k] === 'was') passive = true;
  if (w[k] === 'shot' && w[k + 1] === 'dead') return ['killed', head];
  if (w[k] === 'stabbed' || w[k] === 'beaten' || w[k] === 'shot') {
    if (w[k + 1] === 'to' && w[k + 2] === 'death') return ['killed', head];
    return null;
  }
  const cue = w[k] ?? '';
  // "He later killed his wife": an active verb has the subject as its agent.
  if (!passive && !INTRANSITIVE.has(cue)) return null;
  return SUBJECT_CUES.has(cue) ? [KIND_OF.get(cue)!, head] : null;
}
/** Cues a subject takes without "was" ("the man died", "the soldier later succumbed"). */
const INTRANSITIVE = new Set(['died', 'succumbed', 'perished', 'dead']);

/** The token after the comma closing a relative aside opened by the comma at k (within a dozen
 *  tokens, no toll cue in it), else k (the aside is not skipped). */
function asideEnd(w: readonly string[], k: number): number {
  for (let j = k + 2; j < w.length && j <= k + 14; j++) {
    if (KIND_OF.has(w[j]) || w[j] === '.' || w[j] === ';') return k;
    if (w[j] === ',') return j + 1;
  }
  return k;
}
