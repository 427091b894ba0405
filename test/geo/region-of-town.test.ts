// "the central Gaza town of Zawayda", "the southern Kano town of Wudil": a name after a bearing and
// before "town of X" says which region X lies in; the event is at X. Without the bearing, "the
// Morghan Qichi village of Daman district" is the village. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { extractReports } from '../../src/extract/index.ts';

const gz = loadDefaultGazetteer();
const first = (text: string) => extractReports({ document_id: 'doc_region_town', text, published: '2024-05-03' }, { gazetteer: gz })[0];

test('the region named before "town of X" is not the scene', () => {
  assert.match(first('An Israeli strike killed nine people in the central Gaza town of Deir al-Balah on Thursday.')?.location ?? '', /Balah|Balaḩ/);
  assert.equal(first('Gunmen attacked a police post in the southern Kano town of Wudil on Friday, killing two officers.')?.location, 'Wudil');
  // Without a bearing the name before "village of" is the village ("X village of T district").
  assert.equal(first('Gunmen attacked a police post in the Wudil town of Kano state on Friday, killing two officers.')?.location, 'Wudil');
});
