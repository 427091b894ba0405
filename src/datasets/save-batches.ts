// The import's pipeline for placed batches: each batch is placed among the stored events and
// saved in ONE transaction, in order, while the helper thread ranks the next one. Shared by the
// import (import.ts) and the merge bench.

import type { CandidateEvent, IngestItem, Placement, Store } from '../store/store.ts';
import { reachedBy, touchedFootprints } from '../merge/ahead.ts';
import { claimEvents, rankReports, type RankedList, type RankHelper } from '../merge/place.ts';
import type { ImportStats } from './import.ts';
import type { DatasetRecord } from './record.ts';

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
 * batch is saved on this thread, the helper's thread (when a core is free) ranks the share of the
 * next it can finish meanwhile (AheadShare), and this thread the rest after the save; the helper's
 * rows that the saved batch could have changed the candidates of are ranked again afterwards
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
    const early = cut ? helper!.rank(coming.slice(0, cut)).catch(() => null) : null;
    // The events rows join, as they were before the save (one of the versions a stale ranking saw).
    const joined = early ? [...new Set(placements.flatMap((p) => (p.kind === 'attach' ? [p.event_id] : [])))] : [];
    const before = joined.length ? await store.candidateEvents(joined) : new Map<string, CandidateEvent>();
    await helper?.beforeSave?.();
    const saving = performance.now();
    await saveRows(store, batch, placements, stats);
    const saveMs = performance.now() - saving;
    ahead = early && (await early);
    if (ahead) {
      share.adjust(cut, helper!.lastRankMs?.() ?? null, saveMs, coming.length);
      const after = joined.length ? await store.candidateEvents(joined) : new Map<string, CandidateEvent>();
      const stale = reachedBy(coming.slice(0, cut), touchedFootprints(reports, placements, before, after));
      // The rows past the cut were never ranked: ranked here, after the save, they need no second look.
      const rows = [...stale];
      for (let i = cut; i < coming.length; i++) rows.push(i);
      const fresh = rows.length ? await rankReports(store, rows.map((i) => coming[i]!), helper) : [];
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
 * thread waiting for the other is time lost, so the share is what the helper ranked in the time
 * of one save at its last pace (from hand-over to answer), halfway from the share before, to ride
 * out one slow batch.
 */
class AheadShare {
  private value = 1;
  of(rows: number): number {
    return Math.max(1, Math.round(rows * this.value));
  }
  adjust(ranked: number, rankMs: number | null, saveMs: number, rows: number): void {
    if (!rankMs || !rows) return;
    const fits = ((ranked / rankMs) * saveMs) / rows;
    this.value = Math.min(1, Math.max(0.25, (this.value + fits) / 2));
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

