// Countries named as parties to a story rather than its scene (session 17, notes of other wars):
// a state speaking, a country's weapons, a list of countries before an actor word, "strikes on X".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNameVotes } from '../../src/geo/infer.ts';
import { findCountryMentions } from '../../src/geo/countries.ts';

const votes = (text: string) => countryNameVotes(findCountryMentions(text));

test('a country named as the subject of a verb of speech is a party, not the scene', () => {
  const m = findCountryMentions('Mortars hit a clinic. Kenya said its soldiers fired back, and Ethiopia has denied any role.');
  assert.equal(m.find((x) => x.iso3 === 'KEN')?.actor, true);
  assert.equal(m.find((x) => x.iso3 === 'ETH')?.actor, true);
  // Named as the place, the country keeps its vote.
  assert.equal(findCountryMentions('Soldiers fired back in Kenya on Monday.')[0]?.actor, undefined);
  assert.ok((votes('Soldiers fired back in Kenya.').get('KEN') ?? 0) > 1);
});

test('a country before its weapons fires them: "Iranian ballistic missiles", "a Turkish air strike"', () => {
  assert.equal(findCountryMentions('Iranian ballistic missiles hit two houses.')[0]?.actor, true);
  assert.equal(findCountryMentions('A Turkish air strike hit a farm.')[0]?.actor, true);
  assert.equal(findCountryMentions('Russian shelling damaged a school.')[0]?.actor, true);
  // A demonym before other words is no weapon's owner.
  assert.equal(findCountryMentions('Iranian students marched.')[0]?.actor, undefined);
});

test('countries listed before an actor word are actors all: "US and UK warplanes"', () => {
  const m = findCountryMentions('US and UK warplanes struck radar sites near the port.');
  assert.deepEqual(m.map((x) => x.actor), [true, true]);
  assert.equal(votes('US and UK warplanes struck radar sites near the port.').get('USA'), 0.3);
  // People and an actor are two sides: the people keep their weight.
  const sides = findCountryMentions('Clashes broke out between Palestinians and Israeli forces near the camp.');
  assert.equal(sides[0]?.actor, undefined);
});

test('a country after "on" is the one struck or sanctioned elsewhere ("strikes on Iran")', () => {
  assert.equal(findCountryMentions('The raids responded to strikes on Iran.')[0]?.relation, true);
});
