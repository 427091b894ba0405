// Chooses one place per span found in a text, or none. Evidence, strongest first: the country
// (given, or inferred from the text), admin areas the text names ("X district, Y province"),
// what the next word says the place is, nearness to the document's other places, population.

import type { GeoPrecision } from '../core/types.ts';
import type { Place, PlaceMention } from './types.ts';
import { adminShortNames } from './admin-areas.ts';
import { distanceKm } from './distance.ts';
import { normName } from './normalize.ts';
import type { Span } from './scan.ts';

const ADM1_WORDS = new Set(['province', 'state', 'governorate', 'oblast', 'region', 'department', 'prefecture']);
const ADM2_WORDS = new Set(['district', 'county', 'raion', 'rayon', 'lga', 'subdistrict', 'sub', 'tehsil', 'municipality', 'division', 'circle', 'territory', 'commune', 'township', 'chiefdom', 'hromada', 'mandal', 'taluk', 'block']);
const SETTLEMENT_WORDS = new Set(['town', 'city', 'village', 'camp', 'neighbourhood', 'neighborhood', 'suburb', 'locality', 'localities', 'settlement', 'quarter', 'ward', 'colony']);
const NEAR_CUES = new Set(['near', 'outside', 'around', 'outskirts', 'countryside', 'area', 'areas', 'vicinity']);
/** Strong cues that the span is a place even when it is spelled like a common word. */
const STRONG_CUES = new Set(['in', 'near', 'at', 'outside', 'village', 'town', 'city', 'district', 'outskirts', 'area', 'province']);

const adminKeyCache = new Map<string, string[]>();
function adminKeys(name: string): string[] {
  let keys = adminKeyCache.get(name);
  if (!keys) {
    keys = [name, ...adminShortNames(name)].map(normName).filter(Boolean);
    adminKeyCache.set(name, keys);
  }
  return keys;
}

/** Admin areas carry no population in GeoNames; rank them as a large and a mid-size town. */
export function effectivePopulation(p: Place): number {
  const adm = isAdmin(p);
  return adm === 1 ? Math.max(p.population, 500000) : adm === 2 ? Math.max(p.population, 50000) : p.population;
}

/** The place lies in an admin1/admin2 area whose name the text also mentions. */
export function inNamedArea(p: Place, names: Set<string>, except = ''): boolean {
  return (
    (p.admin1 !== '' && adminKeys(p.admin1).some((k) => k !== except && names.has(k))) ||
    (p.admin2 !== '' && adminKeys(p.admin2).some((k) => k !== except && names.has(k)))
  );
}

function isAdmin(p: Place): 0 | 1 | 2 {
  if (p.feature_class !== 'A') return 0;
  return p.feature_code === 'ADM1' || p.feature_code.startsWith('PCL') ? 1 : 2;
}

/** Whether a span is credible as a place reference at all, before choosing among candidates. */
export function acceptSpan(span: Span, places: Place[]): boolean {
  const cue = STRONG_CUES.has(span.cueBefore) || span.kindAfter !== '';
  if (/^[A-Z]{2,5}$/.test(span.text)) return false; // acronyms: LNA, GNA, ISIS, UN
  if (span.commonWord) return cue && !span.sentenceStart;
  if (span.key.length <= 3 && !cue && !span.adminSlot) return false; // "Ade", "Tal", "Bar"
  if (span.actorAfter && places.every((p) => p.population < 100000)) return false;
  if (span.inCapRun && !span.adminSlot && places.every((p) => effectivePopulation(p) < 100000)) return false;
  const maxPop = Math.max(0, ...places.map(effectivePopulation));
  if (span.fold) return cue || maxPop >= 20000;
  if (span.sentenceStart && !cue && span.text.indexOf(' ') < 0) return maxPop >= 1000 || places.some((p) => p.feature_class === 'A');
  return true;
}

export interface ResolveContext {
  iso3: string | null;
  /** The country was given by the caller (not inferred): never answer outside it. */
  strict: boolean;
  /** Normalised names of every place-like span in the document (admin context). */
  names: Set<string>;
}

function scorePlace(p: Place, span: Span, ctx: ResolveContext): number {
  let s = 0;
  if (ctx.iso3) s += p.iso3 === ctx.iso3 ? 4 : -4;
  if (p.admin1 && adminKeys(p.admin1).some((k) => k !== span.key && ctx.names.has(k))) s += 2;
  if (p.admin2 && adminKeys(p.admin2).some((k) => k !== span.key && ctx.names.has(k))) s += 1.5;
  const adm = isAdmin(p);
  if (span.adminSlot) s += adm ? 2.5 : 0;
  if (ADM1_WORDS.has(span.kindAfter)) s += adm === 1 ? 3 : adm === 2 ? 1 : -1;
  else if (ADM2_WORDS.has(span.kindAfter)) s += adm === 2 ? 3 : adm === 1 ? 0.5 : -0.5;
  else if (SETTLEMENT_WORDS.has(span.kindAfter)) s += p.feature_class === 'P' ? 1 : -1;
  else if (span.kindAfter === 'airport' || span.kindAfter === 'base' || span.kindAfter === 'airbase') s += p.feature_class === 'S' ? 1 : 0;
  else s += p.feature_class === 'P' ? 0.6 : p.feature_class === 'S' ? 0.3 : adm ? 0.2 : 0;
  s += Math.log10(effectivePopulation(p) + 1) * 0.35;
  if (p.feature_code === 'PPLC' || p.feature_code === 'PPLA') s += 0.5;
  return s;
}

function precisionFor(p: Place, span: Span): GeoPrecision {
  const adm = isAdmin(p);
  if (adm === 1) return 3;
  if (adm === 2) return 2;
  return NEAR_CUES.has(span.cueBefore) || NEAR_CUES.has(span.kindAfter) ? 2 : 1;
}

/** Picks a place per span; a second pass rewards candidates near the other spans' picks. */
export function resolveSpans(spans: Span[], places: Place[], ctx: ResolveContext): PlaceMention[] {
  // Outside the document's country only a given country's big cities stay possible ("talks in Moscow").
  const allowed = (p: Place): boolean => !ctx.iso3 || p.iso3 === ctx.iso3 || (!ctx.strict && effectivePopulation(p) >= 100000);
  const cands = spans.map((s) => s.ids.map((i) => places[i]!).filter(allowed));
  const scores = spans.map((s, k) => cands[k]!.map((p) => scorePlace(p, s, ctx)));
  const pick = (k: number, bonus: (p: Place) => number): number => {
    let best = -1;
    let bestScore = -Infinity;
    cands[k]!.forEach((p, c) => {
      const v = scores[k]![c]! + bonus(p);
      if (v > bestScore || (v === bestScore && best >= 0 && p.id < cands[k]![best]!.id)) {
        best = c;
        bestScore = v;
      }
    });
    return best;
  };
  const first = spans.map((_, k) => pick(k, () => 0));
  const chosen = spans.map((span, k) =>
    pick(k, (p) => {
      let near = 0;
      first.forEach((c, o) => {
        if (o === k || c < 0 || spans[o]!.key === span.key) return;
        const q = cands[o]![c]!;
        if (distanceKm(p.lat, p.lon, q.lat, q.lon) < 60) near = 1.5;
      });
      return near;
    }),
  );
  return spans.map((span, k) => {
    const c = chosen[k]!;
    const place = c >= 0 ? cands[k]![c]! : null;
    const inCountry = place !== null;
    const margin = cands[k]!.length > 1 ? scoreMargin(scores[k]!, c) : 2;
    return {
      start: span.start,
      end: span.end,
      text: span.text,
      place: inCountry ? place : null,
      geo_precision: place ? precisionFor(place, span) : 3,
      confidence: !inCountry ? 0 : Math.min(0.95, 0.5 + margin * 0.1 + (span.cueBefore || span.kindAfter ? 0.15 : 0)) * (place!.iso3 === ctx.iso3 || !ctx.iso3 ? 1 : 0.6),
      rule: !inCountry ? 'no-match-in-country' : `${span.fold ? 'variant' : 'exact'}-name${isAdmin(place!) ? '-admin' : ''}`,
    };
  });
}

function scoreMargin(scores: number[], best: number): number {
  const others = scores.filter((_, i) => i !== best);
  return Math.max(0, Math.min(4, scores[best]! - Math.max(...others)));
}
