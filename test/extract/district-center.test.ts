// "X district center" is the district's seat, the town X (geo precision 1), not the district.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string) => extractReports({ document_id: 'doc_district_center', text, published: '2020-05-04' }, { gazetteer: loadDefaultGazetteer() });

test('"district center" names the seat town; "district" alone the district', () => {
  const [town] = run('On 3 May 2020, two intelligence officers were shot dead by unknown gunmen in Ghoryan district center, Herat.');
  assert.equal(town!.geo_precision, 1);
  const [district] = run('On 3 May 2020, two intelligence officers were shot dead by unknown gunmen in Ghoryan district, Herat.');
  assert.equal(district!.geo_precision, 2);
});
