// Contract of the extraction pipeline: pure, deterministic, offline.

import type { Report } from '../core/types.ts';
import type { Gazetteer } from '../geo/types.ts';

export interface ExtractInput {
  document_id: string;
  text: string;
  /** YYYY-MM-DD; relative dates ("late last month") resolve against it. */
  published: string | null;
  source?: string | null;
  /** ISO3 of the country the document is about, when known (feed/source metadata). */
  country_hint?: string | null;
}

export interface ExtractContext {
  gazetteer: Gazetteer;
}

export type ExtractFn = (input: ExtractInput, ctx: ExtractContext) => Report[];

// ---- Contracts between the pipeline (H1) and the knowledge stages (H2) ----------------

/** An actor named (or implied) in the text, normalised to ACLED's naming conventions. */
export interface ActorMatch {
  /** ACLED-style name, e.g. "Military Forces of Libya (2014-) Libyan National Army",
   *  "Wagner Group", "Unidentified Armed Group (Libya)", "Civilians (Libya)". */
  name: string;
  /** ACLED inter code 1-8. */
  inter: number;
  /** ISO3 of the country the actor belongs to, when known. */
  iso3?: string | null;
  /** Dictionary id, or null for an unknown named group kept as a new actor. */
  dictionary_id: string | null;
}

export interface ActorMention {
  start: number;
  end: number;
  text: string;
  actor: ActorMatch;
  confidence: number;
  rule: string;
}

export interface Classification {
  event_type: import('../core/taxonomy.ts').EventType;
  sub_event_type: import('../core/taxonomy.ts').SubEventType;
  civilian_targeting: boolean;
  confidence: number;
  /** The cue span that decided it (document offsets). */
  cue: { start: number; end: number; text: string } | null;
  rule: string;
}
