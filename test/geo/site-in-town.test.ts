// A site named with the town it is in ("X metro station in T", "outside the X in T"): a namesake
// of the site far from T is another place, and the event is at T. Invented fixture gazetteer
// (site-in-town-dump.txt): a capital Varnel (also its city province) and a village Ostrok 180 km
// away; a regional seat Kerrin and a "Justice Palace" section of another town 38 km from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'site-in-town-dump.txt')], defaults: false });
const located = (text: string): string | null => locateEvent(findPlaces(text, gz, {}), { start: 0, end: text.length })?.place?.name ?? null;

test('"near the X metro station in T": a namesake village of X far from T is not the place', () => {
  assert.equal(located('On 8 May, activists held a flashmob protest near the Ostrok metro station in Varnel.'), 'Varnel');
  // Said of the village itself, it stays the village.
  assert.equal(located('On 8 May, villagers protested in Ostrok.'), 'Ostrok');
});

test('"outside the X in T": a section of another town 38 km away is not inside T', () => {
  assert.equal(located('On 7 May, protesters gathered outside the Justice Palace in Kerrin.'), 'Kerrin');
});

test('a bearing is no container: "the X region southwest of T" may lie far from T', () => {
  assert.equal(located('On 3 May, fighting was reported in the Ostrok area southwest of Varnel.'), 'Ostrok');
});

test('a part of a town ("X neighbourhood of T", "X favela in T") lies in T itself, whatever else T names', () => {
  const def = loadGazetteer();
  const at = (text: string): string | null => locateEvent(findPlaces(text, def, {}), { start: 0, end: text.length })?.place?.name ?? null;
  // Namesake municipalities (admin areas) hundreds of km away are not the neighbourhood.
  assert.equal(at('Gunmen shot two men in the Bela Vista neighbourhood of Manaus.'), 'Manaus');
  // Sao Paulo is a state's seat named like its state: after a favela it is the city.
  assert.equal(at('Police raided the Paraisopolis favela in Sao Paulo on Tuesday.'), 'São Paulo');
});
