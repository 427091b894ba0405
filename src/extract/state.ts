// The working state one document accumulates as it passes through the extraction stages.
// Stages read what earlier stages found and add their own findings; none edits the text.

import type { Mention, Report, TimePrecision } from '../core/types.ts';
import type { ActorMention, ExtractContext, ExtractInput } from './types.ts';
import type { PlaceMention } from '../geo/types.ts';
import type { Tokens } from './numbers/tokens.ts';
import { datelineDate } from './dates/dateline.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Paragraph number (blank-line separated blocks; a title line is its own paragraph). */
  paragraph: number;
  /** A headline: the document's first line, without sentence punctuation, before the body. */
  title?: boolean;
  /** Length of a wire dateline opening the sentence ("TRIPOLI, Libya - "): where it was filed, not where it happened. */
  dateline?: number;
}

/** How a date was anchored: stated in full, relative to publication, or to an earlier date. */
export type DateAnchor = 'explicit' | 'publication' | 'previous-date';

export interface DateValue {
  /** ACLED event_date for the phrase: the day, or the first day of a coarse period. */
  date: string;
  /** Last day the phrase can mean (equal to date for an exact day). */
  end: string;
  precision: TimePrecision;
  anchor: DateAnchor;
  /** True for phrases that only name a year ("in 2016"): always too coarse for an event. */
  yearOnly?: boolean;
  /** True when the phrase puts the occurrence in an open window ending at the report ("recently"). */
  asReported?: boolean;
}

export type DateMention = Mention<DateValue> & { sentence: number };

export type TollKind = 'killed' | 'injured' | 'displaced' | 'abducted' | 'arrested';

export interface TollValue {
  kind: TollKind;
  best: number;
  min: number;
  max: number;
  /** True when the figure is ACLED's own coded trailer ("3 fatalities.") and overrides the prose. */
  coded?: boolean;
  /** Number of events a coded toll is split between ("20 fatalities split up between 3 events"). */
  splitBetween?: number;
}

export type TollMention = Mention<TollValue> & { sentence: number };

/** Items of a document-wide list bucketed by the sentences they lie in (by-sentence.ts). */
export interface SentenceIndex<T> {
  /** How many of the list's items are indexed (the list only grows, or is replaced). */
  size: number;
  buckets: T[][];
}

/** What the segmentation stage decided about one sentence. */
export interface SentenceFacts {
  /** Strongest occurrence cue outside quotations, with its weight (0 when none). */
  cue: { start: number; end: number; text: string; weight: number } | null;
  /** The first date the sentence states that is not background, if any. */
  date: DateMention | null;
  /** Occurrence score: cue weight plus date evidence. */
  score: number;
  /** Why the sentence cannot be a new occurrence ("history", "prediction", ...), or null. */
  rejected: string | null;
  /** Opens with a phrase that announces another incident ("In another event, ..."). */
  newIncident: boolean;
  /** Present perfect without a date ("have been displaced"): a state as of publication. */
  presentPerfect: boolean;
}

/** Sentences that tell one incident, with what decided it. */
export interface Segment {
  sentences: number[];
  start: number;
  end: number;
  date: DateMention | null;
  /** Date inherited from context or publication when the segment states none. */
  dateRule: string;
  cue: { start: number; end: number; text: string } | null;
  confidence: number;
  rules: string[];
  /** For one of the incidents a summary lead counted ("12 civilians were killed in two airstrikes by
   *  the coalition ... A second airstrike hit a car"): the lead sentence, whose actors stand in
   *  when the incident's own sentences name no armed actor. Null otherwise. */
  lead: { start: number; end: number } | null;
  /** How many incidents share the toll the text gives for all of them ("killed in two attacks
   *  ... a position in X and another in Y"): each gets its part. Absent for most. */
  share?: number;
  /** The first of the incidents sharing a toll takes what does not divide evenly (5 in two
   *  attacks: 3 and 2), so their parts add up to the text's figure. */
  shareRest?: boolean;
  /** The dead the text gives this one of several incidents ("killing five in the first"), in
   *  place of a part of the shared toll. */
  killed?: number;
}

export interface DocState {
  input: ExtractInput;
  ctx: ExtractContext;
  text: string;
  /** Publication day as YYYY-MM-DD, or null when unknown. */
  published: string | null;
  sentences: Sentence[];
  /** Word tokens per sentence, made on first use (see sentenceTokens). */
  tokens: Array<Tokens | undefined>;
  /** Spans inside quotation marks: speech, whose dates and figures are the speaker's. */
  quotes: Array<[number, number]>;
  dates: DateMention[];
  tolls: TollMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  /** ISO3 of the country the document is about (hint, or inferred from the text). */
  iso3: string | null;
  facts: SentenceFacts[];
  segments: Segment[];
  reports: Report[];
  /** Per-sentence indexes of dates, tolls and quotes, made on first use (by-sentence.ts). */
  dateIndex: SentenceIndex<DateMention> | null;
  tollIndex: SentenceIndex<TollMention> | null;
  quoteIndex: SentenceIndex<[number, number]> | null;
  /** Per sentence, its clauses that tell an earlier happening (background.ts), made on first use. */
  olderClauses: Array<ReadonlyArray<{ start: number; end: number }> | undefined>;
  earlierClauses: Array<ReadonlyArray<{ start: number; end: number }> | undefined>;
}

/** One step of the pipeline: reads the state, adds its findings. */
export interface Stage {
  name: string;
  run(doc: DocState): void;
}

export function newDocState(input: ExtractInput, ctx: ExtractContext): DocState {
  return {
    input,
    ctx,
    text: input.text,
    // Without a publication date, the dateline the text states ("Posted May 5, 2009") stands in.
    published: input.published && /^\d{4}-\d{2}-\d{2}/.test(input.published) ? input.published.slice(0, 10) : datelineDate(input.text),
    sentences: [],
    tokens: [],
    quotes: [],
    dates: [],
    tolls: [],
    places: [],
    actors: [],
    iso3: input.country_hint ?? null,
    facts: [],
    segments: [],
    reports: [],
    dateIndex: null,
    tollIndex: null,
    quoteIndex: null,
    olderClauses: [],
    earlierClauses: [],
  };
}

/** The sentence index containing a document offset (binary search over sorted sentences). */
export function sentenceAt(doc: DocState, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < s[mid].start) hi = mid - 1;
    else if (offset >= s[mid].end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(s.length - 1, lo));
}

export function sentenceText(doc: DocState, i: number): string {
  const s = doc.sentences[i];
  return doc.text.slice(s.start, s.end);
}
