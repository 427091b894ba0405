// What every route plugin receives as its options: the shared services of one app instance.

import type { Store } from '../store/store.ts';
import type { GazetteerSource } from '../pipeline/process.ts';
import type { JobRunner } from '../queue/index.ts';

export interface ApiContext {
  store: Store;
  /** Gazetteer for ingest; default: the pipeline's own default gazetteer. */
  gazetteer?: GazetteerSource;
  /** Where documents are processed: absent or in-process runs the pipeline in the request; BullMQ queues for `sitrep worker`s. */
  runner?: JobRunner;
}

/** Tags group the routes in the OpenAPI document and on /docs. */
export const TAGS = {
  events: 'events',
  documents: 'documents',
  ingest: 'ingest',
  aggregates: 'aggregates',
  exports: 'exports',
  system: 'system',
  jobs: 'jobs',
} as const;
