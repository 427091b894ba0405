// The rows the merge bench imports (bench/merge.ts): perturbed copies of stored synthetic events
// (the same incident told again) interleaved with new incidents, shaped like imported dataset rows.

import type { Report } from '../src/core/types.ts';
import { datasetHash, documentIdOf, evidenceInText, type DatasetRecord } from '../src/datasets/record.ts';
import { addDays } from '../src/store/reconcile.ts';
import { prng, syntheticEvents } from './synthetic.ts';

/** Every COPY_EVERY-th stored event is told again by an imported row. */
const COPY_EVERY = 30;

export interface ImportedRow { report: Report; copyOf: string | null }

/**
 * The copies among the imported rows: every COPY_EVERY-th stored event told again (date ±1 day,
 * point moved ~2 km, toll changed), marked with the notes of the event it copies. Made before
 * the timed import: finding them walks the stored events' generator (30 events made per copy),
 * whose garbage, made during the import, was collected in its timed part (the import thread's
 * scavenges: 1.5 of 3.7 GB allocated per 20,000 rows were this walk's).
 */
export function storedCopies(stored: number, imported: number): ImportedRow[] {
  const copies = Math.min(Math.floor(imported / 3), Math.floor(stored / COPY_EVERY));
  const r = prng(7);
  const out: ImportedRow[] = [];
  let i = 0;
  for (const rep of syntheticEvents(stored, 1)) {
    if (out.length >= copies) break;
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
    out.push({ report: copy, copyOf: rep.notes });
  }
  return out;
}

/** The imported rows: the copies (storedCopies, handed over one by one) interleaved with new incidents. */
export function* importedRows(copies: ImportedRow[], imported: number): Generator<ImportedRow> {
  const fresh = syntheticEvents(imported - copies.length, 2);
  for (let i = 0; i < copies.length; i++) {
    const copy = copies[i]!;
    // Let go of each copy once handed over, as a streamed import would.
    copies[i] = undefined as unknown as ImportedRow;
    yield copy;
    const next = fresh.next();
    if (!next.done) yield { report: { ...next.value, evidence: [], rules: ['dataset:bench'] }, copyOf: null };
  }
  for (const rep of fresh) yield { report: { ...rep, evidence: [], rules: ['dataset:bench'] }, copyOf: null };
}

/**
 * A bench row shaped like an imported dataset row (src/datasets/acled.ts): the row's text as the
 * document, its columns kept in meta, evidence where coded values are spelled out in the text.
 */
export function asRow(report: Report, n: number): DatasetRecord & { line: number } {
  const text = report.notes;
  const columns = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'fatalities', 'notes'];
  const values = columns.map((c) => String((report as unknown as Record<string, unknown>)[c] ?? ''));
  const content_hash = datasetHash('bench', String(n), text, values);
  const document_id = documentIdOf(content_hash);
  const evidence = evidenceInText(document_id, text, { location: report.location, admin1: report.admin1, actor1: report.actor1, actor2: report.actor2 });
  return {
    doc: { kind: 'bench', text, title: `Bench ${n}`, content_hash, source: 'Bench Dataset', external_id: String(n), published: report.event_date, meta: { original: { dataset: 'bench', columns, values } } },
    report: { ...report, id: `${document_id}:r0`, document_id, evidence },
    line: n + 2,
  };
}
