// A place name that is only a piece of a longer name ("Gustavo A. Madero", a borough named after
// a person) names neither a place nor an area around the text's other places. Invented fixture
// gazetteer (name-pieces-dump.txt): a district Sandoval in one province, a capital Ciudad Nova in
// another, and a town Madero.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { findPlaces, loadGazetteer, locateEvent } from '../../src/geo/index.ts';

const gz = loadGazetteer({ files: [join(import.meta.dirname, 'fixtures', 'name-pieces-dump.txt')], defaults: false });
const located = (text: string): string | null => locateEvent(findPlaces(text, gz, {}), { start: 0, end: text.length })?.place?.name ?? null;

test('a middle initial joins the capitalised name: "Gustavo A. Madero" is no town Madero', () => {
  assert.equal(located('On 7 May, gunmen attacked a shop in Gustavo A. Madero on Monday.'), null);
  assert.equal(located('On 7 May, gunmen attacked a shop in Madero on Monday.'), 'Madero');
});

test('an area read from a piece of a longer name does not push out the town named after it', () => {
  // "Pedro Sandoval" is a borough of Ciudad Nova, not the district Sandoval of another province.
  assert.equal(located('On 7 May, in Pedro Sandoval, Ciudad Nova, armed men shot a man.'), 'Ciudad Nova');
});

test('the commander in "forces led by X" is a person, not a town of that name', () => {
  assert.equal(located('On 8 May, government forces led by Madero clashed with tribesmen in Ciudad Nova.'), 'Ciudad Nova');
  assert.equal(located('On 8 May, a march led by the Madero mayor ended peacefully.'), 'Madero');
});

test('"members of X" names a group (a party named like a village), not where they were', () => {
  assert.equal(located('On 3 May, members of Madero protested outside the ministry in Ciudad Nova.'), 'Ciudad Nova');
  assert.equal(located('On 3 May, residents of Madero protested outside the town hall.'), 'Madero');
});

test('a name after the Persian ezafe ("-e") ends a longer name, no town of its own', () => {
  assert.equal(located('On 2 May, tenants of the Shahrak-e Madero estate protested.'), null);
  assert.equal(located('On 2 May, tenants of the Kuy-e Madero estate protested in Ciudad Nova.'), 'Ciudad Nova');
  assert.equal(located('On 2 May, residents of the Madero estate protested.'), 'Madero');
});
