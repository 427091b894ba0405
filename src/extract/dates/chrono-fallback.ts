// chrono-node for the date forms the fast parsers do not know ("the 14th of November",
// "12 days ago", ...). It only runs on sentences that still hold a date cue after the fast
// parsers, because it is the slowest stage. Its results are refined: a month or day without a
// year is its most recent past occurrence relative to publication, never the future.

import * as chrono from 'chrono-node';
import type { DocState, Stage } from '../state.ts';
import { fromTime, ymd } from './calendar.ts';
import { addDate, overlapsDate, sortDates } from './mention.ts';

const CUE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\bago\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g;

/** Does the sentence still hold a date cue outside the spans the fast parsers claimed? */
function hasOpenCue(doc: DocState, start: number, end: number): boolean {
  const text = doc.text.slice(start, end);
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    if (!overlapsDate(doc, start + m.index, start + m.index + m[0].length)) return true;
  }
  return false;
}

function refDate(pub: string): Date {
  return new Date(`${pub}T12:00:00Z`);
}

export const chronoStage: Stage = {
  name: 'dates/chrono',
  run(doc) {
    if (!doc.published) return;
    const ref = refDate(doc.published);
    let added = false;
    for (const s of doc.sentences) {
      if (!hasOpenCue(doc, s.start, s.end)) continue;
      const text = doc.text.slice(s.start, s.end);
      for (const r of chrono.en.parse(text, ref, { forwardDate: false })) {
        const start = s.start + r.index;
        const end = start + r.text.length;
        if (overlapsDate(doc, start, end)) continue;
        const c = r.start;
        if (!c.isCertain('month') && !c.isCertain('weekday') && !/ago/.test(r.text)) continue; // bare times
        if (/^[a-z]+$/.test(r.text.trim())) continue; // "march", "may": verbs and nouns, not months
        let y = c.get('year') ?? +doc.published.slice(0, 4);
        const m = c.get('month') ?? 1;
        const d = c.get('day') ?? 1;
        let date = ymd(y, m, d);
        if (!c.isCertain('year') && date > doc.published) date = ymd(--y, m, d);
        const exactDay = c.isCertain('day') || c.isCertain('weekday') || /ago/.test(r.text);
        const end2 = r.end ? fromTime(r.end.date().getTime()) : date;
        addDate(doc, start, end, { date, end: end2 < date ? date : end2, precision: exactDay ? 1 : 3, anchor: c.isCertain('year') ? 'explicit' : 'publication' }, 'dates/chrono', 0.7);
        added = true;
      }
    }
    if (added) sortDates(doc);
  },
};
