// A wire dateline of a bare capital ("BEIRUT:", "MOSCOW (AFP) -") names the country a story is
// filed from, as "TRIPOLI, Libya -" does; a lead that names another country's place still wins.
// Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const gz = loadDefaultGazetteer();
const first = (text: string) => extractReports({ document_id: 'doc_dl_cap', text, published: '2024-09-13' }, { gazetteer: gz })[0];

test('a bare capital dateline frames a story that names the other side more often', () => {
  const r = first('BEIRUT: The health ministry said three people were killed in an Israeli strike on a village near Nabatieh on Thursday, amid exchanges of fire between Israel and Hezbollah.\n\nIsrael says it strikes Hezbollah targets. Israel\'s army said its jets hit a depot.');
  assert.equal(r?.iso3, 'LBN');
  assert.equal(r?.location, 'Nabatieh');
});

test("the lead's own country beats the dateline's, and a country's own army is an actor, not the scene", () => {
  const r = first("MOSCOW: Russia's army said on Wednesday its forces had captured the village of Pivdenne in Ukraine's Donetsk region.");
  assert.equal(r?.iso3, 'UKR');
  assert.equal(r?.location, 'Pivdenne');
});
