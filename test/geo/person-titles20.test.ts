// A title before a name and a surname after it make a person, not a place: 'Russian president
// Vladimir Putin' is no Volodymyr (Ukraine). A place after a title-less word stays a place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const gazetteer = loadDefaultGazetteer();
function locations(text: string, published = '2022-03-01'): string[] {
  return extractReports({ document_id: 't', text, published } as never, { gazetteer } as never).map((r) => r.location);
}

test('"president Vladimir Putin" places nothing at Volodymyr', () => {
  for (const loc of locations('Russian president Vladimir Putin ordered troops to shell Kharkiv on Monday, killing three civilians.')) assert.notEqual(loc, 'Volodymyr');
  assert.deepEqual(locations('Russian president Vladimir Putin ordered troops to shell Kharkiv on Monday, killing three civilians.'), ['Kharkiv']);
});

test('a governor named after a title is no place either; the place named stays', () => {
  assert.deepEqual(locations('Gunmen killed four farmers in Kaura on Sunday, governor Uba Sani said.', '2024-03-12'), ['Kaura']);
});
