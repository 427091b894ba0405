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

test("a regional hub's dateline does not frame a story that places its event only in another country", () => {
  // The lead names the country only by its army; the place comes two sentences later.
  const r = first('BANGKOK: An air strike by the Myanmar military on a village killed nine civilians, residents said on Friday.\n\nThe war has spread since the coup.\n\nA jet dropped two bombs on a village in the Sagaing region on Thursday, a resident said.');
  assert.equal(r?.iso3, 'MMR');
  // A story that names the dateline's country stays framed by it.
  const home = first('BANGKOK: Police in Thailand said two people were killed on Friday when a bomb went off at a market, and a suspect from Myanmar was held.');
  assert.equal(home?.iso3, 'THA');
});
