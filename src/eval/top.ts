// Which of the events extracted from one note is compared with the note's coded row.
//
// An ACLED note describes one coded event and tells it first ("On 9 May 2020, ...");
// context (earlier attacks, reactions, totals) follows. So the top event is the one whose
// evidence starts earliest in the text; ties (several events from the same sentence) go to
// the higher overall confidence, then to the pipeline's own order.

import type { Report } from '../core/types.ts';

function firstOffset(r: Report): number {
  let min = Number.POSITIVE_INFINITY;
  for (const e of r.evidence) if (e.start < min) min = e.start;
  return min;
}

export function topReport(reports: readonly Report[]): Report | null {
  let best: Report | null = null;
  let bestStart = Number.POSITIVE_INFINITY;
  let bestConf = -1;
  for (const r of reports) {
    const start = firstOffset(r);
    const conf = r.confidence?.overall ?? 0;
    if (start < bestStart || (start === bestStart && conf > bestConf)) {
      best = r;
      bestStart = start;
      bestConf = conf;
    }
  }
  return best;
}
