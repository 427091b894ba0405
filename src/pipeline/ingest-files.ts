// Ingesting files and folders: every file is read and processed on its own, so one bad file
// costs only itself. Each outcome is reported through callbacks (the CLI prints them).

import { IngestError } from '../ingest/errors.ts';
import type { DocumentMeta } from '../ingest/meta.ts';
import { readDocumentFile } from '../ingest/read.ts';
import { listInputs } from '../ingest/walk.ts';
import type { IngestResult, Store } from '../store/store.ts';
import { processDocument, type ProcessOptions } from './process.ts';

export interface IngestFilesOptions {
  meta?: DocumentMeta;
  maxBytes?: number;
  gazetteer?: ProcessOptions['gazetteer'];
  onResult?: (file: string, result: IngestResult, done: number, total: number) => void;
  onError?: (error: IngestError) => void;
}

export interface IngestSummary {
  files: number;
  created: number;
  unchanged: number;
  failed: number;
  events: number;
  skipped: number;
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestFilesOptions = {}): Promise<IngestSummary> {
  const inputs = await listInputs(paths);
  const summary: IngestSummary = { files: inputs.files.length, created: 0, unchanged: 0, failed: 0, events: 0, skipped: inputs.skipped };
  for (const problem of inputs.problems) {
    summary.failed++;
    opts.onError?.(problem);
  }
  let done = 0;
  for (const file of inputs.files) {
    done++;
    try {
      const doc = await readDocumentFile(file, opts.meta ?? {}, { maxBytes: opts.maxBytes });
      const result = await processDocument(store, doc, { gazetteer: opts.gazetteer });
      if (result.created) {
        summary.created++;
        summary.events += result.events.length;
      } else summary.unchanged++;
      opts.onResult?.(file, result, done, inputs.files.length);
    } catch (err) {
      summary.failed++;
      // Anything unexpected (an extraction bug on one odd file) is reported against that file.
      opts.onError?.(err instanceof IngestError ? err : new IngestError(file, (err as Error).message ?? String(err)));
    }
  }
  return summary;
}
