// Run the text-only extraction stages (no gazetteer or actor dictionary needed) on a text.

import { newDocState, type DocState } from '../../src/extract/state.ts';
import { STAGES } from '../../src/extract/index.ts';
import { groupStage } from '../../src/extract/segment/group.ts';
import type { Gazetteer } from '../../src/geo/types.ts';

const NO_GAZETTEER: Gazetteer = { lookup: () => [], size: () => 0 };

export function analyse(text: string, published: string | null = '2019-12-06'): DocState {
  const doc = newDocState({ document_id: 'doc_test', text, published }, { gazetteer: NO_GAZETTEER });
  // The text-only stages: everything up to segmentation, before gazetteer and dictionary.
  for (const stage of STAGES.slice(0, STAGES.indexOf(groupStage) + 1)) stage.run(doc);
  return doc;
}

export function datesOf(text: string, published = '2019-12-06'): Array<[string, string, number]> {
  return analyse(text, published).dates.map((d) => [d.text, d.value.date, d.value.precision]);
}
