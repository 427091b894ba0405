// The knowledge stages run once per document, before reports are assembled: places (H3's
// gazetteer), the document's country, and actors (H2's dictionary). Each stage here only
// adapts the published functions to the pipeline state.

import { findActors } from '../actors/index.ts';
import { countryOfCapital, findPlaces, inferCountry } from '../../geo/index.ts';
import { findCountryMentions } from '../../geo/countries.ts';
import type { DocState, Stage } from '../state.ts';

/**
 * The country a report's framing names: its headline ("Libya's Haftar Could Take Tripoli") or
 * its wire dateline ("TRIPOLI, Libya - "). A long article mentions many countries (a U.S.
 * policy debate about Libya); the framing says which one the report is about. `forces` when the
 * framing names the country only by its forces ("A drone of the US military killed ..."), which
 * may act abroad.
 */
function framing(doc: DocState): { iso3: string; forces: boolean } | null {
  for (const s of doc.sentences.slice(0, 3)) {
    const span = s.title ? doc.text.slice(s.start, s.end) : s.dateline ? doc.text.slice(s.start, s.start + s.dateline) : null;
    if (!span) continue;
    // A neighbour ("... near Afghanistan border", "from neighbouring Somalia") is beside the
    // scene; a newspaper's name ("the Kenya Times") is no mention at all (findCountryMentions).
    const named = findCountryMentions(span).filter((m) => m.kind === 'name' && !m.neighbour);
    const scene = named.find((m) => !m.actor) ?? named[0];
    if (scene) return { iso3: scene.iso3, forces: !!scene.actor };
  }
  return null;
}

export function framingCountry(doc: DocState): string | null {
  return framing(doc)?.iso3 ?? null;
}

/** A headline that names a country only by its forces frames the story, unless the text places
 *  the event in another country ("... the US military killed a civilian ... in Kurkania, north
 *  of Idlib": Syria). A country's name alone does not outvote it, a place found in the text does. */
function forcesAbroad(doc: DocState, forces: string): boolean {
  const voted = inferCountry(doc.text, doc.places);
  return !!voted && voted !== forces && doc.places.some((p) => p.place?.iso3 === voted);
}

/** The country of a dateline that is a bare capital ("BEIRUT:", "MOSCOW (AFP) -"), or null. Not a
 *  city with a qualifier ("SAN JOSE, Calif. -"), which is not the capital. */
function capitalDateline(doc: DocState): string | null {
  for (const s of doc.sentences.slice(0, 3)) {
    if (!s.dateline) continue;
    const city = BARE_CITY.exec(doc.text.slice(s.start, s.start + s.dateline));
    return city ? countryOfCapital(city[1]!, doc.ctx.gazetteer) : null;
  }
  return null;
}

/** The first sentence that opens with a wire dateline. */
function datelineSentence(doc: DocState): DocState['sentences'][number] | undefined {
  return doc.sentences.find((x) => x.dateline);
}

/** Whether [from, to) names a place, and every place it names lies outside `iso3`. */
function placedOnlyElsewhere(doc: DocState, iso3: string, from: number, to: number): boolean {
  let elsewhere = false;
  for (const p of doc.places) {
    if (p.start < from || p.end > to || !p.place) continue;
    if (p.place.iso3 === iso3) return false;
    elsewhere = true;
  }
  return elsewhere;
}

/** Whether the lead after the dateline places the event only outside `iso3` ("BEIRUT (AP) -
 *  Government forces shelled a village in Idlib province": Syria). */
function leadPlacedElsewhere(doc: DocState, iso3: string): boolean {
  const s = datelineSentence(doc);
  return !!s && placedOnlyElsewhere(doc, iso3, s.start + s.dateline!, s.end);
}

/** Whether the text after the dateline never names `iso3` and places the event only elsewhere
 *  ("BANGKOK: A Myanmar military airstrike ... on Nyaung Kone village in the Sagaing region"):
 *  the reporter files from a regional hub about a neighbour's war. */
function storyPlacedElsewhere(doc: DocState, iso3: string): boolean {
  const s = datelineSentence(doc);
  const from = s ? s.start + s.dateline! : 0;
  return !findCountryMentions(doc.text.slice(from)).some((m) => m.iso3 === iso3) && placedOnlyElsewhere(doc, iso3, from, doc.text.length);
}

/** A dateline that is one city in capitals, maybe an agency's credit, then the dash or colon. */
const BARE_CITY = /^([A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*)\s*(?:\([^)]{1,30}\)\s*)?[-—–:]+\s+$/;

/** Where a lead's main clause ends: "... in Kunduz province as U.S. and Taliban negotiators met
 *  in Qatar", "..., France's military said". */
const CLAUSE_END = /\s(?:as|while|after|when|following|amid|before)\s|,\s+(?:[\p{L}'’-]+\s+){0,4}(?:said|says|told|reported)\b/u;

/** "NIAMEY, Niger (AP) — Burkina Faso's government says ...": a wire dateline names where the
 *  reporter files from, often a regional hub. The country another than the dateline's that the
 *  lead's main clause names (by name: "Somali militants" may cross a border), with the lead's
 *  span; null when the lead names the dateline's country or none. */
function leadCountry(doc: DocState, datelineIso3: string): { iso3: string; start: number; end: number; owned: number[] } | null {
  const s = datelineSentence(doc);
  if (!s) return null;
  const start = s.start + s.dateline!;
  const lead = doc.text.slice(start, s.end);
  const cut = CLAUSE_END.exec(lead);
  let other: string | null = null;
  const owned: number[] = [];
  for (const m of findCountryMentions(cut ? lead.slice(0, cut.index) : lead)) {
    if (m.neighbour || m.outside || m.relation || m.actor || m.kind !== 'name') continue;
    if (m.iso3 === datelineIso3) return null;
    other ??= m.iso3;
    if (m.possessive && m.iso3 === other) owned.push(start + m.end);
  }
  return other ? { iso3: other, start, end: s.end, owned } : null;
}

/** "Ukraine's Donetsk region": the place right after the lead country's possessive is that
 *  country's, whatever namesake the dateline's country has (Donetsk in Rostov oblast). */
const OWNED_GAP = 4;

/** The dateline's country, unless the lead names another and no place the lead names lies in
 *  the dateline's country ("BAMAKO, Mali — ... near Menaka, France's military said" stays Mali). */
function leadOverDateline(doc: DocState, datelineIso3: string): string | null {
  const lead = leadCountry(doc, datelineIso3);
  if (!lead) return null;
  for (const p of doc.places) {
    if (p.start < lead.start || p.end > lead.end || p.place?.iso3 !== datelineIso3) continue;
    if (!lead.owned.some((e) => p.start > e && p.start - e <= OWNED_GAP)) return null;
  }
  return lead.iso3;
}

/** News agencies credited in a wire dateline: "BEIRUT (AP) —" is the Associated Press, not
 *  Andhra Pradesh ("AP"); "KHAR (AFP) --". */
const CREDIT = /\((?:AP|AFP|Reuters|UPI|DPA|dpa|ANI|PTI|IANS|Xinhua|Anadolu|AA|EFE|ANSA|Kyodo|Yonhap|TASS|Tass|RIA|IRNA|SANA|KUNA|WAM|SPA|APS|MENA|Bernama|PNA|Antara|IPS|CNA|RFE\/RL|VOA|BNA|QNA|Sputnik)\)/g;

/** The text for place finding: agency credits in datelines blanked (same length, so every
 *  offset stays the text's own). */
function withoutCredits(doc: DocState): string {
  let text = doc.text;
  for (const s of doc.sentences.slice(0, 3)) {
    if (!s.dateline) continue;
    const head = text.slice(s.start, s.start + s.dateline);
    const blank = head.replace(CREDIT, (c) => ' '.repeat(c.length));
    if (blank !== head) text = text.slice(0, s.start) + blank + text.slice(s.start + s.dateline);
  }
  return text;
}

export const placeStage: Stage = {
  name: 'geo/places',
  run(doc) {
    const framed = !doc.iso3;
    const frame = framed ? framing(doc) : null;
    if (frame && !frame.forces) doc.iso3 = frame.iso3;
    const text = withoutCredits(doc);
    doc.places = findPlaces(text, doc.ctx.gazetteer, { iso3: doc.iso3, date: doc.published });
    // A capital's dateline frames the story as a country's name would, unless the lead places the
    // event elsewhere (a regional hub's story); then the text's own votes decide.
    const capital = framed && !doc.iso3 ? capitalDateline(doc) : null;
    if (capital && !leadPlacedElsewhere(doc, capital) && !storyPlacedElsewhere(doc, capital)) {
      doc.iso3 = capital;
      doc.places = findPlaces(text, doc.ctx.gazetteer, { iso3: capital, date: doc.published });
    }
    const other = framed && doc.iso3 ? leadOverDateline(doc, doc.iso3) : null;
    if (other) {
      doc.iso3 = other;
      doc.places = findPlaces(text, doc.ctx.gazetteer, { iso3: other, date: doc.published });
    }
    if (!doc.iso3 && frame?.forces && !forcesAbroad(doc, frame.iso3)) {
      doc.iso3 = frame.iso3;
      doc.places = findPlaces(text, doc.ctx.gazetteer, { iso3: frame.iso3, date: doc.published });
    }
    if (!doc.iso3) doc.iso3 = inferCountry(doc.text, doc.places);
  },
};

export const actorStage: Stage = {
  name: 'actors/find',
  run(doc) {
    const first = doc.segments[0]?.date?.value.date ?? doc.published;
    doc.actors = findActors(doc.text, { iso3: doc.iso3, date: first });
  },
};
