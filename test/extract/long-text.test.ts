// A long document without paragraph breaks (a scraped page flattened to one line) is read in
// time and memory that grow with its length: no step compares every mention with every other.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { findActors } from '../../src/extract/actors/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

test('a 200 KB one-line text of one repeated sentence still yields its event', () => {
  const sentence = 'Demonstrators gathered outside the parliament in Nairobi on Tuesday, witnesses said. ';
  const text = sentence.repeat(Math.ceil(200_000 / sentence.length));
  const reports = extractReports({ document_id: 'doc_long', text, published: '2023-03-10' }, { gazetteer: loadDefaultGazetteer() });
  assert.ok(reports.length >= 1, 'no report');
  assert.equal(reports[0].event_type, 'Protests');
  assert.equal(reports[0].event_date, '2023-03-07');
});

test('a generic word refers back to a group named nearby, not to one named pages earlier', () => {
  const filler = 'The market reopened and traders sold maize and beans at the usual prices. '.repeat(40);
  const near = findActors('Wagner mercenaries entered the town. These marksmen fired at the police.');
  assert.match(near.find((m) => m.text === 'marksmen')?.rule ?? '', /refers-back/);
  const far = findActors(`Wagner mercenaries entered the town. ${filler}These marksmen fired at the police.`);
  assert.doesNotMatch(far.find((m) => m.text === 'marksmen')?.rule ?? '', /refers-back/);
});
