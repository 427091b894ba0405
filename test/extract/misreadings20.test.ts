// Session-20 misreadings left by the reviewer and by news reading, each fixed with a general
// mechanism: sentences written for these tests (the shapes, not copied text).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2024-03-04') => extractReports({ document_id: 'doc_misreadings20', text, published }, { gazetteer: loadDefaultGazetteer() });
const kind = (text: string) => {
  const [r] = run(text);
  return `${r!.event_type}/${r!.sub_event_type}`;
};

test("an armed group's own rally or parade is a show of force, not a protest", () => {
  const [r] = run('On Saturday, dozens of Mai-Mai militiamen paraded with weapons through the streets of Beni, holding a rally in support of their commander.');
  assert.equal(`${r!.event_type}/${r!.sub_event_type}`, 'Strategic developments/Change to group/activity');
  assert.match(r!.actor1, /^Mayi Mayi Militia/);
  assert.equal(kind('On Saturday, hundreds of armed Hezbollah members rallied in Baalbek.'), 'Strategic developments/Change to group/activity');
});

test("a party's rally, its followers' rally, or armed men marching to demand something stay protests", () => {
  assert.equal(kind('On Saturday, Hezbollah held a rally in Beirut.'), 'Protests/Peaceful protest');
  assert.equal(kind('On Saturday, Hamas supporters rallied in Gaza City.'), 'Protests/Peaceful protest');
  assert.equal(kind('On Saturday, retired soldiers marched in Kinshasa demanding their pensions.'), 'Protests/Peaceful protest');
  assert.equal(kind('On Saturday, police officers marched through Nairobi to demand unpaid allowances.'), 'Protests/Peaceful protest');
});

test('troops that march into a village and kill are no protest met with force', () => {
  assert.equal(kind('On Saturday soldiers marched into the village of Kalehe and killed five civilians.'), 'Violence against civilians/Attack');
});

test('people gathered to trade, bury or worship and dispersed are no protest; a crowd or a demand is one', () => {
  assert.notEqual(kind('On Monday police dispersed traders who had gathered at the market in Kano.'), 'Protests/Protest with intervention');
  assert.notEqual(kind('On Monday police dispersed mourners who had gathered for the burial of a youth leader in Kano.'), 'Protests/Protest with intervention');
  assert.equal(kind('On Monday police dispersed a crowd that had gathered outside the governor\'s office in Kano.'), 'Protests/Protest with intervention');
  assert.equal(kind('On Monday police fired tear gas to disperse mourners who gathered for the funeral of a slain activist and chanted anti-government slogans in Kisumu.'), 'Protests/Protest with intervention');
});

test('people seized are abducted (arrested by a state force), a town seized is taken', () => {
  assert.equal(kind('On Tuesday gunmen seized an unknown number of people in Kajuru, Kaduna state.'), 'Violence against civilians/Abduction/forced disappearance');
  assert.equal(kind('On Tuesday jihadists captured 12 passengers on the road near Djibo.'), 'Violence against civilians/Abduction/forced disappearance');
  assert.equal(kind('On Tuesday, soldiers seized five suspected smugglers in Agadez.'), 'Strategic developments/Arrests');
  assert.equal(kind('On Tuesday, M23 rebels captured the town of Rubaya after fighting with the army.'), 'Battles/Non-state actor overtakes territory');
});

test('a coder trailer that counts each side sums them; injured are no deaths', () => {
  const toll = (text: string) => run(text)[0]!.fatalities;
  assert.equal(toll('On 3 March 2024, soldiers clashed with JNIM militants near Djibo. Fatalities 2 soldiers and 5 militants.'), 7);
  assert.equal(toll('On 3 March 2024, soldiers clashed with JNIM militants near Djibo. Fatalities: 3 civilians, 1 policeman and 4 attackers.'), 8);
  assert.equal(toll('On 3 March 2024, soldiers clashed with JNIM militants near Djibo. Fatalities 2 soldiers and 3 injured.'), 2);
});

test("protesters told arrested make the protest one with intervention; someone the protest is about does not", () => {
  assert.equal(kind('On Monday, nurses staged a sit-in outside the health ministry in Harare. Several arrests were made.'), 'Protests/Protest with intervention');
  assert.equal(kind('On Monday, about 30 vendors protested in Lusaka against new licence fees. They were arrested for breaching a ban on gatherings.'), 'Protests/Protest with intervention');
  assert.equal(kind('On Monday, journalists protested in Lahore against the arrest of their editor. He was arrested in connection with a tax case.'), 'Protests/Peaceful protest');
  assert.equal(kind('On Monday, students gathered in Minsk and demanded the release of activists who were detained in recent demonstrations.'), 'Protests/Peaceful protest');
  assert.equal(kind('On Monday, 4 activists protested in Moscow with a banner. The protesters were detained later that day after the protest was finished.'), 'Protests/Peaceful protest');
});

test('unorganised people blocking a way protest; keeping attackers out is no protest', () => {
  assert.equal(kind('On Monday, students blocked with two trucks the Mexico-Acapulco highway near Chilpancingo.'), 'Protests/Peaceful protest');
  assert.equal(kind('On Monday, a group of neighbours blocked the entrance of their settlement in Lima to keep out street vendors.'), 'Protests/Peaceful protest');
  assert.notEqual(kind('On Monday, residents blocked gunmen from entering the village of Kauru.'), 'Protests/Peaceful protest');
  assert.notEqual(kind('On Monday, farmers blocked herders from grazing in Benue.'), 'Protests/Peaceful protest');
});
