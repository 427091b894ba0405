// processDocument: the whole path of one document, the same in the CLI, the API and the workers.
//   hash -> already stored? -> extract reports -> place them (merge with known events) -> save,
// where saving is one transaction. Every step is deterministic and keyed by the content hash,
// so running it twice (a retried job, a re-ingested folder) changes nothing.

import type { NewDocument } from '../core/types.ts';
import { extractReports } from '../extract/index.ts';
import { loadDefaultGazetteer } from '../geo/index.ts';
import type { Gazetteer } from '../geo/types.ts';
import { contentHash, normaliseText } from '../ingest/hash.ts';
import { placeReports } from '../merge/place.ts';
import { documentIdFor } from '../store/ids.ts';
import type { IngestResult, Store } from '../store/store.ts';

/**
 * A gazetteer, or a loader called only when a document is new: re-ingesting known files (and a
 * server that is never sent a report) never pays for loading one.
 */
export type GazetteerSource = Gazetteer | (() => Gazetteer | Promise<Gazetteer>);

export interface ProcessOptions {
  /** Defaults to the bundled gazetteer (loaded once per process). */
  gazetteer?: GazetteerSource;
}

export async function processDocument(store: Store, given: NewDocument, opts: ProcessOptions = {}): Promise<IngestResult> {
  // Stored and extracted text are the normalised text, so evidence offsets and the hash agree
  // whichever way the document came in (file, API, feed).
  const doc = { ...given, text: normaliseText(given.text) };
  const content_hash = contentHash(doc);
  const stored = { ...doc, content_hash };
  // Known document: saveIngest writes nothing and hands back its events; skip the extraction.
  if (await store.findDocumentByHash(content_hash)) return store.saveIngest(stored, []);
  const g = opts.gazetteer ?? loadDefaultGazetteer;
  const reports = extractDocument(doc, content_hash, typeof g === 'function' ? await g() : g);
  const placements = await placeReports(store, reports);
  return store.saveIngest(stored, reports, placements);
}

/** The stateless part (also `sitrep extract`): the reports a document yields, with their ids. */
export function extractDocument(doc: NewDocument, hash: string, gazetteer: Gazetteer) {
  const country = doc.meta?.country;
  return extractReports(
    {
      document_id: documentIdFor(hash),
      text: doc.text,
      published: doc.published ?? null,
      source: doc.source ?? doc.publisher ?? null,
      country_hint: typeof country === 'string' ? country : null,
    },
    { gazetteer },
  );
}
