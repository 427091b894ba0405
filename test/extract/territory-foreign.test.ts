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

test('a foreign force "liberating" a village in its ministry\'s words overtakes it', () => {
  const r = first('Russian forces said on Saturday they had "liberated" the village of Pivdenne in the Donetsk region.');
  assert.equal(r?.sub_event_type, 'Non-state actor overtakes territory');
});

test('"captured another village in the Donetsk region. ... the village of Pivdenne": the village named next', () => {
  const r = first('Russian forces said on Tuesday they had captured another village in the Donetsk region. The defence ministry said its troops had taken the village of Pivdenne, outside Toretsk.');
  assert.equal(r?.sub_event_type, 'Non-state actor overtakes territory');
  assert.equal(r?.location, 'Pivdenne');
  assert.equal(r?.admin1, 'Donetsk');
  // A village of the same name elsewhere is no such reference: the event stays at the region.
  const far = first('Russian forces said on Tuesday they had captured another village in the Donetsk region. Officials said the village of Lypky in the Kharkiv region was shelled.');
  assert.equal(far?.location, 'Donetsk');
});

test('captures counted over recent weeks are background, not an event', () => {
  const reports = extractReports({ document_id: 'doc_terr_bg', text: 'Russia says it has captured a string of towns and villages in the Donetsk region in recent weeks.', published: '2024-08-21' }, { gazetteer: gz });
  assert.equal(reports.length, 0);
});

test('a place the gazetteer names only in Cyrillic keeps the text\'s spelling as its location', async () => {
  const { loadGazetteer } = await import('../../src/geo/index.ts');
  const { join } = await import('node:path');
  const fixture = loadGazetteer({ files: [join(import.meta.dirname, '..', 'geo', 'fixtures', 'cue-dump.txt')], defaults: false });
  const [r] = extractReports({ document_id: 'doc_terr_cyr', text: 'DPR forces shelled Testove on Monday, wounding two civilians.', published: '2020-05-03' }, { gazetteer: fixture });
  assert.equal(r?.location, 'Testove');
  assert.equal(r?.latitude, 48.3);
});
