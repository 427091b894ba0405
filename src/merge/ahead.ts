// Ranking an import's next batch while this one is saved. The next batch is ranked (on the
// placement thread, place-helper.ts) against the store as it was before this batch was saved, or
// as it is after: either way only the events this batch touched can make a row's ranking differ
// from the one it would get after the save. Those rows, the ones whose candidate search reaches
// a touched event (as it was before or is after), are ranked again once the save is done, so each
// batch is placed exactly as if it had been ranked after the one before it was saved.

import type { Report } from '../core/types.ts';
import type { CandidateEvent, Placement } from '../store/store.ts';
import { splitBox, type Box } from '../store/box.ts';
import { candidateQuery } from './place.ts';
import { windowMeets } from './window.ts';

/** Where and when an event stands, as a candidate search tests it. */
export type Footprint = Pick<CandidateEvent, 'event_date' | 'event_date_end' | 'time_precision'> & { latitude: number | null; longitude: number | null };

const footprint = (f: Pick<CandidateEvent, 'event_date' | 'event_date_end' | 'time_precision' | 'latitude' | 'longitude'>): Footprint => ({
  event_date: f.event_date,
  event_date_end: f.event_date_end,
  time_precision: f.time_precision,
  latitude: f.latitude ?? null,
  longitude: f.longitude ?? null,
});

/**
 * Every version of the events a saved batch touched: an event a row created is that row's claim
 * (an event of one report copies it, reconcile.ts), an event a row joined is read before and after
 * the save (`before`, `after`: by event id). Rows of a failed or unchanged save count too: a
 * footprint too many only costs a row ranked twice.
 */
export function touchedFootprints(reports: Report[], placements: Placement[], before: Map<string, CandidateEvent>, after: Map<string, CandidateEvent>): Footprint[] {
  const out: Footprint[] = [];
  reports.forEach((report, i) => {
    const p = placements[i]!;
    if (p.kind !== 'attach') return void out.push(footprint(report));
    for (const version of [before.get(p.event_id), after.get(p.event_id)]) if (version) out.push(footprint(version));
  });
  return out;
}

/** R*Tree boxes are rounded outwards to 32-bit floats: a point this close to a box may be in it. */
const EDGE = 1e-4;

/** Footprints by 1-degree cell, so each row tests only those near its search box. */
class Cells {
  private readonly cells = new Map<string, Footprint[]>();
  /** Without coordinates: found only by searches without a box, which test every footprint. */
  readonly all: Footprint[] = [];

  constructor(footprints: Footprint[]) {
    for (const f of footprints) {
      this.all.push(f);
      if (f.latitude == null || f.longitude == null) continue;
      const key = `${Math.floor(f.longitude)}|${Math.floor(f.latitude)}`;
      const cell = this.cells.get(key);
      if (cell) cell.push(f);
      else this.cells.set(key, [f]);
    }
  }

  /** Footprints with a point in the box (west <= east), and maybe a few more. */
  near([west, south, east, north]: Box): Footprint[] {
    const out: Footprint[] = [];
    for (let x = Math.floor(west - EDGE); x <= Math.floor(east + EDGE); x++) {
      for (let y = Math.floor(south - EDGE); y <= Math.floor(north + EDGE); y++) out.push(...(this.cells.get(`${x}|${y}`) ?? []));
    }
    return out;
  }
}

/**
 * The indexes of the reports whose candidate search (place.ts candidateQuery, as the stores run
 * it) could find any of `footprints`. It errs on the side of more: a row listed is only ranked
 * again, while a row missed would be placed against a stale store.
 */
export function reachedBy(reports: Report[], footprints: Footprint[]): number[] {
  if (!footprints.length) return [];
  const cells = new Cells(footprints);
  const out: number[] = [];
  reports.forEach((report, i) => {
    const q = candidateQuery(report);
    // A report placed nowhere searches nothing.
    if (!q) return;
    const when = (f: Footprint) => windowMeets(f, q.from, q.to);
    const inBox = (f: Footprint, [w, s, e, n]: Box) =>
      f.longitude! >= w - EDGE && f.longitude! <= e + EDGE && f.latitude! >= s - EDGE && f.latitude! <= n + EDGE;
    // A box across the antimeridian is searched as its two halves, as the stores search it.
    const reached = q.bbox
      ? splitBox(q.bbox).some((box) => cells.near(box).some((f) => when(f) && inBox(f, box)))
      : cells.all.some(when);
    if (reached) out.push(i);
  });
  return out;
}
