// Assemble one ACLED-compatible Report per segment: date, type (H2's classify), actors and
// their roles (H2's assignRoles), place (H3's locateEvent), country, tolls and notes, each field
// with its evidence span, a confidence and the rule that decided it.

import type { Report } from '../../core/types.ts';
import { interactionCode } from '../../core/taxonomy.ts';
import { assignRoles, type Role } from '../actors/index.ts';
import { isPassiveSubject, kindOf } from '../actors/kinds.ts';
import { classify } from '../classify/index.ts';
import { countryCapital, indefiniteSettlementSpan, locateEvent, namedSettlementIn, referredPlaceSpan } from '../../geo/index.ts';
import { countryByIso3 } from '../../geo/countries.ts';
import { sentenceAt, type DocState, type Segment, type Stage } from '../state.ts';
import type { PlaceMention } from '../../geo/types.ts';
import cues from '../data/occurrence-cues.json' with { type: 'json' };
import { TOLD_DATE, confirmsOnly } from '../segment/group.ts';
import { FieldLog } from './evidence.ts';
import { inQuote } from '../by-sentence.ts';
import { segmentToll, type SegmentToll } from './tolls.ts';
import { ownView, viewNotes, writtenText } from './own-view.ts';

const NOTES_MAX = 600;
const ODD_SPACE = /[^\S ]| {2}/;

/** Deterministic id from the document, the incident's position and its span (two FNV-1a passes, 64 bits). */
function reportId(documentId: string, index: number, seg: Segment): string {
  const key = `${documentId}|${index}|${seg.start}|${seg.end}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `rep_${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

function roleName(r: Role | null): string {
  return r ? r.actor.name : '';
}

/** "A; B" for associated actors. A loop, not .map().join(): the arrays map() returns differ in
 *  V8's internal shape between its builtin and optimised versions, and each new shape at the
 *  .join() made V8 throw away and recompile this whole (large) function. */
function joinNames(roles: readonly Role[]): string {
  let out = '';
  for (let i = 0; i < roles.length; i++) out += (i ? '; ' : '') + roles[i].actor.name;
  return out;
}

/** Cheap pre-test: one of the discovery phrases' key words. */
const DISCOVERY_WORD = /found|remains|bod(?:y|ies)|corpse/;
const DISCOVERY = new RegExp(`\\b(?:${cues.discovery.join('|')})\\b`, 'i');

function dateOf(doc: DocState, seg: Segment, log: FieldLog): { date: string; end: string; precision: 1 | 2 | 3 } | null {
  const d = seg.date;
  if (d) {
    const inherited = seg.dateRule.startsWith('date/');
    // An inherited date cites both the incident's sentence and the phrase it was taken from.
    if (inherited) log.field('event_date', doc.sentences[seg.sentences[0]], d.confidence * 0.6, seg.dateRule);
    log.field('event_date', d, d.confidence * (inherited ? 0.6 : 1), inherited ? undefined : d.stage);
    // Bodies found on a day were killed on or before it: the day is only known to the week.
    // (Not when a sentence of the incident dates the violence itself: "fighting broke out yesterday".)
    const told = d.value.precision === 1 && !seg.rules.includes(TOLD_DATE) ? doc.text.slice(seg.start, seg.end) : '';
    if (told && DISCOVERY_WORD.test(told) && DISCOVERY.test(told)) {
      log.rules.push('date/discovered-body');
      return { date: d.value.date, end: d.value.end, precision: 2 };
    }
    return { date: d.value.date, end: d.value.end, precision: d.value.precision };
  }
  if (!doc.published) return null;
  log.field('event_date', null, 0.3, seg.dateRule || 'date/as-reported');
  return { date: doc.published, end: doc.published, precision: 3 };
}

/** "an Islamabad-based think tank": where someone is based, not where anything happened. */
const BASED = /^-based\b/i;

/** Places an event may be located at: not from background history, statistics, quoted speech
 *  ("In 2016 ... Sirte") or a sentence that only tells who confirmed it, nor a base ("a Kabul-based group"). With `own`, the places inside that
 *  span, also from sentences judged statistical (see assembleReport's fallback), never history. */
export function eventPlaces(doc: DocState, own?: { start: number; end: number }): PlaceMention[] {
  const out: PlaceMention[] = []; // a loop, not filter(): one array kind for locateEvent (see occurrence.ts)
  // Places come in text order: a sentence's confirmation test is made once for all its places.
  let confirmIn = -1;
  let confirms = false;
  for (const p of doc.places) {
    if (own && (p.start < own.start || p.end > own.end)) continue;
    const i = sentenceAt(doc, p.start);
    const rejected = doc.facts[i]?.rejected;
    if (rejected === 'history' || (!own && rejected === 'aggregate') || inQuote(doc, p.start)) continue;
    // "... confirmed the attacks to reporters in Jos": where someone spoke, not the scene.
    if (i !== confirmIn) {
      confirmIn = i;
      confirms = confirmsOnly(doc, i);
    }
    if (confirms) continue;
    if (BASED.test(doc.text.slice(p.end, p.end + 8))) continue;
    out.push(p);
  }
  return out;
}

/** The mentions with, inside the span, only the first of each identical mention (same words,
 *  place, cue and rule): a repeat adds nothing to where the event is (the first is the one chosen
 *  among equals), and a long text repeating a name thousands of times would make locateEvent's
 *  pairwise comparison of the mentions quadratic. Mentions before the span stay as they are. */
function firstOfEachInside(mentions: PlaceMention[], span: { start: number; end: number }): PlaceMention[] {
  // Grouped by their words, then compared field by field: no key string joined (and no number
  // formatted) per mention.
  const seen = new Map<string, PlaceMention[]>();
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    if (m.start >= span.start && m.end <= span.end) {
      const same = seen.get(m.text);
      if (!same) seen.set(m.text, [m]);
      else if (hasTwin(same, m)) continue;
      else same.push(m);
    }
    out.push(m);
  }
  return out;
}

/** Some mention of `list` (all of m's words) has m's place, precision, confidence, rule, cue and kind. */
function hasTwin(list: PlaceMention[], m: PlaceMention): boolean {
  for (let i = 0; i < list.length; i++) {
    const o = list[i]!;
    if (
      (o.place?.id ?? '') === (m.place?.id ?? '') &&
      (o.place?.feature_code ?? '') === (m.place?.feature_code ?? '') &&
      o.geo_precision === m.geo_precision &&
      (o.confidence === m.confidence || (Number.isNaN(o.confidence) && Number.isNaN(m.confidence))) &&
      o.rule === m.rule &&
      (o.cue ?? '') === (m.cue ?? '') &&
      (o.kind ?? '') === (m.kind ?? '')
    )
      return true;
  }
  return false;
}

// The field logging below is written as plain calls and index loops, not loops over literal
// tuples and forEach closures: assembleReport is the largest function V8 optimises in a pass,
// and its compile time grows with every iterator, destructuring and closure in its body.
const PLACE_FIELDS = ['location', 'latitude', 'longitude', 'admin1', 'admin2', 'geo_precision'] as const;

function logRole(log: FieldLog, field: string, role: Role | null): void {
  if (role) log.field(field, role.mention, role.mention?.confidence ?? 0.5, role.mention?.rule ?? role.rule ?? 'actors/implied');
}

function logAssoc(log: FieldLog, field: string, roles: readonly Role[]): void {
  for (let i = 0; i < roles.length; i++) log.field(field, roles[i].mention, roles[i].mention?.confidence ?? 0.5);
}

function logToll(log: FieldLog, field: string, toll: SegmentToll): void {
  for (let i = 0; i < toll.mentions.length; i++) log.field(field, toll.mentions[i], toll.mentions[i].confidence, toll.mentions[i].stage);
  if (!toll.mentions.length) log.field(field, null, 0.5);
}

/** For an incident a summary lead counted that names no armed actor of its own, the lead's armed
 *  actors ("... by the Saudi-led coalition. A second airstrike hit a car"); else none. Not when
 *  the lead's first armed actor is the one harmed ("10 soldiers were killed in two attacks on army
 *  bases"): carried over first, it would stand as the attacker. */
function leadActors(doc: DocState, seg: Segment, own: typeof doc.actors): typeof doc.actors {
  const out: typeof doc.actors = [];
  if (!seg.lead) return out;
  for (const a of own) if (kindOf(a) === 'armed') return out;
  for (const a of doc.actors) if (a.start >= seg.lead.start && a.end <= seg.lead.end && kindOf(a) === 'armed') out.push(a);
  if (out.length && isPassiveSubject(doc.text, out[0])) out.length = 0;
  return out;
}

/** "... a village in central Myanmar. The village lies in Myingyan township": the next sentence's place. */
function referredPlace(doc: DocState, span: { start: number; end: number }): ReturnType<typeof locateEvent> {
  const more = referredPlaceSpan(doc.text, span);
  return more && locateEvent(firstOfEachInside(eventPlaces(doc, more), more), more, { iso3: doc.iso3 });
}

const LATIN = /\p{Script=Latin}/u;

/** The place's name, or the text's spelling of it where the gazetteer's is in another script
 *  (some GeoNames records carry only their Cyrillic or Arabic name): "Zhelanne", not "Желанне". */
function locationName(m: PlaceMention): string {
  const name = m.place?.name ?? '';
  return name && !LATIN.test(name) && LATIN.test(m.text) ? m.text : name;
}

/** "captured another village in the Donetsk region. ... the village of Pivdenne": an event placed
 *  at an admin area that names its settlement only indefinitely is at the settlement the next
 *  sentence names in that area; else where it was placed. */
function namedSettlement(doc: DocState, span: { start: number; end: number }, placed: PlaceMention | null): PlaceMention | null {
  if (!placed?.place || placed.place.feature_class !== 'A') return placed;
  const next = indefiniteSettlementSpan(doc.text, span);
  const named = next && namedSettlementIn(doc.text, doc.places, next, placed.place);
  return named ? { ...named, confidence: named.confidence * 0.8, rule: `${named.rule}+named-next` } : placed;
}

export function assembleReport(doc: DocState, seg: Segment, index: number, places: PlaceMention[] = doc.places): Report | null {
  const { text, input } = doc;
  const log = new FieldLog(input.document_id, writtenText(doc));
  for (const r of seg.rules) log.rules.push(r);
  const when = dateOf(doc, seg, log);
  if (!when) return null;
  log.field('time_precision', null, log.confidenceOf('event_date')!);
  const span = { start: seg.start, end: seg.end };
  const next = doc.segments[index + 1];
  const killed = segmentToll(doc, seg, 'killed', next);
  const injured = segmentToll(doc, seg, 'injured');
  const displaced = segmentToll(doc, seg, 'displaced');
  const own: typeof doc.actors = [];
  for (const a of doc.actors) if (a.start >= seg.start && a.end <= seg.end) own.push(a);
  const lead = leadActors(doc, seg, own);
  const segActors = lead.length ? [...lead, ...own] : own;
  // The second of two incidents told in one sentence ("attacked a position in X and another in
  // Y") has its verb in the first half, which its lead is.
  const clsSpan = seg.share && seg.lead && seg.lead.end === seg.start ? { start: seg.lead.start, end: seg.end } : span;
  const cls = classify(text, clsSpan, { actors: segActors, fatalities: killed.best });
  log.field('event_type', cls.cue, cls.confidence, cls.rule);
  log.field('sub_event_type', cls.cue, cls.confidence, cls.rule);
  log.field('civilian_targeting', cls.civilian_targeting ? cls.cue : null, cls.confidence);

  // An event grouped from sentences judged statistical ("airstrikes ... destroyed 5 houses, in
  // Namak Ab district" read as a count of events) is still where they say: their own places
  // before the capital. No place named inside the country: ACLED codes the event to its capital
  // at geo_precision 3.
  const place =
    namedSettlement(doc, span, locateEvent(firstOfEachInside(places, span), span, { iso3: doc.iso3 })) ??
    locateEvent(firstOfEachInside(eventPlaces(doc, span), span), span, { iso3: doc.iso3 }) ??
    referredPlace(doc, span) ??
    (doc.iso3 ? countryCapital(doc.text, doc.ctx.gazetteer, doc.iso3, span) : null);
  const iso3 = place?.place?.iso3 || doc.iso3 || '';
  const country = countryByIso3(iso3);
  const date = when.date;
  const at = place?.place ? { lat: place.place.lat, lon: place.place.lon } : null;
  const roles = assignRoles(text, span, doc.actors, cls, { iso3: iso3 || null, date, at }, lead);
  logRole(log, 'actor1', roles.actor1);
  logRole(log, 'actor2', roles.actor2);
  logAssoc(log, 'assoc_actor_1', roles.assoc_actor_1);
  logAssoc(log, 'assoc_actor_2', roles.assoc_actor_2);
  const inter1 = roles.actor1?.actor.inter ?? 0;
  const inter2 = roles.actor2?.actor.inter ?? 0;
  // A mob that turns on civilians targets them (the rules only see a target named by verbs).
  const mobOnCivilians = !cls.civilian_targeting && cls.sub_event_type === 'Mob violence' && inter2 === 7;
  const civilianTargeting = cls.civilian_targeting || mobOnCivilians;
  if (mobOnCivilians) log.field('civilian_targeting', roles.actor2!.mention, cls.confidence);
  log.field('inter1', null, log.confidenceOf('actor1') ?? 0);
  log.field('inter2', null, log.confidenceOf('actor2') ?? 0);
  const c1 = log.confidenceOf('inter1')!;
  log.field('interaction', null, Math.min(c1, log.confidenceOf('inter2') || c1));

  if (place?.place) {
    log.field('location', place, place.confidence, place.rule);
    for (let i = 1; i < PLACE_FIELDS.length; i++) log.field(PLACE_FIELDS[i], place, place.confidence);
  }
  log.field('country', place?.place ? place : null, place?.place ? place.confidence : iso3 ? 0.6 : 0, place?.place ? undefined : 'geo/document-country');
  logToll(log, 'fatalities', killed);
  logToll(log, 'injuries', injured);
  logToll(log, 'displaced', displaced);
  log.field('notes', span, seg.confidence);

  const spanText = text.slice(seg.start, seg.end);
  // Most spans hold single spaces only: collapse whitespace only when there is some to collapse.
  const notes = viewNotes(doc, ODD_SPACE.test(spanText) ? spanText.replace(/\s+/g, ' ') : spanText).trim();
  const overall = Math.round((seg.confidence * 0.5 + log.meanConfidence() * 0.5) * 100) / 100;
  return {
    id: reportId(input.document_id, index, seg),
    document_id: input.document_id,
    event_date: date,
    time_precision: when.precision,
    event_date_end: when.end !== date ? when.end : null,
    event_type: cls.event_type,
    sub_event_type: cls.sub_event_type,
    actor1: roleName(roles.actor1),
    assoc_actor_1: joinNames(roles.assoc_actor_1),
    inter1,
    actor2: roleName(roles.actor2),
    assoc_actor_2: joinNames(roles.assoc_actor_2),
    inter2,
    interaction: interactionCode(inter1, inter2),
    civilian_targeting: civilianTargeting ? 'Civilian targeting' : '',
    iso3,
    country: country?.name ?? '',
    admin1: place?.place?.admin1 ?? '',
    admin2: place?.place?.admin2 ?? '',
    location: place ? locationName(place) : '',
    latitude: place?.place?.lat ?? null,
    longitude: place?.place?.lon ?? null,
    geo_precision: place?.place ? place.geo_precision : null,
    fatalities: killed.best,
    fatalities_min: killed.min,
    fatalities_max: killed.max,
    injuries: injured.mentions.length ? injured.best : null,
    displaced: displaced.mentions.length ? displaced.best : null,
    notes: notes.length > NOTES_MAX ? `${notes.slice(0, NOTES_MAX - 1)}…` : notes,
    source: input.source ?? '',
    confidence: log.confidence(overall),
    evidence: log.evidence,
    rules: log.rules,
  };
}

export const reportStage: Stage = {
  name: 'assemble/reports',
  run(doc) {
    doc.reports = [];
    const places = eventPlaces(doc);
    for (let i = 0; i < doc.segments.length; i++) {
      const own = ownView(doc, doc.segments[i], places);
      const r = assembleReport(own.doc, doc.segments[i], i, own.places);
      if (r) doc.reports.push(r);
    }
  },
};
