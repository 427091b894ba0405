// The shared nouns of sitrep (see README "Data model"):
//   Document -> Mentions -> Reports (one source's claim) -> Events (reconciled incidents).
// Field names follow ACLED's export columns wherever ACLED has one, so that an event
// serialises to ACLED-style JSON/CSV without renaming.

import type { EventType, SubEventType } from './taxonomy.ts';

/** ACLED time_precision: 1 = exact day, 2 = within a week, 3 = within a month. */
export type TimePrecision = 1 | 2 | 3;
/** ACLED geo_precision: 1 = exact place, 2 = near / part of, 3 = larger region (admin area). */
export type GeoPrecision = 1 | 2 | 3;

/** Where one extracted value came from: offsets are UTF-16 code units into Document.text. */
export interface Evidence {
  field: string;
  document_id: string;
  start: number;
  end: number;
  text: string;
}

/** Something a stage recognised in a text. Stages add mentions; they never edit text. */
export interface Mention<V = unknown> {
  kind: 'date' | 'place' | 'actor' | 'number' | 'cue' | string;
  start: number;
  end: number;
  text: string;
  value: V;
  confidence: number;
  /** Which stage/rule produced it, e.g. "dates/relative-refiner". */
  stage: string;
}

/** A document as it enters the system (before it has an id). */
export interface NewDocument {
  text: string;
  /** Original markup when the input was HTML; text is the extracted article body. */
  html?: string | null;
  title?: string | null;
  byline?: string | null;
  source?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** ISO date (YYYY-MM-DD) the document was published; relative dates resolve against it. */
  published?: string | null;
  language?: string | null;
  /** Origin kind: 'text' | 'html' | 'markdown' | 'feed' | 'acled' | 'ucdp' | 'api'. */
  kind: string;
  /** For dataset rows: the dataset's own row id (e.g. ACLED event_id_cnty). */
  external_id?: string | null;
  /** Free metadata (original file name, dataset columns kept for round-trip, ...). */
  meta?: Record<string, unknown>;
}

export interface StoredDocument extends NewDocument {
  /** Stable id derived from the content hash ("doc_" + first 16 hex of sha256). */
  id: string;
  /** sha256 hex of the normalised text plus dataset identity; the document's identity. */
  content_hash: string;
  ingested_at: string;
}

/** The ACLED-compatible fields shared by reports (claims) and events (reconciled). */
export interface EventFields {
  event_date: string; // YYYY-MM-DD
  time_precision: TimePrecision;
  /** Last day of the period a coarse date stands for (ACLED codes the period's start/midpoint). */
  event_date_end?: string | null;
  event_type: EventType;
  sub_event_type: SubEventType;
  actor1: string;
  assoc_actor_1: string;
  inter1: number; // ACLED inter codes 0-8
  actor2: string;
  assoc_actor_2: string;
  inter2: number;
  /** Two-digit ACLED interaction code (lower inter first, e.g. 12, 17, 60). */
  interaction: number;
  /** ACLED's flag: "Civilian targeting" or "". */
  civilian_targeting: string;
  iso3: string;
  country: string;
  admin1: string;
  admin2: string;
  admin3?: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  geo_precision: GeoPrecision | null;
  /** ACLED's conservative best figure. */
  fatalities: number;
  fatalities_min: number;
  fatalities_max: number;
  injuries: number | null;
  displaced: number | null;
  notes: string;
  source: string;
  /** ACLED extras kept for faithful round-trip of imported rows. */
  region?: string;
  source_scale?: string;
  tags?: string;
}

/** Per-field confidence in [0,1]; keys are EventFields names (plus "overall"). */
export type Confidence = Record<string, number>;

/** One event as ONE document tells it: a source's claim. Immutable once stored. */
export interface Report extends EventFields {
  id: string;
  document_id: string;
  confidence: Confidence;
  evidence: Evidence[];
  /** Rule names that decided type, date, etc. (explainability). */
  rules?: string[];
  /** Why the merge step put this report where it is (absent when no merge search ran). */
  placement?: PlacementRecord;
}

/**
 * A placement decision as recorded with its report: attached to, proposed for, or kept apart
 * from the best stored candidate scored (null when the search window held none), with that
 * candidate's score, its parts (date, place, type, actors, toll, text; null where a side does
 * not say) and the rule (vetoes and caps: veto:country, who:..., apart:text, held:DATASET).
 */
export interface PlacementRecord {
  kind: 'attach' | 'propose' | 'new';
  candidate: string | null;
  score: number | null;
  parts: Record<string, number | null> | null;
  rule: string;
  /** How many stored events were scored. */
  candidates: number;
}

export type EventStatus = 'new' | 'confirmed' | 'edited' | 'rejected' | 'merged';
/** Airwars-style grade derived from number/independence/agreement of sources. */
export type EventGrade = 'confirmed' | 'fair' | 'weak' | 'contested' | 'discounted';

/** One source's value for a field of a merged event. */
export interface Claim {
  report_id: string;
  document_id: string;
  source: string;
  value: unknown;
}

/** The real-world incident: one or more reports merged and reconciled. */
export interface SitrepEvent extends EventFields {
  id: string;
  document_ids: string[];
  report_ids: string[];
  confidence: Confidence;
  evidence: Evidence[];
  status: EventStatus;
  grade: EventGrade;
  /** When status is 'merged': the event this one was merged into. */
  merged_into?: string | null;
  /** Fields whose sources disagree, each with every source's claim. */
  disagreements?: Record<string, Claim[]>;
  /**
   * Fields a reviewer set by hand: field -> extracted value it replaced. `implied_by` marks a value
   * a review action implied rather than typed ('reject': the grade 'discounted'), with the
   * reviewer's own entry it `replaces` (null: none), put back when the action is reversed.
   */
  overrides?: Record<string, { extracted: unknown; value: unknown; by: string; at: string; implied_by?: string; replaces?: { value: unknown; by: string; at: string } | null }>;
  created_at?: string;
  updated_at?: string;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
  total?: number;
}
