// ACLED's "X of Y" form names a place and the area that holds it ("rioters in Arnea of Pella",
// "a protest in Svietlagrad of the Gorvel region"). Invented fixture gazetteer
// (of-its-area-dump.txt): a Belarusian-style oblast known by its seat's other name, and a Greek
// regional unit named after a small town, with a bigger Pella abroad.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'of-its-area-dump.txt')], defaults: false });
const located = (text: string): string | null => {
  const p = locateEvent(findPlaces(text, gz, {}), { start: 0, end: text.length })?.place;
  return p ? `${p.name} ${p.iso3}` : null;
};

test('"X of Y": X is a place of its own when the gazetteer puts it in the area Y names', () => {
  assert.equal(located('On 5 May, about 200 rioters in Arnea of Pella blocked the road to a hotel.'), 'Arnea GRC');
  // Not held by the area after "of": a piece of a longer name, as before.
  assert.equal(located('On 5 May, about 200 rioters in Arnea of Brask blocked the road.'), 'Brask BLR');
});

test('a seat named with a region word names its province, which corroborates a variant inside it', () => {
  const text = 'On 3 May, a protest was held in Svietlagrad of the Gorvel region in solidarity with the protest in Brask.';
  assert.equal(located(text), 'Svetlagrad BLR');
});
