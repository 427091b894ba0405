// Victims whose verb stands far from them, or is joined to another harm: a relative clause
// between the victim and the passive verb, "abducted ... and killed", a participle chain, an
// age or a describing participle before the noun, "resulting in his death", "fatally shot the X".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentToll } from '../../src/extract/assemble/tolls.ts';
import { analyse } from './helpers.ts';

function killed(text: string): number {
  const doc = analyse(text, '2023-06-03');
  const seg = doc.segments[0];
  assert.ok(seg, `no incident found in: ${text}`);
  return segmentToll(doc, seg, 'killed', doc.segments[1]).best;
}

test('a relative clause between the victim and its passive verb', () => {
  assert.equal(killed('On 3 June 2023, a shopkeeper who had refused to pay the gang was shot dead in Carrefour.'), 1);
  assert.equal(killed('On 3 June 2023, five soldiers who were escorting a fuel convoy were killed in an ambush near Djibo.'), 5);
  // The relative's own verb is not the toll's.
  assert.equal(killed('On 3 June 2023, a woman who sells vegetables told reporters that police beat protesters in Lagos.'), 0);
});

test('abducted and then killed counts the dead', () => {
  assert.equal(killed('On 3 June 2023, two traders travelling to the market were abducted by gunmen and later killed near Zaria.'), 2);
  assert.equal(killed('On 3 June 2023, four farmers were kidnapped and killed by bandits in Tsafe.'), 4);
  // Abducted alone is no death.
  assert.equal(killed('On 3 June 2023, four farmers were kidnapped by bandits in Tsafe.'), 0);
});

test('a chain of passive verbs keeps its victim', () => {
  assert.equal(killed('On 3 June 2023, a teacher was beaten and stabbed to death by unknown men in Goma.'), 1);
});

test('an age or a describing participle before the person noun', () => {
  assert.equal(killed('On 3 June 2023, a 52-year-old displaced woman died when a landmine exploded near her shelter in Kyaukme.'), 1);
  assert.equal(killed('On 3 June 2023, two injured soldiers died in hospital in Gao.'), 2);
});

test('"resulting in his death" and "fatally shot the X" name one dead', () => {
  assert.equal(killed('On 3 June 2023, soldiers shot a farmer near his field in Kidal, resulting in his death.'), 1);
  assert.equal(killed('On 3 June 2023, gunmen fatally shot the chairman of a local vigilance group in Jos.'), 1);
});

test('a participle describing the victims, "were reported dead", "neutralised", a definite victim past an aside', () => {
  assert.equal(killed('On 9 March 2024, a man accused of witchcraft was lynched by a mob in Mbale.'), 1);
  assert.equal(killed('On 9 March 2024, eight people were reported dead after armed men stormed a wedding in Batha region.'), 8);
  assert.equal(killed('On 9 March 2024, two of the attackers were neutralised by the army during the clash in Kaya.'), 2);
  assert.equal(killed('On 9 March 2024, the village head of Ngala, who had criticised the insurgents, was beheaded by ISWAP fighters.'), 1);
});

test('groups, clans and devices are not counted as people', () => {
  assert.equal(killed('On 9 March 2024, clashes between two clans in Galmudug left at least 10 people dead and many injured.'), 10);
  assert.equal(killed('On 9 March 2024, the army neutralised two explosive devices near Kaya.'), 0);
});

test('an "including" aside before the verb, and drowning', () => {
  assert.equal(killed('On 12 March 2024, at least six members of a family, including four children, were killed when a strike hit their house in Rafah.'), 6);
  assert.equal(killed('On 12 March 2024, two fishermen drowned after being chased by soldiers near Baga.'), 2);
});
