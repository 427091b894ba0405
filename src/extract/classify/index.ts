// classify: ACLED event type and sub-event type of one event (its sentences in a document),
// decided by the first matching codebook rule in rules.ts, with the deciding cue as evidence.

import { eventTypeOf } from '../../core/taxonomy.ts';
import type { ActorMention, Classification } from '../types.ts';
import { findSignals } from './cues.ts';
import { targetKind } from '../actors/kinds.ts';
import { RULES, type RuleContext } from './rules.ts';

export { RULES } from './rules.ts';

const SIZE_TAG = /\[size\s*=/i;
const ARMED = new Set([1, 2, 3, 4, 8]);

export function classify(
  text: string,
  span: { start: number; end: number },
  ctx: { actors: ActorMention[]; fatalities: number },
): Classification {
  const s = findSignals(text, span);
  const inSpan = ctx.actors.filter((a) => a.start >= span.start && a.end <= span.end);
  const inters = new Set(inSpan.map((a) => a.actor.inter));
  const armed = new Set(inSpan.filter((a) => ARMED.has(a.actor.inter)).map((a) => a.actor.name)).size;
  const kind = targetKind(text, inSpan);
  const target = kind === 'armed' || kind === 'victim' ? kind : null;
  const rc: RuleContext = { s, inters, armed, target, fatalities: ctx.fatalities, sizeTag: SIZE_TAG.test(text.slice(span.start, span.end)) };
  for (const rule of RULES) {
    if (!rule.when(rc)) continue;
    const event_type = eventTypeOf(rule.sub)!;
    const hit = s.first.get(rule.cue) ?? null;
    return {
      event_type,
      sub_event_type: rule.sub,
      civilian_targeting: civilianTargeting(event_type, rc),
      confidence: hit ? rule.confidence : rule.confidence * 0.8,
      cue: hit && { start: hit.start, end: hit.end, text: hit.text },
      rule: `classify/${rule.name}`,
    };
  }
  return {
    event_type: 'Strategic developments',
    sub_event_type: 'Other',
    civilian_targeting: false,
    confidence: 0.3,
    cue: null,
    rule: 'classify/no-cue',
  };
}

/** ACLED flags events whose main target is civilians: all violence against civilians, and
 *  explosions that hit civilians with no armed party named as the target. */
function civilianTargeting(eventType: string, rc: RuleContext): boolean {
  if (eventType === 'Violence against civilians') return true;
  if (eventType !== 'Explosions/Remote violence') return false;
  return rc.s.first.has('civilian') && !rc.s.first.has('armedTarget');
}
