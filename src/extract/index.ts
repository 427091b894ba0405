// The extraction pipeline: one document in, zero or more evidenced Reports out.
// Pure, synchronous and deterministic. The stages run in exactly this order; each is one
// small file that reads what earlier stages found and adds its own findings (see state.ts).

import type { Report } from '../core/types.ts';
import type { ExtractFn } from './types.ts';
import { newDocState, type Stage } from './state.ts';
import { sentenceStage } from './sentences/split.ts';
import { quoteStage } from './sentences/quotes.ts';
import { filingDayStage } from './dates/dateline.ts';
import { dayMonthYearStage } from './dates/day-month-year.ts';
import { periodStage } from './dates/periods.ts';
import { chronoStage } from './dates/chrono-fallback.ts';
import { dropQuotedDatesStage } from './dates/drop-quoted.ts';
import { sequenceStage } from './dates/sequence.ts';
import { acledCodedStage } from './numbers/acled-coded.ts';
import { tollStage } from './numbers/tolls.ts';
import { occurrenceStage } from './segment/occurrence.ts';
import { groupStage } from './segment/group.ts';
import { actorStage, placeStage } from './assemble/knowledge.ts';
import { reportStage } from './assemble/report.ts';
import { loadActorDictionary } from './actors/dictionary.ts';
import { loadCueIndex } from './classify/cues.ts';

// The actor dictionary (data/*.json compiled into one phrase index, ~80 ms) and the classifier's
// cue index (data/cues.json, ~15 ms) are data, like the gazetteer: they are loaded with this
// module, not by whichever text happens to be extracted first, so a batch's loading and its
// extraction are timed apart (bench/extract-cold.ts reports both).
loadActorDictionary();
loadCueIndex();

export const STAGES: readonly Stage[] = [
  sentenceStage, // sentences with offsets and paragraphs
  filingDayStage, // a wire dateline's filing day is the day relative dates count from
  quoteStage, // quotation spans (speech is not narration)
  dayMonthYearStage, // "On 9 May 2020", "Around 4 May 2020 (week of)", "Nov. 14"
  periodStage, // "early September", "late last month", "last week", "recently", weekdays, years
  chronoStage, // anything else chrono-node can read, in sentences that still hold a date cue
  dropQuotedDatesStage, // dates inside quotations are the speaker's
  sequenceStage, // "the day after", "the next morning", "several days later"
  acledCodedStage, // ACLED coder trailers: "3 fatalities.", "coded as 10, split between 2"
  tollStage, // killed / injured / displaced / abducted / arrested figures
  occurrenceStage, // which sentences narrate an occurrence (not history, quotes, predictions)
  groupStage, // sentences -> incidents, each with its date; stops here when there are none
  placeStage, // gazetteer places and the document's country
  actorStage, // named and implied actors
  reportStage, // one Report per incident, every field with evidence
];

export const extractReports: ExtractFn = (input, ctx): Report[] => {
  const doc = newDocState(input, ctx);
  for (const stage of STAGES) {
    stage.run(doc);
    if (stage === groupStage && doc.segments.length === 0) break;
  }
  return doc.reports;
};
