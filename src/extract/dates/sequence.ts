// Dates stated relative to an earlier date in the story rather than to publication:
// "the day after the announcement", "the next morning", "that night", "several days later",
// "two days later". Each is anchored on the nearest earlier date mention that names a day
// or period (never a bare year), so a narrative keeps its own clock.

import type { TimePrecision } from '../../core/types.ts';
import type { DateMention, DocState, Stage } from '../state.ts';
import { previousDate } from '../by-sentence.ts';
import { addDays } from './calendar.ts';
import { addDate, sortDates } from './mention.ts';

const PART_OF_DAY = '(?:day|morning|night|evening|afternoon|dawn)';
const SEQUENCE = new RegExp(
  [
    `\\bthe\\s+(?<next>next|following)\\s+${PART_OF_DAY}\\b`,
    `\\bthe\\s+${PART_OF_DAY}\\s+(?<dir>after|before)\\b`,
    // "two days after" ends the clause; "two days after the strike" is anchored on the strike, not on the last date.
    `\\b(?<count>a|one|two|three|four|five|six|several|a\\s+few|few|\\d{1,2})\\s+(?<unit>days?|weeks?)\\s+(?<dir2>later|afterwards|earlier|(?:after|before)(?=\\s*[,.;]|\\s*$))`,
    `\\b(?<same>that|the\\s+same)\\s+${PART_OF_DAY}\\b`,
  ].join('|'),
  'gi',
);

const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** How many sentences back a relative phrase may find its anchor: a story's clock is local. */
const ANCHOR_REACH = 40;

function previousAnchor(doc: DocState, offset: number): DateMention | null {
  return previousDate(doc, offset, (d) => !d.value.yearOnly && !d.value.asReported, ANCHOR_REACH);
}

export const sequenceStage: Stage = {
  name: 'dates/sequence',
  run(doc) {
    SEQUENCE.lastIndex = 0;
    let added = false;
    for (let m = SEQUENCE.exec(doc.text); m; m = SEQUENCE.exec(doc.text)) {
      const anchor = previousAnchor(doc, m.index);
      if (!anchor) continue;
      const g = m.groups ?? {};
      let offset = 0;
      let precision: TimePrecision = anchor.value.precision;
      if (g.next) offset = 1;
      else if (g.dir) offset = /after/i.test(g.dir) ? 1 : -1;
      else if (g.count) {
        const vague = /several|few/i.test(g.count);
        const n = vague ? 3 : (COUNTS[g.count.toLowerCase()] ?? +g.count);
        const days = /week/i.test(g.unit ?? '') ? n * 7 : n;
        offset = /later|after/i.test(g.dir2 ?? '') ? days : -days;
        if (vague || /week/i.test(g.unit ?? '')) precision = Math.max(precision, 2) as TimePrecision;
      }
      const date = addDays(anchor.value.date, offset);
      if (doc.published && date > doc.published) continue; // a report tells no day after its own
      if (addDate(doc, m.index, m.index + m[0].length, { date, precision, anchor: 'previous-date' }, 'dates/sequence', anchor.confidence * 0.85)) added = true;
    }
    if (added) sortDates(doc);
  },
};
