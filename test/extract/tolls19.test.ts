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

test('lists, breakdowns and repeated figures', () => {
  // A list with a comma before "and" reaches its verb with every figure.
  assert.equal(killed('On 4 April 2024, 2 border guards, 3 militia members, and 1 customs officer were killed in an ambush near Torkham.'), 6);
  // A breakdown between commas, with "a" for one or "N of them", is no more victims.
  assert.equal(killed('On 4 April 2024, four miners, three men and a boy, were shot dead by bandits near Anka.'), 4);
  assert.equal(killed('On 4 April 2024, seven rangers, two of them women, were killed by poachers in Garamba.'), 7);
  // "two other guards": more victims, not the same figure again.
  assert.equal(killed('On 4 April 2024, 2 guards were killed when gunmen stormed a bank in Kano. 2 other guards were killed when they gave chase.'), 4);
});

test('a thing named after people, a unit number, and later deaths of the detained', () => {
  assert.equal(killed('On 4 April 2024, militants attacked a police post, killing 3 constables, in Lakki Marwat.'), 3);
  assert.equal(killed('On 4 April 2024, soldiers of battalion 512 detained and beat a farmer to death near Hpakant.'), 1);
  assert.equal(killed('On 4 April 2024, a journalist was detained by soldiers and later found dead near Bamenda.'), 1);
  assert.equal(killed('On 4 April 2024, a herder was found bound and killed near a river in Tonj.'), 1);
  assert.equal(killed('On 4 April 2024, police detained a vendor in Kisumu and beat him in custody; he died of his injuries.'), 1);
});

test("ACLED's coded trailers in more wordings", () => {
  assert.equal(killed('On 4 April 2024, militias clashed near Tawila. Unclear fatalites coded as 10 and split between 2 events.'), 5);
  assert.equal(killed('On 4 April 2024, an IED struck an army truck near Kidal, killing and wounding several soldiers. Total fatalities coded to 10.'), 10);
  assert.equal(killed('On 4 April 2024, gunmen attacked a village in Bokkos and killed residents. Reports on fatalities range from 3 to 6.'), 3);
  assert.equal(killed('On 4 April 2024, gunmen shot at a family in Celaya. Fatalities 2 and 1 injured.'), 2);
});

test('"among them" opens a breakdown like "including"', () => {
  assert.equal(
    killed('On 4 April 2024, missile strikes on the region killed at least 7 people. Five people, among them a 9-year-old girl, were killed in the city while two others were killed in a nearby town.'),
    7,
  );
});

test('"A teacher and a student were also among the dead" breaks the toll down', () => {
  assert.equal(killed('On 4 April 2024, troops killed six people during a raid on the camp, the ministry said. A nurse and a student were also among the dead, the agency reported.'), 6);
});

test('ages between commas are no victims; a later count of the attackers does not replace a vague toll of villagers', () => {
  assert.equal(killed('On 3 June 2024, gunmen shot dead a farmer, 45, and his son, 12, in Bokkos.'), 2);
  assert.equal(killed('On 3 June 2024, police arrested Musa Bello, 34, Idris Umar, 28, and three others over the killing of a herder in Jos.'), 0);
  assert.equal(killed('On 3 June 2024, jihadists killed dozens of civilians in Djibo. Soldiers also killed 15 of the assailants.'), 27);
});

test('a definite subject with "was" and an adverb before its verb; an active verb makes it the agent', () => {
  assert.equal(killed('On 3 June 2024, gunmen stormed a shop in Kano. The owner was reportedly later shot dead.'), 1);
  assert.equal(killed('On 3 June 2024, a man attacked his neighbours in Jos. He later killed a woman with a machete.'), 1);
});

test('a death an arrest or a sentence is about is no toll of the event', () => {
  assert.equal(killed('On 3 June 2024, police arrested three suspects on Monday in the killing of a pastor in Kaduna.'), 0);
  assert.equal(killed('On 3 June 2024, a court in Lahore sentenced five men to death for the murder of a journalist.'), 0);
  assert.equal(killed('On 3 June 2024, police arrested 3 suspects and killed 2 others in a shootout in Kano.'), 2);
});
