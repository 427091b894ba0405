// Streams a dataset into the store: read it (csv-parse for CSV datasets, json-records.ts for
// sitrep's own JSON / GeoJSON export), map each row, place it among the stored events (merge/),
// and save in batches, each batch ONE transaction. A row that cannot be read or mapped is
// reported with its line number and skipped; the rest is kept.

import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { IngestItem, Placement, Store } from '../store/store.ts';
import { placeReports, type RankHelper } from '../merge/place.ts';
import { placeHelper } from '../merge/place-helper.ts';
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
 * wrote 1 GB of WAL per 10,000 rows, 5,000-row ones 180 MB. Placements barely depend on it: rows
 * of one dataset never merge with each other; only a stored event that a row of the batch was
 * proposed for is not offered to later rows of the same batch.
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

/** Batches rows into transactions (see saveBatch), reporting progress after each. */
async function importRows(store: Store, rows: AsyncIterable<Row>, stats: ImportStats, opts: ImportOptions): Promise<ImportStats> {
  const batchSize = opts.batch ?? IMPORT_BATCH;
  const merge = opts.merge ?? true;
  let batch: Array<DatasetRecord & { line: number }> = [];
  // Half of each batch is ranked on a second thread (SQLite files; same placements).
  const helper = merge ? placeHelper(store) : null;
  const flush = async () => {
    if (!batch.length) return;
    await saveBatch(store, batch, stats, merge, undefined, helper);
    batch = [];
    opts.onProgress?.(stats);
  };
  try {
    for await (const row of rows) {
      stats.rows++;
      if ('error' in row) stats.failed.push({ line: row.line, message: row.error });
      else batch.push({ ...row.record, line: row.line });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await helper?.close();
  }
  return stats;
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

/**
 * Places one batch among the stored events and saves it in ONE transaction; if that fails, row by
 * row so that only the offending rows are lost (each named by line in stats.failed). Returns each
 * row's placement. The import and the merge bench both go through here.
 */
export async function saveBatch(
  store: Store,
  batch: Array<DatasetRecord & { line: number }>,
  stats: ImportStats,
  merge = true,
  onPlaced?: () => void,
  helper?: RankHelper | null,
): Promise<Placement[]> {
  const reports = batch.map((r) => r.report);
  const placements: Placement[] = merge ? await placeReports(store, reports, helper) : reports.map(() => ({ kind: 'new' }));
  onPlaced?.();
  const items: IngestItem[] = batch.map((r, i) => ({ doc: r.doc, reports: [r.report], placements: [placements[i]!] }));
  const count = (created: boolean, placement: Placement) => {
    if (!created) return void stats.unchanged++;
    stats.imported++;
    if (placement.kind === 'attach') stats.attached++;
    if (placement.kind === 'propose') stats.proposed++;
  };
  try {
    (await store.saveIngestMany(items, { events: false })).forEach((res, i) => count(res.created, placements[i]!));
  } catch {
    // The batch rolled back as a whole: save row by row so only the offending rows are lost.
    for (const [i, item] of items.entries()) {
      try {
        count((await store.saveIngest(item.doc, item.reports, item.placements)).created, placements[i]!);
      } catch (err) {
        stats.failed.push({ line: batch[i]!.line, message: (err as Error).message });
      }
    }
  }
  return placements;
}

export function emptyStats(): ImportStats {
  return { rows: 0, imported: 0, unchanged: 0, attached: 0, proposed: 0, failed: [] };
}
