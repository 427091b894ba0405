// Where does each new report go: onto an event already stored (attach), onto one as a proposal
// for a reviewer (propose), or into an event of its own (new)? Used by processDocument and the
// dataset importers before they save, so the decision and its reason are stored with the event.

import type { Report, SitrepEvent } from '../core/types.ts';
import type { Placement, Store } from '../store/store.ts';
import { describe, scorePair, textContext, type MatchScore } from './score.ts';
import { searchBox, searchDates } from './window.ts';

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

/** Stored events a report could belong to: same window and area, open, not from its own document. */
export async function candidatesFor(store: Store, report: Report): Promise<SitrepEvent[]> {
  const box = searchBox(report);
  const candidates = await store.findCandidates({
    ...searchDates(report),
    bbox: box,
    // Without coordinates the country is the only spatial bound there is.
    country: box ? undefined : report.iso3 || undefined,
    limit: CANDIDATE_LIMIT,
  });
  return candidates.filter(
    // One document never tells the same incident twice as two reports we should fuse silently.
    (e) => e.status !== 'merged' && e.status !== 'rejected' && !e.document_ids.includes(report.document_id),
  );
}

/**
 * Stored events that could be `report`, best first, with their scores; with `all`, every
 * candidate (vetoed and low ones too), for evaluation.
 */
export async function rankCandidates(store: Store, report: Report, all = false, memo?: Map<string, Set<string>>): Promise<Scored[]> {
  const open = await candidatesFor(store, report);
  const ctx = textContext(report, open, memo);
  const out: Scored[] = [];
  for (const event of open) {
    const match = scorePair(report, event, ctx);
    if (all || (!match.veto && match.score >= PROPOSE_AT)) out.push({ event, match });
  }
  return out.sort((a, b) => b.match.score - a.match.score || a.event.id.localeCompare(b.event.id));
}

/**
 * One placement per report, in order. A dataset codes each incident once, so a row never joins
 * an event that already holds a row of the same dataset (nor two rows of one batch the same event).
 */
export async function placeReports(store: Store, reports: Report[]): Promise<Placement[]> {
  const claimed = new Set<string>();
  // Datasets already in each stored event, looked up once per call (dense areas share candidates).
  const held = new Map<string, Set<string | null>>();
  const datasetsIn = async (eventId: string) => {
    let d = held.get(eventId);
    if (!d) held.set(eventId, (d = new Set((await store.getReports(eventId)).map(datasetOf))));
    return d;
  };
  const words = new Map<string, Set<string>>();
  const out: Placement[] = [];
  for (const report of reports) {
    const dataset = datasetOf(report);
    let placement: Placement = { kind: 'new' };
    for (const { event, match } of await rankCandidates(store, report, false, words)) {
      if (dataset) {
        if (claimed.has(`${dataset}|${event.id}`) || (await datasetsIn(event.id)).has(dataset)) continue;
        claimed.add(`${dataset}|${event.id}`);
      }
      const kind = match.score >= ATTACH_AT ? 'attach' : 'propose';
      placement = { kind, event_id: event.id, score: match.score, rule: `merge/v1 ${describe(match)}` };
      break;
    }
    out.push(placement);
  }
  return out;
}
