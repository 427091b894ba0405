// Streams a dataset into the store: read it (csv-parse for CSV datasets, json-records.ts for
// sitrep's own JSON / GeoJSON export), map each row, place it among the stored events (merge/),
// and save in batches, each batch ONE transaction. A row that cannot be read or mapped is
// reported with its line number and skipped; the rest is kept.

import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { CandidateEvent, IngestItem, Placement, Store } from '../store/store.ts';
import { reachedBy, touchedFootprints } from '../merge/ahead.ts';
import { claimEvents, rankBatch, rankReports, type RankedList, type RankHelper } from '../merge/place.ts';
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

/** Rows saved in one transaction, each with the line it was read from. */
export type Batch = Array<DatasetRecord & { line: number }>;

export interface BatchOptions {
  /** Look for the same incident among stored events (default true). */
  merge?: boolean;
  /** A second thread to rank on (place-helper.ts). */
  helper?: RankHelper | null;
  /** Each batch's placements, once decided (before it is saved). */
  onPlaced?: (batch: Batch, placements: Placement[]) => void;
  /** After each batch is saved. */
  onSaved?: (batch: Batch, placements: Placement[]) => void | Promise<void>;
  /** A batch was ranked while the one before it was saved, and `again` of its rows were ranked again after the save. */
  onAhead?: (rows: number, again: number) => void;
}

/**
 * Places batches among the stored events and saves each in ONE transaction (saveRows), in order;
 * returns nothing but fills `stats`. The import and the merge bench both go through here.
 *
 * Each batch is placed against the store as it was after the one before it was saved. While one
 * batch is saved on this thread, the next is ranked on the helper's thread (when a core is free);
 * its rows that the saved batch could have changed the candidates of are ranked again afterwards
 * (ahead.ts), so the placements are those of ranking each batch only after the save before it.
 */
export async function saveBatches(store: Store, batches: AsyncIterable<Batch>, stats: ImportStats, opts: BatchOptions = {}): Promise<void> {
  const merge = opts.merge ?? true;
  const helper = opts.helper ?? null;
  const it = batches[Symbol.asyncIterator]();
  let next = await it.next();
  /** The current batch's rankings when they were made ahead (and brought up to date). */
  let ahead: RankedList[] | null = null;
  /** The share of the next batch the helper ranks ahead: the rest is ranked here after the save (see AheadShare). */
  const share = new AheadShare();
  while (!next.done) {
    const batch = next.value;
    const reports = batch.map((r) => r.report);
    const placements: Placement[] = merge
      ? await claimEvents(store, reports, ahead ?? (await rankReports(store, reports, helper)))
      : reports.map(() => ({ kind: 'new' }));
    opts.onPlaced?.(batch, placements);
    next = await it.next();
    const coming = next.done ? [] : next.value.map((r) => r.report);
    const cut = merge && coming.length && helper?.worthIt() ? share.of(coming.length) : 0;
    let ready = false;
    const early = cut ? helper!.rank(coming.slice(0, cut)).then((r) => ((ready = true), r), () => null) : null;
    // The events rows join, as they were before the save (one of the versions a stale ranking saw).
    const joined = early ? [...new Set(placements.flatMap((p) => (p.kind === 'attach' ? [p.event_id] : [])))] : [];
    const before = joined.length ? await store.candidateEvents(joined) : new Map<string, CandidateEvent>();
    await saveRows(store, batch, placements, stats);
    if (early) {
      // One turn of the event loop: a ranking that came back during the save is received first.
      await new Promise((r) => setImmediate(r));
      share.adjust(ready);
    }
    ahead = early && (await early);
    if (ahead) {
      const after = joined.length ? await store.candidateEvents(joined) : new Map<string, CandidateEvent>();
      const stale = reachedBy(coming.slice(0, cut), touchedFootprints(reports, placements, before, after));
      // Here alone: the helper's thread is about to checkpoint what this batch wrote. The rows
      // past the cut were never ranked: ranked now, after the save, they need no second look.
      const rows = [...stale];
      for (let i = cut; i < coming.length; i++) rows.push(i);
      const fresh = rows.length ? await rankBatch(store, rows.map((i) => coming[i]!)) : [];
      rows.forEach((row, j) => (ahead![row] = fresh[j]!));
      opts.onAhead?.(cut, stale.length);
    }
    helper?.afterSave?.();
    await opts.onSaved?.(batch, placements);
  }
}

/**
 * How much of the next batch the helper's thread ranks while this thread saves: the rest is
 * ranked here once the save is done. Saving and ranking a batch take about as long, and either
 * thread waiting for the other is time lost, so the share moves by a step each batch: down when
 * the ranking was not ready when the save ended (this thread would wait), up when it was.
 */
class AheadShare {
  private value = 1;
  of(rows: number): number {
    return Math.max(1, Math.round(rows * this.value));
  }
  adjust(readyInTime: boolean): void {
    this.value = Math.min(1, Math.max(0.25, this.value + (readyInTime ? 0.05 : -0.05)));
  }
}

/**
 * Saves one placed batch in ONE transaction; if that fails, row by row so that only the offending
 * rows are lost (each named by line in stats.failed).
 */
async function saveRows(store: Store, batch: Batch, placements: Placement[], stats: ImportStats): Promise<void> {
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
}

export function emptyStats(): ImportStats {
  return { rows: 0, imported: 0, unchanged: 0, attached: 0, proposed: 0, failed: [] };
}
