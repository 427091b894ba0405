// Who takes an area decides its sub-event type (ACLED codebook): a state's own forces regain
// territory; a foreign state's forces, like non-state actors, overtake it. Sentences written for
// these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const first = (text: string) => extractReports({ document_id: 'doc_terr', text, published: '2024-05-03' }, { gazetteer: gz })[0];

test('foreign troops capturing a village overtake territory; the bare "captured" is no arrest', () => {
  const r = first('Russian troops captured the village of Novoselivka in the Donetsk region on Thursday.');
  assert.equal(r?.iso3, 'UKR');
  assert.equal(r?.event_type, 'Battles');
  assert.equal(r?.sub_event_type, 'Non-state actor overtakes territory');
  assert.equal(r?.actor1, 'Military Forces of Russia (2000-)');
});

test("a country's own forces taking a town back regain territory", () => {
  const r = first('Ukrainian troops recaptured the village of Robotyne in the Zaporizhzhia region on Monday.');
  assert.equal(r?.sub_event_type, 'Government regains territory');
});
