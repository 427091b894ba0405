// What every route plugin receives as its options: the shared services of one app instance.

import type { Store } from '../store/store.ts';
import type { Gazetteer } from '../geo/types.ts';

export interface ApiContext {
  store: Store;
  /** Gazetteer for ingest; default: the pipeline's own default gazetteer. */
  gazetteer?: Gazetteer;
}

/** Tags group the routes in the OpenAPI document and on /docs. */
export const TAGS = {
  events: 'events',
  documents: 'documents',
  ingest: 'ingest',
  aggregates: 'aggregates',
  exports: 'exports',
  system: 'system',
} as const;
