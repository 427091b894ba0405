// An event the grouping made from sentences a stage judged statistical is still placed where
// those sentences say, not at the capital or nowhere (report.ts's fallback). Hand-written notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { extractReports } from '../../src/extract/index.ts';

const gz = loadDefaultGazetteer();
const place = (text: string) => {
  const [r] = extractReports({ document_id: 'doc_own', text, published: '2020-05-03' }, { gazetteer: gz });
  return r ? `${r.location} ${r.geo_precision}` : null;
};

test('a sentence read as a count of events still places its own event', () => {
  assert.equal(place('As reported on 2 May 2020, government airstrikes hit several houses in Mizan district, Zabul.'), 'Mīzān 2');
  assert.equal(place('Reported on 30 April 2020, airstrikes by the air force destroyed 4 houses in Namak Ab district, Takhar.'), 'Namak Āb 2');
});
