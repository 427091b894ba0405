// Search boxes [west, south, east, north] in degrees, as EventQuery.bbox and CandidateQuery.bbox
// give them. A box that crosses the antimeridian has west > east (merge/window.ts searchBox makes
// such boxes near 180 degrees); every store and check searches it as its two halves.

export type Box = [number, number, number, number];

/** A box crossing the antimeridian (west > east) is two boxes. */
export function splitBox([west, south, east, north]: Box): Box[] {
  return west <= east ? [[west, south, east, north]] : [[west, south, 180, north], [-180, south, east, north]];
}
