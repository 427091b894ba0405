// Bench section "merge": imports M synthetic dataset rows into a store already holding N events,
// through the real path (placeReports -> saveIngestMany, 500 rows per transaction). A third of
// the rows are perturbed copies of stored events (the same incident told again: date ±1 day,
// point moved ~2 km, toll changed), the rest are new incidents. Target: 100k into 1M in < 60 s.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Report } from '../src/core/types.ts';
import { placeReports } from '../src/merge/place.ts';
import { addDays } from '../src/store/reconcile.ts';
import { openStore } from '../src/store/index.ts';
import type { IngestItem, Placement } from '../src/store/store.ts';
import { fillStore, prng, syntheticEvents } from './synthetic.ts';

const BATCH = 500;
/** Every COPY_EVERY-th stored event is told again by an imported row. */
const COPY_EVERY = 30;

/** The imported rows: copies of stored events (marked) interleaved with new incidents. */
function* importedRows(stored: number, imported: number): Generator<{ report: Report; copyOf: string | null }> {
  const copies = Math.min(Math.floor(imported / 3), Math.floor(stored / COPY_EVERY));
  const r = prng(7);
  const fresh = syntheticEvents(imported - copies, 2);
  let made = 0;
  let i = 0;
  for (const rep of syntheticEvents(stored, 1)) {
    if (made >= copies) break;
    if (i++ % COPY_EVERY) continue;
    const copy: Report = {
      ...rep,
      id: '',
      event_date: addDays(rep.event_date, Math.floor(r() * 3) - 1),
      latitude: rep.latitude! + (r() - 0.5) * 0.03,
      longitude: rep.longitude! + (r() - 0.5) * 0.03,
      fatalities: rep.fatalities + (r() < 0.3 ? 1 : 0),
      fatalities_max: rep.fatalities_max + 1,
      evidence: [],
      rules: ['dataset:bench'],
    };
    made++;
    yield { report: copy, copyOf: rep.notes };
    const next = fresh.next();
    if (!next.done) yield { report: { ...next.value, evidence: [], rules: ['dataset:bench'] }, copyOf: null };
  }
  for (const rep of fresh) yield { report: { ...rep, evidence: [], rules: ['dataset:bench'] }, copyOf: null };
}

function asItem(report: Report, n: number): IngestItem & { report: Report } {
  const text = `${report.notes} [row ${n}]`;
  const content_hash = createHash('sha256').update(`bench:${n}:${text}`).digest('hex');
  const document_id = 'doc_' + content_hash.slice(0, 16);
  const rep = { ...report, id: `${document_id}:r0`, document_id };
  return { doc: { kind: 'bench', text, content_hash, source: 'Bench Dataset', external_id: String(n) }, reports: [rep], report: rep };
}

export async function run(opts: { quick: boolean }) {
  const stored = opts.quick ? 100_000 : 1_000_000;
  const imported = opts.quick ? 10_000 : 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-merge-'));
  const store = await openStore(join(dir, 'merge.db'));
  try {
    const fill = await fillStore(store, stored, { seed: 1 });
    const t0 = performance.now();
    let placeMs = 0;
    const counts = { attach: 0, propose: 0, new: 0 };
    let copies = 0;
    let copiesFound = 0;
    let copiesProposed = 0;
    let wrongAttach = 0;
    let batch: Array<{ item: IngestItem; copyOf: string | null }> = [];
    const flush = async () => {
      const tp = performance.now();
      const placements: Placement[] = await placeReports(store, batch.map((b) => b.item.reports[0]!));
      placeMs += performance.now() - tp;
      const checks = placements.map(async (p, i) => {
        counts[p.kind]++;
        const copyOf = batch[i]!.copyOf;
        if (copyOf) copies++;
        if (p.kind === 'new') return;
        // A right placement lands on the event whose notes the copy was made from.
        const right = copyOf !== null && (await store.getEvent(p.event_id))?.notes === copyOf;
        if (p.kind === 'propose') copiesProposed += right ? 1 : 0;
        else if (right) copiesFound++;
        else wrongAttach++;
      });
      await Promise.all(checks);
      await store.saveIngestMany(batch.map((b, i) => ({ ...b.item, placements: [placements[i]!] })));
      batch = [];
    };
    let n = 0;
    for (const { report, copyOf } of importedRows(stored, imported)) {
      const item = asItem(report, n++);
      batch.push({ item, copyOf });
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    const totalMs = performance.now() - t0;
    const rows = [
      { metric: 'stored events', value: stored },
      { metric: 'fill time (s)', value: +(fill.ms / 1000).toFixed(1) },
      { metric: 'imported rows', value: n },
      { metric: 'merge+save time (s)', value: +(totalMs / 1000).toFixed(1) },
      { metric: 'of which placement (s)', value: +(placeMs / 1000).toFixed(1) },
      { metric: 'rows per second', value: Math.round(n / (totalMs / 1000)) },
      { metric: 'target (full run)', value: '< 60 s' },
      { metric: 'attached / proposed / new', value: `${counts.attach} / ${counts.propose} / ${counts.new}` },
      { metric: 'copies attached to their event', value: `${copiesFound}/${copies}` },
      { metric: 'copies proposed for their event', value: `${copiesProposed}/${copies}` },
      { metric: 'wrong attaches', value: wrongAttach },
    ];
    return { name: 'merge', rows, json: { stored, imported: n, fill_ms: fill.ms, total_ms: totalMs, place_ms: placeMs, counts, copies, copies_found: copiesFound, copies_proposed: copiesProposed, wrong_attach: wrongAttach } };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
