// Shared helpers for date parsers: building mentions and skipping spans already claimed.

import type { TimePrecision } from '../../core/types.ts';
import { sentenceAt, type DateAnchor, type DateMention, type DocState } from '../state.ts';
import { datesOfSentence, noteDate } from '../by-sentence.ts';

export function overlapsDate(doc: DocState, start: number, end: number): boolean {
  const first = sentenceAt(doc, start);
  const last = sentenceAt(doc, Math.max(start, end - 1));
  for (let i = first; i <= last; i++) for (const d of datesOfSentence(doc, i)) if (start < d.end && end > d.start) return true;
  return false;
}

export interface DateFields {
  date: string;
  end?: string;
  precision: TimePrecision;
  anchor: DateAnchor;
  yearOnly?: boolean;
  asReported?: boolean;
}

/** Add a date mention unless an earlier parser already claimed that span. */
export function addDate(doc: DocState, start: number, end: number, f: DateFields, stage: string, confidence: number): DateMention | null {
  if (overlapsDate(doc, start, end)) return null;
  const m: DateMention = {
    kind: 'date',
    start,
    end,
    text: doc.text.slice(start, end),
    value: { date: f.date, end: f.end ?? f.date, precision: f.precision, anchor: f.anchor, yearOnly: f.yearOnly, asReported: f.asReported },
    confidence,
    stage,
    sentence: sentenceAt(doc, start),
  };
  doc.dates.push(m);
  noteDate(doc, m);
  return m;
}

export function sortDates(doc: DocState): void {
  doc.dates.sort((a, b) => a.start - b.start);
}
