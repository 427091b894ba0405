// The knowledge stages run once per document, before reports are assembled: places (H3's
// gazetteer), the document's country, and actors (H2's dictionary). Each stage here only
// adapts the published functions to the pipeline state.

import { findActors } from '../actors/index.ts';
import { findPlaces, inferCountry } from '../../geo/index.ts';
import { findCountryMentions } from '../../geo/countries.ts';
import type { DocState, Stage } from '../state.ts';

/**
 * The country a report's framing names: its headline ("Libya's Haftar Could Take Tripoli") or
 * its wire dateline ("TRIPOLI, Libya - "). A long article mentions many countries (a U.S.
 * policy debate about Libya); the framing says which one the report is about.
 */
export function framingCountry(doc: DocState): string | null {
  for (const s of doc.sentences.slice(0, 3)) {
    const span = s.title ? doc.text.slice(s.start, s.end) : s.dateline ? doc.text.slice(s.start, s.start + s.dateline) : null;
    if (!span) continue;
    // A neighbour ("... near Afghanistan border", "from neighbouring Somalia") is beside the
    // scene; a newspaper's name ("the Kenya Times") is no mention at all (findCountryMentions).
    const named = findCountryMentions(span).find((m) => m.kind === 'name' && !m.neighbour);
    if (!named) continue;
    return s.dateline ? leadCountry(doc.text.slice(s.start + s.dateline, s.end), named.iso3) : named.iso3;
  }
  return null;
}

/** "NIAMEY, Niger (AP) — Burkina Faso's government says ...": a wire dateline names where the
 *  reporter files from, often a regional hub; a lead sentence that names another country and not
 *  the dateline's is about that other country. */
function leadCountry(lead: string, datelineIso3: string): string {
  let other: string | null = null;
  for (const m of findCountryMentions(lead)) {
    if (m.neighbour || m.outside || m.relation || m.actor) continue;
    if (m.iso3 === datelineIso3) return datelineIso3;
    other ??= m.iso3;
  }
  return other ?? datelineIso3;
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
    if (!doc.iso3) doc.iso3 = framingCountry(doc);
    doc.places = findPlaces(withoutCredits(doc), doc.ctx.gazetteer, { iso3: doc.iso3 });
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
