// Streams a dataset into the store: read it (csv-parse for CSV datasets, json-records.ts for
// sitrep's own JSON / GeoJSON export), map each row, place it among the stored events (merge/),
// and save in batches, each batch ONE transaction. A row that cannot be read or mapped is
// reported with its line number and skipped; the rest is kept.

import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { Store } from '../store/store.ts';
import { placeHelper } from '../merge/place-helper.ts';
import { saveBatches, type Batch } from './save-batches.ts';
import { acledRecord } from './acled.ts';
import { ucdpRecord } from './ucdp.ts';
import type { DatasetRecord } from './record.ts';
import { jsonRecords } from './json-records.ts';
import { sitrepRecord } from './sitrep.ts';

export const DATASETS: Record<string, (row: Record<string, string>, columns: string[]) => DatasetRecord> = {
  acled: acledRecord,
  ucdp: ucdpRecord,
};

/** Datasets read as JSON: sitrep's own export (`export --format json|geojson`), event by event. */
export const JSON_DATASETS: Record<string, { map: (value: unknown) => DatasetRecord; collection: boolean }> = {
  json: { map: sitrepRecord, collection: false },
  // Events are the features of a FeatureCollection (or elements of a plain array).
  geojson: { map: sitrepRecord, collection: true },
};

export const DATASET_NAMES = [...Object.keys(DATASETS), ...Object.keys(JSON_DATASETS)];

/** One row read from a dataset file: its mapped record, or why it could not be read. */
type Row = { line: number; record: DatasetRecord } | { line: number; error: string };

/**
 * Rows per transaction by default. Each transaction rewrites every index page its rows touch, and
 * rows of a large store land on pages all over each index: at 100,000 events 500-row transactions
 * wrote 1 GB of WAL per 10,000 rows, 5,000-row ones 180 MB; at 1,000,000 events a commit cost
 * ~0.35 ms per row in 2,000-row transactions and ~0.22 ms in 10,000-row ones. But while a batch is
 * saved the next is ranked ahead (saveBatches), and the larger the batches the more of its rows the
 * save reaches and must be ranked again (5% at 2,000 rows, 26% at 10,000 in the merge bench; more
 * in a file sorted by date): the 100k-into-1M bench took the same time either way (141 / 144 s).
 * Placements barely depend on it: rows of one dataset never merge with each other; only a stored
 * event that a row of the batch was proposed for is not offered to later rows of the same batch.
 */
export const IMPORT_BATCH = 2000;

export interface ImportOptions {
  /** Rows per transaction. */
  batch?: number;
  /** Look for the same incident among stored events (default true). */
  merge?: boolean;
  onProgress?: (s: ImportStats) => void;
}

export interface ImportStats {
  rows: number;
  imported: number;
  /** Rows whose document was already stored (re-import). */
  unchanged: number;
  attached: number;
  proposed: number;
  failed: Array<{ line: number; message: string }>;
}

export async function importDataset(store: Store, dataset: string, path: string, opts: ImportOptions = {}): Promise<ImportStats> {
  const stats = emptyStats();
  const json = JSON_DATASETS[dataset];
  if (json) return importRows(store, jsonRows(path, json.map, json.collection), stats, opts);
  const map = DATASETS[dataset];
  if (!map) throw new Error(`unknown dataset "${dataset}" (known: ${DATASET_NAMES.join(', ')})`);
  return importRows(store, csvRows(path, map, stats), stats, opts);
}

/** Batches rows into transactions (see saveBatches), reporting progress after each. */
async function importRows(store: Store, rows: AsyncIterable<Row>, stats: ImportStats, opts: ImportOptions): Promise<ImportStats> {
  const merge = opts.merge ?? true;
  // A second thread ranks rows (SQLite files; same placements): the next batch while one is saved.
  const helper = merge ? placeHelper(store) : null;
  try {
    await saveBatches(store, batchesOf(rows, opts.batch ?? IMPORT_BATCH, stats), stats, { merge, helper, onSaved: () => opts.onProgress?.(stats) });
  } finally {
    await helper?.close();
  }
  return stats;
}

/** Rows in batches of `size`; a row that could not be read goes to stats.failed. */
async function* batchesOf(rows: AsyncIterable<Row>, size: number, stats: ImportStats): AsyncGenerator<Batch> {
  let batch: Batch = [];
  for await (const row of rows) {
    stats.rows++;
    if ('error' in row) stats.failed.push({ line: row.line, message: row.error });
    else batch.push({ ...row.record, line: row.line });
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function* jsonRows(path: string, map: (value: unknown) => DatasetRecord, collection: boolean): AsyncGenerator<Row> {
  for await (const item of jsonRecords(path, { collection })) {
    if ('error' in item) yield item;
    else {
      try {
        yield { line: item.line, record: map(item.value) };
      } catch (err) {
        yield { line: item.line, error: (err as Error).message };
      }
    }
  }
}

/** CSV rows by header name; a row the parser cannot read goes to stats.failed (it is no row). */
async function* csvRows(path: string, map: (row: Record<string, string>, columns: string[]) => DatasetRecord, stats: ImportStats): AsyncGenerator<Row> {
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      info: true,
      // UCDP exports end every row with an extra empty column; a short row is caught by mapping.
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: { message: string; lines?: number } | undefined) => {
        if (err) stats.failed.push({ line: err.lines ?? 0, message: err.message });
      },
    }),
  );
  let columns: string[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!columns) {
      columns = record.map((c) => c.trim());
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((c, i) => (row[c] = record[i] ?? ''));
    try {
      if (record.length < columns.length) throw new Error(`${record.length} columns, expected ${columns.length}`);
      yield { line: info.lines, record: map(row, columns) };
    } catch (err) {
      yield { line: info.lines, error: (err as Error).message };
    }
  }
  if (!columns) throw new Error(`${path}: no header row`);
}

export function emptyStats(): ImportStats {
  return { rows: 0, imported: 0, unchanged: 0, attached: 0, proposed: 0, failed: [] };
}
