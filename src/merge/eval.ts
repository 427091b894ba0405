// Merge evaluation on hand-labelled pairs (test/merge/labels.json): the sample report is
// ingested and the UCDP Libya file imported into a fresh store through the real pipeline, then
// - scorer: each labelled pair is scored as the importer would score it (claim against claim,
//   word weights from the arriving report's candidates) and decided by the thresholds;
// - pipeline: for article/UCDP pairs, did the two claims end up in one event (or a proposal)?
// Scorer figures are also given per kind of pair: article/UCDP pairs can meet in the pipeline,
// UCDP/UCDP pairs never do (one dataset's rows stay apart), so those test the scorer alone.
// Run: node --import tsx src/merge/eval.ts [SHARED_DIR]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Report } from '../core/types.ts';
import { importDataset } from '../datasets/import.ts';
import { ucdpRecord } from '../datasets/ucdp.ts';
import { acledRecord } from '../datasets/acled.ts';
import { processDocument } from '../pipeline/process.ts';
import { openStore } from '../store/index.ts';
import type { Store } from '../store/store.ts';
import { ATTACH_AT, PROPOSE_AT, candidatesFor } from './place.ts';
import { describe, scorePair, textContext } from './score.ts';
import { searchBox, searchDates, windowMeets } from './window.ts';

export interface LabelledPair { a: string; b: string; label: 'same' | 'different' | 'unsure'; why?: string }
export interface PairResult extends LabelledPair { score: number; rule: string; decision: 'attach' | 'propose' | 'new'; conflict?: string | null; apart?: string | null; pipeline?: 'merged' | 'proposed' | 'apart' }
export interface PR { tp: number; fp: number; fn: number; precision: number; recall: number }
/** Article/UCDP pairs meet in the pipeline; UCDP/UCDP pairs never do (the importer keeps a dataset's rows apart), so they test the scorer alone. */
export interface KindPR { pairs: number; attach: PR; attach_or_propose: PR }
export interface MergeEval {
  pairs: PairResult[];
  scorer_attach: PR;
  scorer_attach_or_propose: PR;
  scorer_by_kind: { article_ucdp: KindPR; ucdp_ucdp: KindPR };
  pipeline: PR;
  pipeline_with_proposals: PR;
  /** Pairs per label whose two accounts disagree on who took part (score.ts caps them below attach). */
  who_conflicts: Record<LabelledPair['label'], number>;
  /** Pairs per label whose two texts share almost nothing (score.ts TEXT_APART_BELOW caps them below attach). */
  text_apart: Record<LabelledPair['label'], number>;
  unresolved: string[];
}

const ARTICLE = 'corpus/2019-12-06-fp-haftar-tripoli';
const UCDP = 'data/ucdp/ged-libya.csv';
const ACLED = 'data/acled/acled-2020-04-27_2020-05-09.csv';

function pr(results: Array<{ truth: boolean; predicted: boolean }>): PR {
  const tp = results.filter((r) => r.truth && r.predicted).length;
  const fp = results.filter((r) => !r.truth && r.predicted).length;
  const fn = results.filter((r) => r.truth && !r.predicted).length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { tp, fp, fn, precision: round(tp + fp ? tp / (tp + fp) : 1), recall: round(tp + fn ? tp / (tp + fn) : 1) };
}

function perLabel(pairs: PairResult[], flagged: (p: PairResult) => boolean): Record<LabelledPair['label'], number> {
  const out = { same: 0, different: 0, unsure: 0 };
  for (const p of pairs) if (flagged(p)) out[p.label]++;
  return out;
}

/** The event a report belongs to now (a document may have several events). */
async function eventOf(store: Store, report: Report): Promise<string | null> {
  const page = await store.listEvents({ document_id: report.document_id, include_hidden: true, limit: 500 });
  return page.items.find((e) => e.report_ids.includes(report.id))?.id ?? null;
}

export async function evaluateMerge(shared: string, labels: LabelledPair[]): Promise<MergeEval> {
  const store = await openStore(':memory:');
  const meta = JSON.parse(readFileSync(join(shared, `${ARTICLE}.meta.json`), 'utf8'));
  // The analyst monitoring Libya says so: the country hint is what keeps Tripoli in Libya.
  const article = await processDocument(store, {
    text: readFileSync(join(shared, `${ARTICLE}.txt`), 'utf8'),
    kind: 'text', title: meta.title, source: meta.publisher, url: meta.url, published: meta.published, meta: { country: 'LBY' },
  });
  await importDataset(store, 'ucdp', join(shared, UCDP));

  const reports = new Map<string, Report>();
  const articleReports = (await Promise.all(article.events.map((e) => store.getReports(e.id)))).flat().filter((r) => r.document_id === article.document.id);
  const rows = parse(readFileSync(join(shared, UCDP)), { relax_column_count: true }) as string[][];
  const wanted = new Set(labels.flatMap((l) => [l.a, l.b]).filter((k) => k.startsWith('ucdp:')).map((k) => k.slice(5)));
  for (const values of rows.slice(1)) {
    if (!wanted.has(values[0]!)) continue;
    reports.set(`ucdp:${values[0]}`, ucdpRecord(Object.fromEntries(rows[0]!.map((c, i) => [c, values[i] ?? ''])), rows[0]!).report);
  }
  const resolve = (key: string): Report | null => {
    if (reports.has(key)) return reports.get(key)!;
    const at = /^article@(\d+)$/.exec(key);
    if (!at) return null;
    const n = Number(at[1]);
    // The report whose event sentences (its "notes" evidence) cover the offset.
    return articleReports.find((r) => r.evidence.some((e) => e.field === 'notes' && e.start <= n && n < e.end)) ?? null;
  };

  const out: PairResult[] = [];
  const unresolved: string[] = [];
  for (const pair of labels) {
    const [a, b] = [resolve(pair.a), resolve(pair.b)];
    if (!a || !b) {
      unresolved.push(!a ? pair.a : pair.b);
      out.push({ ...pair, score: 0, rule: 'unresolved', decision: 'new' });
      continue;
    }
    // b arrives, a is stored: word weights come from b's neighbourhood, as in placeReports.
    const match = scorePair(b, a, textContext(b, await candidatesFor(store, b)));
    const decision = match.veto ? 'new' : match.score >= ATTACH_AT ? 'attach' : match.score >= PROPOSE_AT ? 'propose' : 'new';
    const result: PairResult = { ...pair, score: match.score, rule: describe(match), decision, conflict: match.conflict ?? null, apart: match.apart ?? null };
    if (pair.a.startsWith('article@') !== pair.b.startsWith('article@')) {
      const [ea, eb] = [await eventOf(store, a), await eventOf(store, b)];
      const proposed = async (x: string | null, y: string | null) =>
        !!x && (await store.auditLog(x)).some((e) => e.action === 'propose' && (e.after as { candidate?: string })?.candidate === y);
      result.pipeline = ea && ea === eb ? 'merged' : (await proposed(ea, eb)) || (await proposed(eb, ea)) ? 'proposed' : 'apart';
    }
    out.push(result);
  }
  await store.close();
  const scored = out.filter((p) => p.label !== 'unsure');
  const piped = scored.filter((p) => p.pipeline);
  const byKind = (ps: PairResult[]): KindPR => ({
    pairs: ps.length,
    attach: pr(ps.map((p) => ({ truth: p.label === 'same', predicted: p.decision === 'attach' }))),
    attach_or_propose: pr(ps.map((p) => ({ truth: p.label === 'same', predicted: p.decision !== 'new' }))),
  });
  const isArticle = (p: PairResult) => p.a.startsWith('article@') || p.b.startsWith('article@');
  return {
    pairs: out,
    scorer_attach: pr(scored.map((p) => ({ truth: p.label === 'same', predicted: p.decision === 'attach' }))),
    scorer_attach_or_propose: pr(scored.map((p) => ({ truth: p.label === 'same', predicted: p.decision !== 'new' }))),
    scorer_by_kind: { article_ucdp: byKind(scored.filter(isArticle)), ucdp_ucdp: byKind(scored.filter((p) => !isArticle(p))) },
    pipeline: pr(piped.map((p) => ({ truth: p.label === 'same', predicted: p.pipeline === 'merged' }))),
    pipeline_with_proposals: pr(piped.map((p) => ({ truth: p.label === 'same', predicted: p.pipeline !== 'apart' }))),
    who_conflicts: perLabel(out, (p) => !!p.conflict),
    text_apart: perLabel(out, (p) => !!p.apart),
    unresolved,
  };
}

/**
 * A ceiling check with no hand labels: ACLED codes each row as a distinct event, so any attach
 * between two rows of the ACLED file is a false merge (the importer never makes them, by the
 * dataset rule; this measures the scorer alone). Rows arrive in file order and are scored
 * against earlier rows inside their search window, as placeReports would.
 */
export function acledDistinctPairs(file: string): { pairs: number; attach: number; propose: number; attach_rate: number; propose_rate: number } {
  const rows = parse(readFileSync(file), { relax_column_count: true }) as string[][];
  const cols = rows[0]!;
  const reports: Report[] = [];
  for (const v of rows.slice(1)) {
    try {
      reports.push(acledRecord(Object.fromEntries(cols.map((c, i) => [c, v[i] ?? ''])), cols).report);
    } catch {
      // A row the importer would skip is not part of the check.
    }
  }
  let pairs = 0;
  let attach = 0;
  let propose = 0;
  reports.forEach((b, i) => {
    const box = searchBox(b);
    const { from, to } = searchDates(b);
    const near = reports.slice(0, i).filter((a) => {
      if (!windowMeets(a, from, to)) return false;
      if (!box || a.latitude == null || a.longitude == null) return a.iso3 === b.iso3;
      return a.longitude >= box[0] && a.latitude >= box[1] && a.longitude <= box[2] && a.latitude <= box[3];
    });
    const ctx = textContext(b, near);
    for (const a of near) {
      const m = scorePair(b, a, ctx);
      if (m.veto) continue;
      pairs++;
      if (m.score >= ATTACH_AT) attach++;
      else if (m.score >= PROPOSE_AT) propose++;
    }
  });
  const rate = (n: number) => Math.round((n / Math.max(1, pairs)) * 1000) / 1000;
  return { pairs, attach, propose, attach_rate: rate(attach), propose_rate: rate(propose) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shared = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '../../../shared');
  const labels = JSON.parse(readFileSync(fileURLToPath(new URL('../../test/merge/labels.json', import.meta.url)), 'utf8')).pairs as LabelledPair[];
  const r = await evaluateMerge(shared, labels);
  for (const p of r.pairs) process.stdout.write(`${p.label.padEnd(9)} ${p.decision.padEnd(7)} ${String(p.score).padEnd(6)} ${(p.pipeline ?? '').padEnd(8)} ${p.a} ~ ${p.b}  ${p.rule}\n`);
  const { pairs: _p, ...summary } = r;
  process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  process.stdout.write(JSON.stringify({ acled_distinct_pairs: acledDistinctPairs(join(shared, ACLED)) }) + '\n');
}
