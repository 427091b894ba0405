// Crowd events told without ACLED's "[size=...]" tag (session 19). The tag used to mark a note as
// one crowd event and so let its later sentences say how the crowd or the police acted; news
// text and newer ACLED exports have none, so the words must carry it. The notes are written for
// these tests.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const top = (text: string) => extractReports({ document_id: 'doc_tf19', text, published: '2025-06-02' }, { gazetteer: loadDefaultGazetteer() })[0];
const kind = (text: string) => {
  const r = top(text);
  return `${r?.event_type}/${r?.sub_event_type}`;
};

test("a protest note's later sentences tell how the police acted on it", () => {
  assert.equal(kind('On 1 June 2025, nurses held a protest outside the district hospital in Kisumu (Kisumu) demanding their arrears. Police fired tear gas to disperse them.'), 'Protests/Protest with intervention');
  assert.equal(kind('On 1 June 2025, dismissed teachers organised a sit-in in front of the governorate in Sfax (Sfax) to demand their jobs back. Police intervened and removed them by force.'), 'Protests/Protest with intervention');
});

test("a protest note's later sentences tell that the crowd turned violent", () => {
  assert.equal(kind('On 1 June 2025, residents demonstrated in Soweto (Gauteng) against power cuts. They blocked roads with burning tyres and pelted passing cars with stones.'), 'Riots/Violent demonstration');
});

test('a later sentence that starts another event does not count for the protest', () => {
  assert.equal(kind('On 1 June 2025, students protested peacefully in Zomba (Southern) over fees. Separately, police fired tear gas at vendors in another town.'), 'Protests/Peaceful protest');
});
