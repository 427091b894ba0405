// Is a new report the same incident as a stored event? Six parts, each in [0,1] (null when
// one side does not say), combined with fixed weights; hard vetoes when the two cannot be the
// same incident whatever else agrees (different country, disjoint dates, too far apart). The
// event type is no veto: sources and classifiers code one strike differently.

import type { EventFields } from '../core/types.ts';
import compat from './data/type-compat.json' with { type: 'json' };
import { contentWords, localWeights, overlap, type WordWeight } from './text.ts';
import { readActor, sameActor, whoConflict } from './who.ts';
import { DATE_SLACK_DAYS, dateWindow, dayGap, dayWindow, haversineKm, radiusKm, windowGap } from './window.ts';

export type Side = EventFields;

export interface ScoreParts {
  date: number | null;
  place: number | null;
  type: number | null;
  actors: number | null;
  toll: number | null;
  text: number | null;
}

export interface MatchScore {
  score: number;
  parts: ScoreParts;
  /** Why the pair cannot be one event, or null. */
  veto: string | null;
  /** How the two disagree on who took part or was harmed (who.ts), or null: never merged automatically. */
  conflict?: string | null;
  /** 'text' when both tell the incident in words that share almost nothing (TEXT_APART_BELOW): never merged automatically. */
  apart?: string | null;
}

/**
 * Weights sum to 1. Date and place open the door; toll and words tell incidents apart: in a
 * besieged city the same two armies fight every day, so agreeing on type and actors says little,
 * while the same toll or a rare shared word ("biscuit factory") says much.
 */
export const WEIGHTS: Record<keyof ScoreParts, number> = { date: 0.2, place: 0.2, type: 0.1, actors: 0.1, toll: 0.2, text: 0.2 };
/**
 * The highest score of a pair that disagrees on who took part: below place.ts's ATTACH_AT (0.8),
 * so such a pair is at most proposed to a reviewer (sources do code one incident's sides or
 * victims differently), never merged automatically.
 */
export const WHO_CONFLICT_CAP = 0.75;
/**
 * Below this text similarity, two accounts that both tell the incident in words (three content
 * words or more each) share almost none of its distinctive words: no place, target or weapon in
 * common. Two write-ups of one incident rarely miss each other so completely, while two
 * incidents of one day, town and toll (one story split by neighbourhood or by side) often do, so
 * such a pair is at most proposed (capped like a who-conflict), never merged automatically.
 */
export const TEXT_APART_BELOW = 0.2;
/** A part a side does not state counts as neither for nor against. */
const UNKNOWN = 0.5;

const TYPE_COMPAT = new Map<string, number>();
for (const [a, b, v] of compat.pairs as Array<[string, string, number]>) {
  TYPE_COMPAT.set(`${a}|${b}`, v);
  TYPE_COMPAT.set(`${b}|${a}`, v);
}

export function typeScore(a: Side, b: Side): number {
  if (a.event_type === b.event_type) return a.sub_event_type === b.sub_event_type ? 1 : 0.8;
  return TYPE_COMPAT.get(`${a.event_type}|${b.event_type}`) ?? 0;
}

export function dateScore(a: Screened, b: Screened): number {
  const da = dayWindow(a);
  const db = da && dayWindow(b);
  if (db) {
    const gap = dayGap(da!, db);
    if (gap > DATE_SLACK_DAYS) return 0;
    if (gap > 0) return 0.3;
    if (a.time_precision === 1 && b.time_precision === 1 && a.event_date === b.event_date && da![0] === da![1] && db[0] === db[1]) return 1;
    return 0.9 - 0.3 * Math.min(1, (da![1] - da![0] + db[1] - db[0]) / 60);
  }
  // A date that is not plain: compared as strings, as ever.
  const wa = dateWindow(a);
  const wb = dateWindow(b);
  const gap = windowGap(wa, wb);
  if (gap > DATE_SLACK_DAYS) return 0;
  // A day apart: a late report or a second incident; only the other parts can tell which.
  if (gap > 0) return 0.3;
  if (a.time_precision === 1 && b.time_precision === 1 && a.event_date === b.event_date && wa[0] === wa[1] && wb[0] === wb[1]) return 1;
  // Overlapping windows: the wider they are, the less their overlap says.
  const width = windowGap([wa[0], wa[0]], [wa[1], wa[1]]) + windowGap([wb[0], wb[0]], [wb[1], wb[1]]);
  return 0.9 - 0.3 * Math.min(1, width / 60);
}

const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();

/**
 * null = no usable location on one side; 0 = farther apart than both precisions allow. The
 * score falls linearly to 0 at that limit: two villages 8 km apart are likely two places. The
 * same place name lifts it (geocoders put one town's name on points a few km apart).
 */
export function placeScore(a: Side, b: Side): number | null {
  const sameName = norm(a.location) !== '' && norm(a.location) === norm(b.location);
  const apart = reach(a, b);
  if (apart) {
    const { d, r } = apart;
    if (d > r) return 0;
    // Two places with unrelated names are likely two places, however close (front-line villages);
    // less surely so when one is only "near" its named place.
    if (namesUnrelated(a.location, b.location)) return Math.min(a.geo_precision === 1 && b.geo_precision === 1 ? 0.5 : 0.7, 1 - d / r);
    return Math.max(1 - d / r, sameName ? 0.9 : 0);
  }
  if (sameName) return 0.8;
  if (norm(a.admin1) && norm(a.admin1) === norm(b.admin1)) return 0.6;
  return null;
}

type Located = Pick<Side, 'latitude' | 'longitude' | 'geo_precision'>;

/** Both located: their distance and how far apart both precisions allow them to be (km). */
function reach(a: Located, b: Located): { d: number; r: number } | null {
  if (a.latitude == null || a.longitude == null || b.latitude == null || b.longitude == null) return null;
  return { d: haversineKm(a.latitude, a.longitude, b.latitude, b.longitude), r: radiusKm(a) + radiusKm(b) };
}

/** The fields the vetoes read: what a stored candidate's sketch holds (store.ts CandidateSketch). */
export type Screened = Located & Pick<Side, 'iso3' | 'event_date' | 'event_date_end' | 'time_precision'>;

/**
 * scorePair's veto for a pair, read from the few fields it depends on: a candidate vetoed here
 * scores 0 whatever its other fields say, so its full row need not be read.
 */
export function vetoOf(a: Screened, b: Screened): 'country' | 'dates' | 'distance' | null {
  if (a.iso3 && b.iso3 && a.iso3 !== b.iso3) return 'country';
  if (dateScore(a, b) === 0) return 'dates';
  const apart = reach(a, b);
  return apart && apart.d > apart.r ? 'distance' : null;
}

/** Place names repeat endlessly across candidates: tokenise each once (bounded memo). */
const PLACE_WORDS = new Map<string, Set<string>>();
function placeWords(name: string): Set<string> {
  let w = PLACE_WORDS.get(name);
  if (!w) {
    if (PLACE_WORDS.size > 50_000) PLACE_WORDS.clear();
    PLACE_WORDS.set(name, (w = contentWords(name)));
  }
  return w;
}

/** Both named and sharing no word ("Zholobok" vs "Sentianivka"; not "Tripoli" vs "Tripoli city"). */
function namesUnrelated(x: string, y: string): boolean {
  const [a, b] = [placeWords(x ?? ''), placeWords(y ?? '')];
  if (a.size === 0 || b.size === 0) return false;
  for (const w of a) if (b.has(w)) return false;
  return true;
}

function actorNames(f: Side): string[] {
  const names = [f.actor1, f.actor2, ...(f.assoc_actor_1 ?? '').split(';'), ...(f.assoc_actor_2 ?? '').split(';')];
  return [...new Set(names.map((n) => (n ?? '').trim()).filter(Boolean))];
}

/**
 * Shared named actors (one actor under two names counts: who.ts reads aliases, a state's
 * branches, a unit of its forces); failing that, shared kinds of actor (inter codes) for half credit.
 */
export function actorScore(a: Side, b: Side): number | null {
  const na = actorNames(a).map(readActor);
  const nb = actorNames(b).map(readActor);
  if (na.length === 0 || nb.length === 0) return null;
  const inA = na.filter((x) => nb.some((y) => sameActor(x, y))).length;
  const inB = nb.filter((y) => na.some((x) => sameActor(x, y))).length;
  const named = Math.min(inA, inB) / Math.min(na.length, nb.length);
  if (named > 0) return named;
  const ia = new Set([a.inter1, a.inter2].filter((x) => x > 0));
  const ib = new Set([b.inter1, b.inter2].filter((x) => x > 0));
  return ia.size && ib.size ? 0.5 * overlap2(ia, ib) : 0;
}

function overlap2<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * Overlapping [min,max] ranges agree; otherwise the squared ratio of the two ranges' nearest
 * ends (7 vs 10 -> 0.49, 7 vs "8 to 10" -> 0.77): far-apart tolls point to different incidents.
 */
export function tollScore(a: Side, b: Side): number {
  const range = (f: Side): [number, number] => [Math.min(f.fatalities_min ?? f.fatalities, f.fatalities), Math.max(f.fatalities_max ?? 0, f.fatalities)];
  const [amin, amax] = range(a);
  const [bmin, bmax] = range(b);
  // Zero often means "no toll reported", so agreement on zero says little and 0 vs 5 little against.
  if (amax === 0 && bmax === 0) return UNKNOWN;
  if (amax === 0 || bmax === 0) return 0.3;
  if (amin <= bmax && bmin <= amax) return 1;
  const [lowTop, highBottom] = amax < bmin ? [amax, bmin] : [bmax, amin];
  return Math.round((lowTop / highBottom) ** 2 * 1000) / 1000;
}

/** What the words of a side are read from. */
type Worded = Pick<Side, 'notes'>;

/** Text similarity, with word weights from the comparison's neighbourhood when given. */
export interface TextContext {
  words(f: Worded): Set<string>;
  weight: WordWeight;
}

/**
 * Words of each text computed once; weights from the report and all its candidates. `memo`
 * carries words across reports by text (words depend on nothing else), so rows ranked together
 * in a dense area do not re-tokenise the same neighbours for every row. `scored`: the candidates
 * the report will be compared with, when only some are (weights are then counted for their words).
 */
export function textContext(report: Worded, candidates: Worded[], memo = new Map<string, Set<string>>(), scored?: Worded[]): TextContext {
  const words = (f: Worded) => {
    const text = f.notes ?? '';
    let w = memo.get(text);
    if (!w) memo.set(text, (w = contentWords(text)));
    return w;
  };
  return { words, weight: localWeights([report, ...candidates].map(words), scored && [report, ...scored].map(words)) };
}

export function textScore(a: Side, b: Side, ctx: TextContext = textContext(a, [b])): number | null {
  return overlap(ctx.words(a), ctx.words(b), ctx.weight);
}

export function scorePair(a: Side, b: Side, ctx?: TextContext): MatchScore {
  const none: ScoreParts = { date: null, place: null, type: null, actors: null, toll: null, text: null };
  if (a.iso3 && b.iso3 && a.iso3 !== b.iso3) return { score: 0, parts: none, veto: 'country' };
  const parts: ScoreParts = {
    date: dateScore(a, b),
    place: placeScore(a, b),
    type: typeScore(a, b),
    actors: actorScore(a, b),
    toll: tollScore(a, b),
    text: textScore(a, b, ctx),
  };
  const veto = parts.date === 0 ? 'dates' : parts.place === 0 ? 'distance' : null;
  if (veto) return { score: 0, parts, veto, conflict: null };
  const conflict = whoConflict(a, b);
  if (conflict) parts.actors = 0;
  let score = 0;
  for (const k of Object.keys(WEIGHTS) as Array<keyof ScoreParts>) score += WEIGHTS[k] * (parts[k] ?? UNKNOWN);
  if (conflict) score = Math.min(score, WHO_CONFLICT_CAP);
  const apart = parts.text != null && parts.text < TEXT_APART_BELOW ? 'text' : null;
  if (apart) score = Math.min(score, WHO_CONFLICT_CAP);
  return { score: Math.round(score * 1000) / 1000, parts, veto, conflict, apart };
}

/** "date=1 place=0.87 type=0.6 ..." for the rule recorded with each placement. */
export function describe(s: MatchScore): string {
  const p = Object.entries(s.parts).map(([k, v]) => `${k}=${v == null ? '?' : Math.round(v * 100) / 100}`);
  return s.veto ? `veto:${s.veto}` : p.join(' ') + (s.conflict ? ` who:${s.conflict}` : '') + (s.apart ? ` apart:${s.apart}` : '');
}
