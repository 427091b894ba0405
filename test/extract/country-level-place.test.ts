// An event whose text names only its country is put at the country's capital with geo_precision 3
// (ACLED's convention, like a province-level event at the province's seat), so it has a point on
// the map; the country stays the document's, without a place's evidence. Invented sentences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const extract = (text: string) => extractReports({ document_id: 'doc_country_level', text, published: '2021-03-08' }, { gazetteer: loadDefaultGazetteer() });

test('a country-only event gets the capital as its point, precision 3, without evidence of a place', () => {
  const [r] = extract('Militants killed three soldiers in an ambush in Pakistan on Sunday, the army said.');
  assert.ok(r);
  assert.equal(r.country, 'Pakistan');
  assert.equal(r.location, 'Islamabad');
  assert.equal(r.geo_precision, 3);
  assert.ok(r.latitude !== null && Math.abs(r.latitude - 33.7) < 0.5 && r.longitude !== null && Math.abs(r.longitude - 73.1) < 0.5);
  assert.ok(r.rules?.includes('geo/country-capital'));
  assert.ok(!r.evidence?.some((e) => e.field === 'location' || e.field === 'latitude'));
});

test('a named place keeps its own point', () => {
  const [r] = extract('Militants killed three soldiers in an ambush near Peshawar, Pakistan on Sunday, the army said.');
  assert.equal(r?.location, 'Peshawar');
  assert.ok(!r?.rules?.includes('geo/country-capital'));
});
