// Is a date background history rather than news? A report describes recent events; a date
// well before publication ("In 2016", "on April 4" eight months earlier, "back in 2014") is
// context. The cut-off lives in data/occurrence-cues.json (background_days).

import cues from '../data/occurrence-cues.json' with { type: 'json' };
import { daysBetween } from '../dates/calendar.ts';
import type { DateMention } from '../state.ts';

export const BACKGROUND_DAYS: number = cues.background_days;

export function isBackgroundDate(d: DateMention, published: string | null): boolean {
  if (!published) return false;
  if (d.value.yearOnly) return +d.value.end.slice(0, 4) < +published.slice(0, 4) || daysBetween(d.value.end, published) > BACKGROUND_DAYS;
  return daysBetween(d.value.end, published) > BACKGROUND_DAYS;
}

/** Phrases that place a sentence in the past of the story ("back then", "years ago"). */
const HISTORY = new RegExp(`\\b(?:${cues.history.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');

export function hasHistoryPhrase(sentence: string): boolean {
  return HISTORY.test(sentence);
}
