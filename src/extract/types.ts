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
