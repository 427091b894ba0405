// Where does each new report go: onto an event already stored (attach), onto one as a proposal
// for a reviewer (propose), or into an event of its own (new)? Used by processDocument and the
// dataset importers before they save, so the decision and its reason are stored with the event.

import type { PlacementRecord, Report, SitrepEvent } from '../core/types.ts';
import type { CandidateQuery, Placement, Store } from '../store/store.ts';
import { describe, scorePair, textContext, vetoOf, type MatchScore, type Side } from './score.ts';
import { searchBox, searchDates, windowMeets } from './window.ts';

/** At or above: the same incident, merged automatically. Calibrated on test/merge/labels.json. */
export const ATTACH_AT = 0.8;
/** At or above (and below ATTACH_AT): proposed for review; below: kept apart. */
export const PROPOSE_AT = 0.55;
/** Enough for the densest day-and-30-km window seen in real data; more are ranked by date. */
const CANDIDATE_LIMIT = 500;

export interface Scored {
  event: SitrepEvent;
  match: MatchScore;
}

/** The dataset a report was imported from ("acled", "ucdp"), or null for reporting. */
export function datasetOf(r: Pick<Report, 'rules'>): string | null {
  const rule = r.rules?.find((x) => x.startsWith('dataset:'));
  return rule ? rule.slice('dataset:'.length) : null;
}

/**
 * The candidate search for a report: its window and area (or its country when it has no point),
 * or null for a report placed nowhere, which is not matched on its dates alone.
 */
export function candidateQuery(report: Report): CandidateQuery | null {
  const box = searchBox(report);
  // Without coordinates the country is the only spatial bound there is.
  const country = box ? undefined : report.iso3 || undefined;
  return box || country ? { ...searchDates(report), bbox: box, country, limit: CANDIDATE_LIMIT } : null;
}

/** Not merged away or rejected. */
const visible = (e: { status: string }) => e.status !== 'merged' && e.status !== 'rejected';

/**
 * Open events not from the report's own document (one document never tells one incident twice
 * as two reports we should fuse silently) in the report's neighbourhood of days (window.ts
 * NEIGHBOURHOOD_DAYS): what a report is screened against and takes its word weights from.
 */
function openFor(report: Report, q: CandidateQuery) {
  return (e: SitrepEvent) => visible(e) && !e.document_ids.includes(report.document_id) && windowMeets(e, q.from, q.to);
}

/** Stored events a report could belong to: same days and area, open, not from its own document. */
export async function candidatesFor(store: Store, report: Report): Promise<SitrepEvent[]> {
  const q = candidateQuery(report);
  return q ? (await store.findCandidates(q)).filter(openFor(report, q)) : [];
}

type Stored = Side & { id: string };

/** Higher score first, then the smaller id: the order candidates are ranked in. */
const before = (a: { event: Stored; match: MatchScore }, b: { event: Stored; match: MatchScore }) =>
  b.match.score - a.match.score || a.event.id.localeCompare(b.event.id);

/**
 * Candidates that could be `report`, best first, with their scores; with `all`, every candidate
 * (vetoed and low ones too), for evaluation. Word weights come from all the candidates given.
 */
export function rank<T extends Stored>(report: Report, open: T[], all = false, memo?: Map<string, Set<string>>): Array<{ event: T; match: MatchScore }> {
  return scoreCandidates(report, open, all, memo).ranked;
}

/**
 * rank, plus the best candidate scored whatever its score or veto (null when none): what a
 * report kept apart is recorded with, found in the same pass.
 */
export function scoreCandidates<T extends Stored>(report: Report, open: T[], all = false, memo?: Map<string, Set<string>>, ctx = textContext(report, open, memo)) {
  const ranked: Array<{ event: T; match: MatchScore }> = [];
  let nearest: { event: T; match: MatchScore } | null = null;
  for (const event of open) {
    const match = scorePair(report, event, ctx);
    const scored = { event, match };
    if (!nearest || before(scored, nearest) < 0) nearest = scored;
    if (all || (!match.veto && match.score >= PROPOSE_AT)) ranked.push(scored);
  }
  return { ranked: ranked.sort(before), nearest };
}

/** Stored events that could be `report`, best first, with their scores (see rank). */
export async function rankCandidates(store: Store, report: Report, all = false, memo?: Map<string, Set<string>>): Promise<Scored[]> {
  return rank(report, await candidatesFor(store, report), all, memo);
}

/** A candidate a report could join, as the placement loop reads it: which event, how well, why. */
export interface Ranked {
  event_id: string;
  score: number;
  rule: string;
  parts: Record<string, number | null>;
}

/** One report's candidates: those it could join, best first, and the best of all it was scored against. */
export interface RankedList {
  ranked: Ranked[];
  nearest: Ranked | null;
  /** How many stored events were scored. */
  scored: number;
}

const round3 = (v: number | null) => (v == null ? null : Math.round(v * 1000) / 1000);

function asRanked({ event, match }: { event: Stored; match: MatchScore }): Ranked {
  const parts: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(match.parts)) parts[k] = round3(v);
  return { event_id: event.id, score: match.score, rule: `merge/v1 ${describe(match)}`, parts };
}

/** Reports ranked together: enough to make each store call cheap per row, few enough that what they read dies young. */
const CHUNK = 64;

/**
 * Ranks a slice of a batch against the store as it is (the store leaves out events of each
 * report's own document). Pure given the store's state, so halves of one batch may be ranked on
 * two threads (place-helper.ts) with the same result.
 *
 * Candidates come as sketches first: those of the report's neighbourhood of days within its
 * search box. Many fail a veto (days apart, too far for both precisions, another country) and
 * score 0 whatever else they say, so only the others are read in full and scored, with word
 * weights from every candidate's words. When all fail, the one a report kept apart is recorded with (the
 * first by id, as ranking orders equal scores) is read too.
 * Reports go CHUNK at a time, each chunk's candidates fetched at once: a whole batch's sketches
 * and words held together outlived young-generation collections, and copying them cost a
 * third of the ranking.
 */
export async function rankBatch(store: Store, reports: Report[]): Promise<RankedList[]> {
  const out: RankedList[] = [];
  for (let i = 0; i < reports.length; i += CHUNK) out.push(...(await rankChunk(store, reports.slice(i, i + CHUNK))));
  return out;
}

/** rankBatch for one chunk: the words of the texts it meets are split once (and forgotten with it). */
async function rankChunk(store: Store, reports: Report[]): Promise<RankedList[]> {
  const queries = reports.map(candidateQuery);
  const asked = reports.flatMap((r, i) => (queries[i] ? [{ ...queries[i]!, exclude_document: r.document_id }] : []));
  const found = await store.findCandidatesMany(asked);
  let k = 0;
  const lists = queries.map((q) => (q ? found[k++]! : []));
  const open = lists.map((l, i) => l.filter((s) => visible(s) && windowMeets(s, queries[i]!.from, queries[i]!.to)));
  const pools = open.map((l, i) => {
    const pass = l.filter((s) => !vetoOf(reports[i]!, s));
    return pass.length || !l.length ? pass : [l.reduce((a, b) => (b.id.localeCompare(a.id) < 0 ? b : a))];
  });
  const full = await store.candidateEvents([...new Set(pools.flat().map((s) => s.id))]);
  const words = new Map<string, Set<string>>();
  return reports.map((report, i) => {
    // An event gone between the two reads (a concurrent merge) is simply not scored.
    const pool = pools[i]!.map((s) => full.get(s.id)).filter((e) => e !== undefined);
    const ctx = textContext(report, open[i]!, words, pool);
    const { ranked, nearest } = scoreCandidates(report, pool, false, words, ctx);
    return { ranked: ranked.map(asRanked), nearest: nearest && asRanked(nearest), scored: open[i]!.length };
  });
}

/** The decision recorded with a report: its best candidate (or none), that candidate's score and parts, and the rule. */
function record(kind: PlacementRecord['kind'], best: Ranked | null, scored: number): PlacementRecord {
  if (!best) return { kind, candidate: null, score: null, parts: null, rule: 'merge/v1 no candidate', candidates: scored };
  return { kind, candidate: best.event_id, score: best.score, parts: best.parts, rule: best.rule, candidates: scored };
}

/** Ranks part of a batch on another thread: the reports given are ranked against the same store. */
export interface RankHelper {
  /** Whether handing work over pays now (a core to run it on). */
  worthIt(): boolean;
  rank(reports: Report[]): Promise<RankedList[]>;
  /** After each saved batch: the store's upkeep the writer leaves to the helper (place-helper.ts: WAL checkpoints). */
  afterSave?(): void;
  /** Right before a save: what that upkeep needs the save to wait for (place-helper.ts: a WAL due to start over). */
  beforeSave?(): Promise<void> | null;
  /** How long the last ranking handed over took, in ms from hand-over to answer (null: none yet). */
  lastRankMs?(): number | null;
}

/** Below this many rows a batch is ranked on this thread alone (handing over costs more). */
const SPLIT_FROM = 200;

/**
 * One placement per report, in order. A dataset codes each incident once, so a row never joins
 * an event that already holds a row of the same dataset (nor two rows of one batch the same event).
 * A batch is placed against the store as it was before the batch, so nothing placed earlier in it
 * can change the candidates: every row is ranked first (rankReports), then the rows claim their
 * events in order (claimEvents).
 */
export async function placeReports(store: Store, reports: Report[], helper?: RankHelper | null): Promise<Placement[]> {
  return claimEvents(store, reports, await rankReports(store, reports, helper));
}

/** Every report of a batch ranked against the store as it is, the second half on `helper`'s thread when given and worth it. */
export async function rankReports(store: Store, reports: Report[], helper?: RankHelper | null): Promise<RankedList[]> {
  const half = helper && reports.length >= SPLIT_FROM && helper.worthIt() ? Math.ceil(reports.length / 2) : reports.length;
  // Handed over first so the other thread works while this one ranks its half.
  const theirs = half < reports.length ? helper!.rank(reports.slice(half)).catch(() => rankBatch(store, reports.slice(half))) : null;
  return [...(await rankBatch(store, reports.slice(0, half))), ...((await theirs) ?? [])];
}

/**
 * The placements of ranked reports, in order: the reports' rules are read for just the events
 * dataset rows ranked, and each row claims the best event its dataset has not claimed yet.
 */
export async function claimEvents(store: Store, reports: Report[], ranked: RankedList[]): Promise<Placement[]> {
  const wanted = new Set(ranked.flatMap((list, i) => (datasetOf(reports[i]!) ? list.ranked.map((x) => x.event_id) : [])));
  const rules = wanted.size ? await store.eventReportRules([...wanted]) : new Map<string, string[][]>();
  const claimed = new Set<string>();
  return reports.map((report, i): Placement => {
    const dataset = datasetOf(report);
    const { ranked: list, nearest, scored } = ranked[i]!;
    // The best candidate passed over because it already holds a row of this dataset.
    let held: Ranked | null = null;
    for (const candidate of list) {
      const { event_id, score, rule } = candidate;
      if (dataset) {
        const key = `${dataset}|${event_id}`;
        if (claimed.has(key) || rules.get(event_id)!.some((r) => datasetOf({ rules: r }) === dataset)) {
          held ??= { ...candidate, rule: `${rule} held:${dataset}` };
          continue;
        }
        claimed.add(key);
      }
      const kind = score >= ATTACH_AT ? 'attach' : 'propose';
      return { kind, event_id, score, rule, why: record(kind, candidate, scored) };
    }
    return { kind: 'new', why: record('new', held ?? nearest, scored) };
  });
}
