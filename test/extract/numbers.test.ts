import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quantityAt } from '../../src/extract/numbers/quantity.ts';
import { tokenize } from '../../src/extract/numbers/tokens.ts';
import { segmentToll } from '../../src/extract/assemble/tolls.ts';
import { analyse } from './helpers.ts';

function q(phrase: string) {
  const r = quantityAt(tokenize(phrase, 0).words, 0);
  return r && [r.best, r.min, r.max];
}

test('quantities in digits and words, vague words coded conservatively', () => {
  assert.deepEqual(q('12'), [12, 12, 12]);
  assert.deepEqual(q('1,200'), [1200, 1200, 1200]);
  assert.deepEqual(q('twenty-three'), [23, 23, 23]);
  assert.deepEqual(q('two or three'), [2, 2, 3]);
  assert.deepEqual(q('5-10'), [5, 5, 10]);
  assert.deepEqual(q('a dozen'), [12, 12, 12]);
  assert.deepEqual(q('dozens'), [12, 12, 99]);
  assert.deepEqual(q('hundreds'), [100, 100, 999]);
  assert.deepEqual(q('more than 100'), [100, 100, 200]);
  assert.deepEqual(q('at least 5'), [5, 5, 10]);
  assert.deepEqual(q('up to 30'), [30, 0, 30]);
  assert.equal(q('over a'), null);
});

/** The killed / injured / displaced totals of the first incident in a text. */
function tolls(text: string, published = '2020-05-09') {
  const doc = analyse(text, published);
  const seg = doc.segments[0];
  assert.ok(seg, `no incident found in: ${text}`);
  return {
    killed: segmentToll(doc, seg, 'killed', doc.segments[1]).best,
    injured: segmentToll(doc, seg, 'injured').best,
    displaced: segmentToll(doc, seg, 'displaced').best,
  };
}

test('tolls tie figures to killed, injured and displaced cues', () => {
  assert.deepEqual(tolls('On 9 May 2020, a drone strike hit a workshop, killing four workers and wounding at least nine others, a doctor said.'), { killed: 4, injured: 9, displaced: 0 });
  assert.deepEqual(tolls('On 9 May 2020, an airstrike hit a factory. Field staff said 10 civilians had died and dozens were wounded.'), { killed: 10, injured: 12, displaced: 0 });
  assert.equal(tolls('On 9 May 2020, two Somali citizens and four Kenyan citizens died when the plane was shot down.').killed, 6);
  assert.equal(tolls('On 9 May 2020, gunmen opened fire on a bus, killing a woman and her son, and injuring her husband.').killed, 2);
  assert.equal(tolls('On 9 May 2020, 2 gunmen shot and killed a trader in the market.').killed, 1);
  assert.equal(tolls('On 9 May 2020, soldiers killed 15 militants and burnt 13 warehouses.').killed, 15);
  assert.equal(tolls('On 9 May 2020, fighting displaced more than 2,000 families.').displaced, 10000);
  assert.equal(tolls('On 9 May 2020, an unidentified gunman shot dead 2 civilians outside their homes.').killed, 2);
  assert.equal(tolls('On 9 May 2020, a mob killed two thieves. One was burnt alive and the other was stoned to death.').killed, 2);
  assert.equal(tolls('On 9 May 2020, a man driving a motorcycle was shot to death by gunmen.').killed, 1);
});

test('victims named without a number count as one, unless the incident gives a figure', () => {
  assert.equal(tolls('On 9 May 2020, gunmen shot and killed the head of the district council at his home.').killed, 1);
  assert.equal(tolls('On 9 May 2020, two men were shot in a drive-by. The man died and the woman was injured.').killed, 1);
  assert.equal(tolls('On 9 May 2020, snipers opened fire on a civilian, killing him.').killed, 1);
  assert.equal(tolls('On 9 May 2020, clashes led to the death of a bystander.').killed, 1);
  assert.equal(tolls('On 9 May 2020, a trader was killed by gunmen. The victim died at the scene and the gunmen killed him.').killed, 1);
  assert.equal(tolls('On 9 May 2020, the families of people killed in past attacks protested.').killed, 0);
});

test('victims joined into one list add up ("him and three of his relatives", "himself and seven soldiers")', () => {
  assert.equal(tolls('On 9 May 2020, raiders broke into a farmhouse, killing him and three of his family members.').killed, 4);
  assert.equal(tolls('On 9 May 2020, raiders broke into a farmhouse, killing the farmer and his two sons.').killed, 3);
  assert.equal(tolls('On 9 May 2020, raiders broke into a farmhouse, killing a man, his wife and their three children.').killed, 5);
  assert.equal(tolls('On 9 May 2020, raiders shot dead a village elder along with four relatives.').killed, 5);
  // ACLED counts an attacker who dies in the attack.
  assert.equal(tolls('On 9 May 2020, a suicide bomber killed himself and seven guards at a checkpoint.').killed, 8);
  assert.equal(tolls("On 9 May 2020, the death toll from Tuesday's ambush on the northern highway rose to 11.").killed, 11);
  // A breakdown after "among the dead" is part of the toll already stated.
  assert.equal(tolls('On 9 May 2020, a lorry bomb killed 30 people in a market. Among the dead, 6 guards and 9 children.').killed, 30);
  assert.equal(tolls('On 9 May 2020, raiders shot dead 9 villagers. A doctor said the dead included a teacher and three children aged four, seven and 12.').killed, 9);
  // A figure with its own person noun is no age; "also" adds victims; with no toll before it, the list is the toll.
  assert.equal(tolls('On 9 May 2020, raiders killed a boy aged 12 and three guards.').killed, 4);
  assert.equal(tolls('On 9 May 2020, raiders killed 5 guards. They also killed 2 traders and 3 drivers at the market.').killed, 10);
  assert.equal(tolls('On 9 May 2020, raiders attacked a hamlet. The dead included four women and two children.').killed, 6);
});

test('breakdowns, causes and undivided casualties are not added to the toll', () => {
  assert.equal(tolls('On 9 May 2020, at least 4 people (including 1 journalist) as well as 2 policemen were killed and 19 (10 policemen and 9 civilians) were wounded in a riot.').killed, 6);
  assert.equal(tolls('On 9 May 2020, residents protested after a gas leak killed 11 people.').killed, 0);
  // An "including" aside between the figure and its verb is skipped whole, closing comma too.
  assert.equal(tolls('On 9 May 2020, at least nine villagers, including three girls, were killed when shells hit a market.').killed, 9);
  assert.equal(tolls('On 9 May 2020, 12 fighters, including a commander, died in the assault.').killed, 12);
  assert.equal(tolls('On 9 May 2020, 7 militants were killed and wounded in an army raid.').killed, 0);
  assert.equal(tolls('On 9 May 2020, militias clashed. No fatalities were reported.').killed, 0);
});

test("ACLED's coded trailers override the prose", () => {
  assert.equal(tolls('On 9 May 2020, a man was found dead in a car. 1 fatality.').killed, 1);
  assert.equal(tolls('On 9 May 2020, a police officer was killed by a landmine. Fatalities coded as 0 (VoJ reported 1).').killed, 0);
  assert.equal(tolls('On 9 May 2020, forces clashed on three fronts, killing several fighters. Unknown fatalities coded as 10.').killed, 10);
  assert.equal(tolls('On 9 May 2020, clashes on three fronts left more than 20 fighters dead. 20 fatalities split up between 3 events.').killed, 7);
  assert.equal(tolls('On 9 May 2020, two members were killed across two days of clashes. Fatalities coded across 2 events.').killed, 1);
});

test("a parent's children and a later part of a total are not more victims", () => {
  assert.equal(tolls('On 9 May 2020, a mother of three was killed when a shell hit her house.').killed, 1);
  const doc = analyse('Six villagers were killed when a mortar round hit a wedding on Friday.\n\nA neighbour said two of the dead were brothers.', '2020-05-09');
  assert.equal(segmentToll(doc, doc.segments[0], 'killed').best, 6);
});

test('an appositive list between commas breaks the figure before it down; a plain list adds up', () => {
  assert.equal(tolls('On 9 May 2020, eight villagers, five men and three women, were killed in an airstrike.').killed, 8);
  assert.equal(tolls('On 9 May 2020, gunmen killed 4 soldiers, 2 civilians and 1 policeman in an ambush.').killed, 7);
});

test('a list closed by a stray comma before the verb, and a relative aside, still reach the verb', () => {
  assert.equal(tolls('On 9 May 2020, four soldiers, two policemen and three civilians, were killed in an ambush.').killed, 9);
  assert.equal(tolls('On 9 May 2020, two soldiers and three civilians, were killed in an ambush.').killed, 5);
  assert.equal(tolls('On 9 May 2020, three civilians, who were travelling to the market, died when their bus hit a mine.').killed, 3);
  // A closing comma before another verb, or an aside with its own cue, is left as it was.
  assert.equal(tolls('On 9 May 2020, two soldiers and three civilians, were injured in an ambush.').killed, 0);
  assert.equal(tolls('On 9 May 2020, two soldiers and three civilians, the army said, were at the market.').killed, 0);
});

test('a "for" before a verb of saying opens no cause clause over what was said', () => {
  assert.equal(tolls('On 9 May 2020, the coordinator for Yemen said that at least 12 civilians were killed in strikes on a vehicle in Saada.').killed, 12);
  // A cause clause in the event's own words still counts no victims of this event.
  assert.equal(tolls('On 9 May 2020, hundreds protested in Aden demanding justice for the 12 civilians killed in an airstrike.').killed, 0);
});

test('"no one was killed" is none: its "one" is no figure', () => {
  assert.equal(tolls('Gunmen opened fire on a bus near the market on Monday, but no one was killed.').killed, 0);
  assert.equal(tolls('No one was hurt when a grenade exploded at a checkpoint on Monday.').injured, 0);
  // "No one claimed" negates no toll: the figure after it counts.
  assert.equal(tolls('No one claimed the attack on Monday, in which one soldier was killed.').killed, 1);
});
