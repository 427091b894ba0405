// Fire across a stable front line that no one is named for: ACLED codes it to the force on the
// other side of the line from the place where it was observed (data/front-lines.json). The place
// decides, so this needs the event's coordinates; far from the line the convention does not apply.

import { readFileSync } from 'node:fs';

type Point = [number, number];
interface Front {
  country: string;
  from: string;
  to: string;
  inside: string;
  outside: string;
  within_km: number;
  line: Point[];
  closure: Point[];
}

const fronts = (JSON.parse(readFileSync(new URL('./data/front-lines.json', import.meta.url), 'utf8')) as { fronts: Front[] }).fronts.map(
  (f) => ({ ...f, area: [...f.line, ...f.closure] }),
);

/** Ray casting on (lat, lon) treated as plane coordinates: fine at the scale of a front. */
function inside(p: Point, poly: Point[]): boolean {
  let odd = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [yi, xi] = poly[i];
    const [yj, xj] = poly[j];
    if (yi > p[0] !== yj > p[0] && p[1] < ((xj - xi) * (p[0] - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** Distance in km from p to the polyline (equirectangular projection around p). */
function kmToLine(p: Point, line: Point[]): number {
  const kx = 111.32 * Math.cos((p[0] * Math.PI) / 180);
  const ky = 110.57;
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = [(line[i][1] - p[1]) * kx, (line[i][0] - p[0]) * ky];
    const [bx, by] = [(line[i + 1][1] - p[1]) * kx, (line[i + 1][0] - p[0]) * ky];
    const [dx, dy] = [bx - ax, by - ay];
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

export interface AcrossFront {
  /** Dictionary id of the force across the line from the place: the one that fired. */
  firing: string;
  /** Dictionary id of the force holding the place. */
  holding: string;
}

/** The two sides for unattributed fire observed at (lat, lon) in country iso3 on date, or null. */
export function acrossFront(iso3: string | null, date: string | null, at: { lat: number; lon: number } | null | undefined): AcrossFront | null {
  if (!iso3 || !at) return null;
  for (const f of fronts) {
    if (f.country !== iso3 || (date && (date < f.from || date > f.to))) continue;
    const p: Point = [at.lat, at.lon];
    if (kmToLine(p, f.line) > f.within_km) continue;
    return inside(p, f.area) ? { firing: f.outside, holding: f.inside } : { firing: f.inside, holding: f.outside };
  }
  return null;
}
