// Chooses one place per span found in a text, or none. Evidence, strongest first: the country
// (given, or inferred from the text), admin areas the text names ("X district, Y province"),
// what the next word says the place is, nearness to the document's other places, population.

import type { Place, PlaceMention } from './types.ts';
import { containerMask } from './container-town.ts';
import { distanceKm } from './distance.ts';
import { frontNearness, type FrontLine } from './front-lines.ts';
import { AREA_RADIUS_KM, SEAT_CODES, SETTLEMENT_WORDS, admissible, areaIndex, areaNamed, inNamedArea, isAdmin, isProvinceSeat, variantInNamedArea, type FirstPass } from './named-areas.ts';
import { areasNamed } from './spans-as-areas.ts';
import type { Span } from './scan.ts';
import { ADM1_WORDS, ADM2_WORDS } from './accept.ts';
import { FLAG_BIG_ABROAD, placeSizes } from './place-sizes.ts';
import { mentionOf, scoreMargin, type Choice } from './mention.ts';
import { TOWN_OR_CITY, seatsOfNamesakeDistricts } from './district-seats.ts';
import { exactInNamedArea, variantInNamedAreaAt, variantOnFront } from './variant-fit.ts';
import { ownSlots } from './own-slots.ts';
import { nearestAmongTies } from './nearest-tie.ts';
import { POSTAL_CODE } from './postal-places.ts';
import { areaWord } from './admin-terms.ts';
import { normName } from './normalize.ts';

export { SETTLEMENT_WORDS, adminKeys, inNamedArea, variantInNamedArea } from './named-areas.ts';

export interface ResolveContext {
  iso3: string | null;
  /** The country was given by the caller (not inferred): never answer outside it. */
  strict: boolean;
  /** Normalised names (and their folds) of every place-like span in the document (admin context). */
  names: Set<string>;
  /** Front lines the text's cues imply (a monitor's "near X" on the Donbas contact line). */
  fronts?: readonly FrontLine[];
  /** The text has admin slots ("X (District, Province)"): see variantInNamedArea. */
  slots?: boolean;
  /** Per span: in-country places of another spelling of its name (the transliteration fold),
   *  tried only when no exact candidate fits the areas named ("Basira in Deir-ez-Zor" where the
   *  exact "Basira" lies in another province and the gazetteer spells the right one "Bassira"). */
  variants?: number[][];
  /** The text the spans come from (container-town.ts reads the words between two names). */
  text?: string;
}

const FRONT_WEIGHT = 3;
const POSTAL_PENALTY = 2;

/** What the words around a span say it is (scorePlace), read once per span, not per candidate. */
type SpanKind = number;
const NO_KIND = 0;
const PROVINCE = 1;
const DISTRICT = 2;
const SETTLEMENT = 3;
const TOWN_OR_CITY_KIND = 4;
const SPOT = 5;

function spanKind(span: Span, ctx: ResolveContext): SpanKind {
  // "the (Mexican) state of Sinaloa" says what it is as "Sinaloa state" does (read only when a
  // first-level kind word stands before the name). Not "the municipality of X": reports name the
  // town so as often as the area.
  const kind = span.kindAfter || (ctx.text && ADM1_WORDS.has(span.cueBefore) ? areaWord(span, ctx.text) : '');
  if (ADM1_WORDS.has(kind)) return PROVINCE;
  if (ADM2_WORDS.has(kind)) return DISTRICT;
  if (SETTLEMENT_WORDS.has(span.kindAfter)) return TOWN_OR_CITY.has(span.kindAfter) ? TOWN_OR_CITY_KIND : SETTLEMENT;
  if (span.kindAfter === 'airport' || span.kindAfter === 'base' || span.kindAfter === 'airbase') return SPOT;
  return NO_KIND;
}

/** `kind`: spanKind of the span; `size`: the place's size term (place-sizes.ts's sizeScore). */
function scorePlace(p: Place, span: Span, ctx: ResolveContext, kind: SpanKind, size: number): number {
  let s = 0;
  if (ctx.iso3) s += p.iso3 === ctx.iso3 ? 4 : -4;
  if (areaNamed(p.admin1, ctx.names, span)) s += 2;
  if (areaNamed(p.admin2, ctx.names, span)) s += 1.5;
  const adm = isAdmin(p);
  if (span.adminSlot) s += adm ? 5 : 0;
  if (kind === PROVINCE) s += adm === 1 ? 3 : adm === 2 ? 1 : -1;
  else if (kind === DISTRICT) s += adm === 2 ? 3 : adm === 1 ? 0.5 : -0.5;
  // A "city" or "town" is most often a district's seat, before a hamlet of its name.
  else if (kind === SETTLEMENT || kind === TOWN_OR_CITY_KIND) s += p.feature_class !== 'P' ? -1 : kind === TOWN_OR_CITY_KIND && SEAT_CODES.has(p.feature_code) ? 2 : 1;
  else if (kind === SPOT) s += p.feature_class === 'S' ? 1 : 0;
  // No word says what it is: a town is likelier than the district of the same name. A province
  // is named bare as often as its capital ("in Sinaloa", "in Jalisco"): it carries no malus, so a
  // town of its name wins by size alone (Kaduna, Ghazni: ten thousand people or more), a hamlet
  // of a thousand does not (Sinaloa in Chiapas).
  else s += p.feature_class === 'P' ? 0.6 : p.feature_class === 'S' ? 0.3 : adm === 2 && !span.adminSlot ? -0.8 : 0;
  s += size;
  if (isProvinceSeat(p)) s += 0.5;
  // A post office's village (load-postal.ts) wins only where no real place of the name fits.
  if (p.feature_code === POSTAL_CODE) s -= POSTAL_PENALTY;
  // Worth more than the admin1 named (every namesake may share it) and than size (front
  // villages are small): a monitor reports the village on the line, not the town behind it.
  // A district counts as its seat does ("in rural Ras al-Ain" names the district on the line),
  // but not in a slot ("near Vodyane, Donetsk"), where the front says nothing of the area's level.
  if (ctx.fronts?.length && (!adm || (adm === 2 && !span.adminSlot))) s += FRONT_WEIGHT * frontNearness(p, ctx.fronts);
  return s;
}

/** The "other places of the document" are the nearest WINDOW spans on each side, which keeps a
 *  long document linear (a report's context is local). */
const WINDOW = 25;

/** Index of the best-scoring candidate of span k among those `mask` admits (all when null), with
 *  `bonus` added per candidate; ties go to the lower id. -1 when none is admitted. Loops, not
 *  closures: this runs for every candidate of every span. */
function pickBest(cands: Place[], scores: number[], mask: boolean[] | null, bonus: number[] | null): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < cands.length; c++) {
    if (mask && !mask[c]) continue;
    const p = cands[c]!;
    const v = scores[c]! + (bonus ? bonus[c]! : 0);
    if (v > bestScore || (v === bestScore && best >= 0 && notabler(p, cands[best]!))) {
      best = c;
      bestScore = v;
    }
  }
  return best;
}

/** Between equal scores, the place the source lists under more names (a village known in many
 *  languages is the one reports mean when every namesake's population is unknown); then the lower
 *  id. A single alternate name is mostly a transliteration, no sign of being written about (two
 *  Halanis in Sindh, one with one); and only between places of sources that list alternate names
 *  (the curated supplement places a few areas where reports put them, and lists none). */
function notabler(p: Place, q: Place): boolean {
  const a = p.alternates;
  const b = q.alternates;
  return a !== undefined && b !== undefined && Math.max(a, b) >= 2 && a !== b ? a > b : p.id < q.id;
}

/** A spelling variant (fold match) far from every other place of the text is more likely a
 *  different name than a distant namesake: only variants near the others' first picks. */
function nearOthers(spans: Span[], cands: Place[][], first0: number[], k: number, p: Place): boolean {
  let others = 0;
  for (let o = Math.max(0, k - WINDOW); o <= Math.min(spans.length - 1, k + WINDOW); o++) {
    const c = first0[o]!;
    if (o === k || c < 0 || spans[o]!.fold) continue;
    others++;
    const q = cands[o]![c]!;
    if (distanceKm(p.lat, p.lon, q.lat, q.lon) < 150 || withinArea(p, q)) return true;
  }
  return others === 0;
}

/** p lies in admin area q by name: a province's point is its capital, which may lie far from a
 *  town of the province ("Mirpurkhas city (Mirpurkhas, Sindh)": Sindh's point is Karachi). In a
 *  province only its district seats count (a variant among its thousands of villages is no evidence). */
function withinArea(p: Place, q: Place): boolean {
  const level = isAdmin(q);
  if (!level || p.iso3 !== q.iso3) return false;
  if (level === 2) return !!p.admin2 && p.admin2 === q.admin2 && p.admin1 === q.admin1;
  return !!p.admin1 && p.admin1 === q.admin1 && (p.feature_code === 'PPLA2' || p.feature_code === 'PPLA');
}

/** Within this distance of a province's point (its capital) a place is in the capital's suburbs. */
const CAPITAL_SUBURB_KM = 30;

/** 1.5 when p lies within 60 km of another span's pick (30 of a province's): the document's places
 *  cluster. `own`: the last span of p's own slots (ownSlots), or null. */
function nearPicks(st: FirstPass, k: number, p: Place, front: boolean, own: number | null): number {
  const key = st.spans[k]!.key;
  // "on the Sirwah (Marib), Nihm (Sanaa) fronts": a place with slots of its own, among places with
  // theirs, is near only what its own slots name; the other fronts listed are elsewhere.
  const from = own === null ? Math.max(0, k - WINDOW) : k + 1;
  const to = own ?? Math.min(st.spans.length - 1, k + WINDOW);
  for (let o = from; o <= to; o++) {
    const c = st.first[o]!;
    if (o === k || c < 0 || st.spans[o]!.key === key) continue;
    const q = st.cands[o]![c]!;
    // "near Vodyane, Donetsk" on a front: the province in the name's own slot already counts
    // (areaNamed) and the front ranks its villages; the capital, near the line itself, says no more.
    if (front && o === k + 1 && st.spans[o]!.adminSlot && isAdmin(q) === 1) continue;
    // "Ivankiv, Kyiv" names the oblast: its first pick, the city of Kyiv (an admin1 of its own),
    // says nothing of where in the oblast; a hamlet 25 km from the city is no nearer the text.
    if (o === k + 1 && st.spans[o]!.adminSlot && q.admin1 !== p.admin1 && namesProvince(st, o)) continue;
    // A province's point is its capital: only its suburbs are near it ("Sobradinho, Distrito
    // Federal"); a hamlet 55 km from Chilpancingo is no likelier to be "Petatlan, Guerrero" than
    // the district seat of that name across the province (areaNamed counts the province).
    if (distanceKm(p.lat, p.lon, q.lat, q.lon) < (isAdmin(q) === 1 ? CAPITAL_SUBURB_KM : 60)) return 1.5;
  }
  return 0;
}

/** Span o was read as a province (among other readings). */
function namesProvince(st: FirstPass, o: number): boolean {
  const areas = st.areaAt[o];
  if (areas) for (const a of areas) if (isAdmin(a) === 1) return true;
  return false;
}

/** Picks a place per span. Pass 1 scores each span alone. Then the areas and towns the text
 *  names around a span admit or reject its candidates (named-areas.ts), and pass 2 rewards
 *  nearness to the other spans' picks. */
export function resolveSpans(spans: Span[], places: Place[], ctx: ResolveContext): PlaceMention[] {
  const n = spans.length;
  const cands: Place[][] = [];
  const scores: number[][] = [];
  // cands[k] holds the exact candidates first, then the spelling variants (ctx.variants).
  const exactCount: number[] = [];
  // Country and size from the gazetteer's arrays (place-sizes.ts): a common name's candidates
  // abroad, most of them with GeoNames, are dropped without touching their Places.
  const sizes = placeSizes(places);
  const home = ctx.iso3 ? sizes.byIso3.get(ctx.iso3) ?? -1 : -1;
  for (let k = 0; k < n; k++) {
    const s = spans[k]!;
    const list: Place[] = [];
    const sc: number[] = [];
    const kind = spanKind(s, ctx);
    for (let m = 0; m < s.ids.length; m++) {
      const id = s.ids[m]!;
      // Outside the document's country only a given country's big cities stay possible ("talks in Moscow").
      if (ctx.iso3 && sizes.country[id] !== home && (ctx.strict || s.fold || !(sizes.flags[id]! & FLAG_BIG_ABROAD))) continue;
      const p = places[id]!;
      list.push(p);
      // A match through an alternate name (exonym, old name) is weaker than the place's own name.
      sc.push(scorePlace(p, s, ctx, kind, sizes.sizeScore[id]!) - (s.alt[m] && !cityOfName(p.name, s) ? 0.8 : 0));
    }
    const exact = list.length;
    seatsOfNamesakeDistricts(list, sc, exact, s, ctx.names);
    const more = ctx.variants?.[k];
    if (more) for (const id of more) {
      const p = places[id]!;
      list.push(p);
      sc.push(scorePlace(p, s, ctx, kind, sizes.sizeScore[id]!) - 0.8);
    }
    cands.push(list);
    scores.push(sc);
    exactCount.push(exact);
  }
  const first0: number[] = [];
  for (let k = 0; k < n; k++) first0.push(pickBest(cands[k]!, scores[k]!, exactMask(cands[k]!.length, exactCount[k]!), null));
  const first: number[] = [];
  for (let k = 0; k < n; k++) {
    if (!spans[k]!.fold) {
      first.push(first0[k]!);
      continue;
    }
    const mask: boolean[] = [];
    for (const p of cands[k]!) mask.push(nearOthers(spans, cands, first0, k, p));
    first.push(pickBest(cands[k]!, scores[k]!, mask, null));
  }
  const areaAt = areasNamed(spans, cands, first, exactCount, places, ctx.iso3);
  const st: FirstPass = { spans, cands, first, areaAt, window: WINDOW, districts: areaIndex(places, 'ADM2'), text: ctx.text };
  const out: PlaceMention[] = [];
  for (let k = 0; k < n; k++) out.push(mentionOf(spans[k]!, choose(st, scores[k]!, first0, k, ctx, exactCount[k]!), ctx.iso3, ctx.text));
  return out;
}

/** "Cavite" for Cavite City: the name without its word "City" is the town's own short name (the
 *  alternate GeoNames lists), not an exonym or an old name; a village called Cavite is no likelier. */
function cityOfName(name: string, s: Span): boolean {
  return name.length === s.text.length + 5 && name.endsWith(' City') && normName(name.slice(0, -5)) === s.key;
}

/** null when every candidate is exact; else true for the first `exact` candidates only. */
function exactMask(length: number, exact: number): boolean[] | null {
  if (exact === length) return null;
  const mask: boolean[] = [];
  for (let c = 0; c < length; c++) mask.push(c < exact);
  return mask;
}

function choose(st: FirstPass, scores: number[], first0: number[], k: number, ctx: ResolveContext, exact: number): Choice {
  const span = st.spans[k]!;
  const cands = st.cands[k]!;
  const mask = admissible(st, k);
  const inTown = ctx.text ? containerMask(ctx.text, st.spans, st.cands, st.first, k) : null;
  if (inTown) for (let c = 0; c < cands.length; c++) mask[c] = mask[c]! && inTown[c]!;
  // On a front the text's cues imply, a settlement off the front fits only inside an area the text
  // names ("near Kamianka, Donetsk" is no Kamianka of Zaporizhzhia 90 km behind the line).
  if (ctx.fronts?.length && st.areaAt.some((a) => a !== null)) for (let c = 0; c < exact; c++) if (mask[c] && offFrontOutsideNamedArea(cands[c]!, span, ctx)) mask[c] = false;
  const bonus: number[] = [];
  const own = ownSlots(st, k);
  let exactFits = false;
  for (let c = 0; c < cands.length; c++) {
    // Spelling variants (after the exact candidates) must lie near the document's other places.
    if ((span.fold || c >= exact) && mask[c] && !nearOthers(st.spans, st.cands, first0, k, cands[c]!)) mask[c] = false;
    // A post office's village (load-postal.ts) is no reason to leave a real place's other spelling out.
    if (c < exact && mask[c] && cands[c]!.feature_code !== POSTAL_CODE) exactFits = true;
    bonus.push(mask[c] ? nearPicks(st, k, cands[c]!, !!ctx.fronts?.length, own) : 0);
  }
  // On a front the text's cues imply, exact namesakes far behind it do not fit when another
  // spelling lies on it ("near Serhiivka": GeoNames spells the front village "Serhiyivka").
  if (exactFits && ctx.fronts?.length && cands.length > exact) exactFits = !variantOnFront(cands, mask, exact, ctx, span);
  // "near Kamianka, Donetsk": exact namesakes admitted only by nearness to the area named (Bilmak,
  // also called Kamianka, lies in the next oblast) fit less than a spelling variant inside it by name.
  if (exactFits && cands.length > exact && !exactInNamedArea(cands, mask, exact, ctx, span)) exactFits = !variantInNamedAreaAt(cands, mask, exact, ctx, span);
  if (!exactFits) for (let c = 0; c < exact; c++) if (ctx.fronts?.length && frontNearness(cands[c]!, ctx.fronts) === 0) mask[c] = false;
  // The variants only when no exact candidate fits, and only inside an admin area the text names
  // by its own name (a named province's radius is no evidence for another spelling).
  for (let c = exact; c < cands.length; c++) if (exactFits || !variantInNamedArea(cands[c]!, ctx.names, span, ctx.slots ?? false)) mask[c] = false;
  const top = pickBest(cands, scores, mask, bonus);
  const c = top < 0 ? top : nearestAmongTies(st, k, scores, mask, bonus, top);
  const variant = c >= exact;
  if (c < 0) {
    const rule = cands.length ? 'outside-named-area' : span.ids.length ? 'no-match-in-country' : 'no-match';
    return { place: null, margin: 0, rule };
  }
  const place = cands[c]!;
  const margin = cands.length > 1 ? scoreMargin(scores, c) : 2;
  // A variant lying in an admin area the text names is corroborated: as sure as an exact name.
  const corroborated = (span.fold || variant) && (variantInNamedArea(place, ctx.names, span, ctx.slots ?? false) || nearNamedDistrict(st, k, place));
  return { place, margin, rule: `${span.fold || variant ? 'variant' : 'exact'}-name${isAdmin(place) ? '-admin' : ''}${corroborated ? '-in-named-area' : ''}` };
}

// A province's seat stands for the province ("shelled Abboush in al-Hasakeh" where the gazetteer
// has the city, not the governorate): it stays admissible however far from the line.
function offFrontOutsideNamedArea(p: Place, span: Span, ctx: ResolveContext): boolean {
  return !isAdmin(p) && !isProvinceSeat(p) && frontNearness(p, ctx.fronts!) === 0 && !inNamedArea(p, ctx.names, span);
}


/** A settlement whose district the gazetteer leaves empty, near the point of the district named
 *  in the slot right after it: "Awdheegle village (Afgooye, Lower Shabelle)" where GeoNames
 *  spells it "Aw Dheegle". */
function nearNamedDistrict(st: FirstPass, k: number, p: Place): boolean {
  if (p.feature_class !== 'P' || p.admin2 || !st.spans[k + 1]?.adminSlot) return false;
  for (const a of st.areaAt[k + 1] ?? []) if (isAdmin(a) === 2 && a.iso3 === p.iso3 && distanceKm(p.lat, p.lon, a.lat, a.lon) <= AREA_RADIUS_KM[2]) return true;
  return false;
}
