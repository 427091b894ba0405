// Places by 0.25-degree cell (about 28 km of latitude): the neighbours of a point without a scan of
// the whole gazetteer, for work done once at load (filling missing admin codes, merging post
// offices into the places already there).

import type { Place } from './types.ts';

export class PlaceGrid {
  private readonly cells = new Map<string, number[]>();

  /** Indexes the places that `keep` accepts (their indices in `places`), in order. */
  constructor(places: readonly Place[], keep: (p: Place) => boolean) {
    for (let i = 0; i < places.length; i++) {
      const p = places[i]!;
      if (!keep(p)) continue;
      const k = PlaceGrid.cell(p.lat, p.lon);
      const list = this.cells.get(k);
      if (list) list.push(i);
      else this.cells.set(k, [i]);
    }
  }

  static cell(lat: number, lon: number): string {
    return `${Math.floor(lat * 4)}:${Math.floor(lon * 4)}`;
  }

  /** Indices of the places in the 3x3 cells around a point (at least ~25 km each way), cell by cell. */
  *around(lat: number, lon: number): Generator<number> {
    const la = Math.floor(lat * 4);
    const lo = Math.floor(lon * 4);
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) yield* this.cells.get(`${la + dy}:${lo + dx}`) ?? [];
  }
}
