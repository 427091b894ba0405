// Features of one event for the statistical classifier: stemmed words and word pairs of its
// sentences, the rule engine's cue signals and decision, and the kinds of actors named.
// The same function runs when training (train/train.ts) and when classifying.

import type { ActorMention } from '../types.ts';
import { tokenize } from '../actors/tokens.ts';
import { kindOf } from '../actors/kinds.ts';
import type { Signals } from './cues.ts';

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'by', 'for', 'with', 'from', 'that', 'which', 'wa', 'were', 'is', 'be', 'been', 'ha', 'had', 'have', 'it', 'its', 'their', 'his', 'her', 'as', 'this', 'after', 'also']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export interface FeatureInput {
  text: string;
  span: { start: number; end: number };
  actors: ActorMention[];
  signals: Signals;
  rule: string;
  target: string | null;
  sizeTag: boolean;
}

export function eventFeatures(f: FeatureInput): string[] {
  const out = new Set<string>();
  const tokens = tokenize(f.text, f.span.start, f.span.end);
  let prev = '';
  for (const t of tokens) {
    // Place names and dates say where and when, not what: only lower-case words count.
    if (t.upper || MONTHS.has(t.norm)) { prev = ''; continue; }
    const w = /^\d/.test(t.stem) ? '#' : t.stem;
    if (!STOP.has(w)) out.add(`w:${w}`);
    if (prev && w !== '#') out.add(`b:${prev}_${w}`);
    prev = STOP.has(w) ? prev : w;
  }
  for (const h of f.signals.hits) out.add(`s:${h.signal}`);
  for (const m of f.actors) {
    if (m.start < f.span.start || m.end > f.span.end) continue;
    out.add(`k:${kindOf(m)}`);
    out.add(`i:${m.actor.inter}`);
  }
  out.add(`r:${f.rule}`);
  out.add(`t:${f.target ?? 'none'}`);
  if (f.sizeTag) out.add('size');
  return [...out];
}
