// Countries named as parties to a story rather than its scene (session 17, notes of other wars):
// a state speaking, a country's weapons, a list of countries before an actor word, "strikes on X".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNameVotes } from '../../src/geo/infer.ts';
import { findCountryMentions } from '../../src/geo/countries.ts';

const votes = (text: string) => countryNameVotes(findCountryMentions(text));

test('a country named as the subject of a verb of speech keeps its vote: the speaking state is often the scene', () => {
  const m = findCountryMentions('Ukraine said Russian shelling had killed four civilians in the city overnight.');
  assert.equal(m.find((x) => x.iso3 === 'UKR')?.actor, undefined);
  assert.ok((votes('Ukraine said Russian shelling had killed four civilians in the city overnight.').get('UKR') ?? 0) > 1);
  // The country it accuses is a party.
  assert.equal(findCountryMentions('Niger accused France of backing the attackers.').find((x) => x.iso3 === 'FRA')?.relation, true);
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

test('"strikes on Iran" names the scene', () => {
  assert.equal(findCountryMentions('Israel carried out strikes on Iran early on Friday.').find((x) => x.iso3 === 'IRN')?.relation, undefined);
});

test('"rockets from southern Lebanon": a side between the word of relation and the name keeps the relation', () => {
  assert.equal(findCountryMentions('Hezbollah fired rockets from southern Lebanon at Israel.').find((x) => x.iso3 === 'LBN')?.relation, true);
  assert.equal(findCountryMentions('Jets struck targets in southern Lebanon.').find((x) => x.iso3 === 'LBN')?.relation, undefined);
});
