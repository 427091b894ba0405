// Bench section "extract": extraction throughput on the project's own examples/ and, when
// present, the notes of ../shared/data/acled, next to a plain tokenizer pass over the same
// text in the same run. Everything runs on the main JS thread; besides wall-clock rates we
// report documents per CPU-second (process CPU time, which also counts GC helper threads, so
// it is conservative): the one-core figure, which stays honest when other processes share the
// machine and the wall-clock rates drop. Gazetteer loading is timed separately, never inside the rates.
// Those rates are warm (steady state). The eval's notes_per_second is a cold pass, which also pays
// V8's one-time optimizing compilation: it is measured here too, in a fresh process (extract-cold.ts).

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { acledCase } from '../src/eval/acled.ts';
import { readCsvTable } from '../src/eval/csv.ts';
import { extractReports } from '../src/extract/index.ts';
import type { ExtractInput } from '../src/extract/types.ts';
import { loadDefaultGazetteer } from '../src/geo/index.ts';
import type { Gazetteer } from '../src/geo/types.ts';
import type { ColdPass } from './extract-cold.ts';

const TARGET_NOTES_PER_SECOND = 2000;
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

interface Corpus {
  name: string;
  docs: ExtractInput[];
}

function examplesCorpus(): Corpus | null {
  const dir = here('../examples/');
  if (!existsSync(dir)) return null;
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const meta = join(dir, f.replace(/\.txt$/, '.meta.json'));
      const published = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')).published ?? null) : null;
      return { document_id: `example:${f}`, text: readFileSync(join(dir, f), 'utf8'), published };
    });
  return docs.length ? { name: 'examples', docs } : null;
}

function acledCorpus(limit: number): Corpus | null {
  const dir = here('../../shared/data/acled/');
  if (!existsSync(dir)) return null;
  const docs: ExtractInput[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv')).sort()) {
    for (const rec of readCsvTable(join(dir, f), ['notes', 'event_date']).rows) {
      const c = acledCase(rec);
      if (typeof c !== 'string') docs.push({ document_id: `acled:${c.truth.id}`, text: c.notes, published: c.truth.event_date });
    }
  }
  return docs.length ? { name: 'acled notes', docs: docs.slice(0, limit) } : null;
}

/** The baseline: one regex pass splitting words, numbers and punctuation. */
const TOKEN = /\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu;
function tokenize(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text)) n++;
  return n;
}

interface Timing {
  passes: number;
  wall: number;
  cpu: number;
}

/** Repeats whole passes over the corpus until minSeconds of wall time have passed. */
function timePasses(docs: readonly ExtractInput[], minSeconds: number, work: (d: ExtractInput) => unknown): Timing {
  let passes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  let wall = 0;
  do {
    for (const d of docs) work(d);
    passes++;
    wall = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (wall < minSeconds);
  const cpu = process.cpuUsage(cpu0);
  return { passes, wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

function countSentences(docs: readonly ExtractInput[]): number {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  let n = 0;
  for (const d of docs) for (const s of seg.segment(d.text)) if (s.segment.trim()) n++;
  return n;
}

function measure(corpus: Corpus, gazetteer: Gazetteer, minSeconds: number) {
  const extract = (d: ExtractInput) => extractReports(d, { gazetteer });
  const bytes = corpus.docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  const sentences = countSentences(corpus.docs);
  for (const d of corpus.docs) extract(d); // warm-up: one whole pass (JIT, lazy tables); the cold pass is measured apart
  const ex = timePasses(corpus.docs, minSeconds, extract);
  const tok = timePasses(corpus.docs, Math.min(minSeconds, 1), (d) => tokenize(d.text));
  const perWall = (x: number, t: Timing) => (x * t.passes) / t.wall;
  return {
    corpus: corpus.name,
    docs: corpus.docs.length,
    sentences,
    mb: bytes / 1e6,
    passes: ex.passes,
    docs_per_s: perWall(corpus.docs.length, ex),
    docs_per_cpu_s: (corpus.docs.length * ex.passes) / ex.cpu,
    sentences_per_s: perWall(sentences, ex),
    mb_per_s: perWall(bytes / 1e6, ex),
    tokenizer_mb_per_s: perWall(bytes / 1e6, tok),
    /** How many times slower extraction is than the plain tokenizer pass. */
    ratio: perWall(bytes, tok) / perWall(bytes, ex),
    cpu_per_wall: ex.cpu / ex.wall,
  };
}

/** The eval's figure: one cold pass in a fresh process (bench/extract-cold.ts), per gazetteer. */
function coldPasses(quick: boolean): Array<{ gazetteer: string; pass: ColdPass | null; error?: string }> {
  const dir = here('../../shared/data/acled/');
  const file = existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.csv')).sort()[0] : undefined;
  if (!file) return [];
  const geonames = here('../../shared/data/geonames');
  const runs: Array<[string, string[]]> = [['default', []]];
  if (!quick && existsSync(geonames)) runs.push(['default + ../shared/data/geonames', [geonames]]);
  return runs.map(([gazetteer, extra]) => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', here('./extract-cold.ts'), join(dir, file), ...extra], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) return { gazetteer, pass: null, error: (child.stderr || `exit ${child.status}`).trim().split('\n').pop() };
    return { gazetteer, pass: JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null') as ColdPass };
  });
}

function coldRow(c: ReturnType<typeof coldPasses>[number]): Record<string, string | number> {
  const p = c.pass;
  if (!p) return { corpus: `ACLED cold pass (${c.gazetteer})`, docs: `failed: ${c.error}` };
  const main = p.extract_main_thread_cpu_seconds;
  const split = main === null ? '' : `: main thread ${main.toFixed(2)}, V8 compiler/GC threads ${(p.extract_cpu_seconds - main).toFixed(2)}`;
  return {
    corpus: `ACLED cold pass (${c.gazetteer})`,
    docs: `${p.notes_per_second} per CPU-second, as sitrep eval (one pass in a fresh process, ${p.extract_cpu_seconds.toFixed(2)} CPU-s${split}; gazetteer load ${p.gazetteer_load_cpu_seconds.toFixed(1)} and extraction modules + data load ${p.extract_load_cpu_seconds.toFixed(2)} CPU-s not included)`,
  };
}

/** One long document without line breaks (a flattened page): extraction must stay linear in its
 *  length (a 500 KB one took 11 s and a 5 MB one did not end before the pairwise steps were removed). */
function longLineRow(gazetteer: Gazetteer, bytes: number): Record<string, string | number> {
  const sentence = 'Protesters marched through the centre of Nairobi on Monday, police said. ';
  const text = sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
  const cpu0 = process.cpuUsage();
  const reports = extractReports({ document_id: 'bench:long-line', text, published: '2024-05-08' }, { gazetteer });
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    corpus: `one-line text, ${(bytes / 1e6).toFixed(1)} MB`,
    docs: `${cpuSeconds.toFixed(2)} CPU-s for one document (${reports.length} report(s), RSS after ${Math.round(process.memoryUsage().rss / 1e6)} MB)`,
  };
}

export async function run(opts: { quick: boolean }) {
  const t0 = process.hrtime.bigint();
  const gazetteer = loadDefaultGazetteer();
  const gazetteerSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const minSeconds = opts.quick ? 0.5 : 3;
  const corpora = [examplesCorpus(), acledCorpus(opts.quick ? 1000 : Number.POSITIVE_INFINITY)].filter(
    (c): c is Corpus => c !== null,
  );
  const results = corpora.map((c) => measure(c, gazetteer, minSeconds));
  const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
  const rows: Array<Record<string, string | number>> = results.map((r) => ({
    corpus: r.corpus,
    docs: r.docs,
    sentences: r.sentences,
    MB: round(r.mb, 3),
    'docs/s': round(r.docs_per_s),
    'docs/cpu-s': round(r.docs_per_cpu_s),
    'sentences/s': round(r.sentences_per_s),
    'MB/s': round(r.mb_per_s, 3),
    'tokenizer MB/s': round(r.tokenizer_mb_per_s, 1),
    'x tokenizer': round(r.ratio, 1),
  }));
  const acled = results.find((r) => r.corpus === 'acled notes');
  rows.push({
    corpus: 'ACLED notes/s on one core, warm',
    docs: acled ? `${round(acled.docs_per_cpu_s)} per CPU-second steady state (after one whole warm-up pass; target >= ${TARGET_NOTES_PER_SECOND})` : 'n/a (no ../shared data)',
  });
  const cold = coldPasses(opts.quick);
  rows.push(...cold.map(coldRow));
  rows.push(longLineRow(gazetteer, opts.quick ? 200_000 : 1_000_000));
  rows.push({ corpus: 'default gazetteer load', docs: `${round(gazetteerSeconds, 2)} s, ${gazetteer.size()} places (not in rates)` });
  return {
    name: 'extract',
    rows,
    json: {
      gazetteer_load_seconds: gazetteerSeconds,
      gazetteer_places: gazetteer.size(),
      acled_notes_per_second_one_core: acled ? acled.docs_per_cpu_s : null,
      /** The eval's definition: one cold pass per gazetteer in a fresh process. */
      acled_cold_pass: cold,
      target_notes_per_second: TARGET_NOTES_PER_SECOND,
      corpora: results,
    },
  };
}
