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
    if (named) return named.iso3;
  }
  return null;
}

export const placeStage: Stage = {
  name: 'geo/places',
  run(doc) {
    if (!doc.iso3) doc.iso3 = framingCountry(doc);
    doc.places = findPlaces(doc.text, doc.ctx.gazetteer, { iso3: doc.iso3 });
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
