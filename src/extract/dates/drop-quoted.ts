// Refiner: a date inside a quotation is relative to when it was said, not to publication
// ("they're going to attack tonight"), so it neither dates an event nor anchors a sequence.

import type { Stage } from '../state.ts';
import { inQuote } from '../by-sentence.ts';

export const dropQuotedDatesStage: Stage = {
  name: 'dates/drop-quoted',
  run(doc) {
    if (doc.quotes.length) doc.dates = doc.dates.filter((d) => !inQuote(doc, d.start));
  },
};
