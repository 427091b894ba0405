// The knowledge stages run once per document, before reports are assembled: places (H3's
// gazetteer), the document's country, and actors (H2's dictionary). Each stage here only
// adapts the published functions to the pipeline state.

import { findActors } from '../actors/index.ts';
import { findPlaces, inferCountry } from '../../geo/index.ts';
import type { Stage } from '../state.ts';

export const placeStage: Stage = {
  name: 'geo/places',
  run(doc) {
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
