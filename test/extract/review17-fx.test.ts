// Review of session 17's extraction rules (read-only reviewer's findings, sentences written for
// these tests): each rule keeps what it was for and stops where it over-reached.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const top = (text: string, published: string) => extractReports({ document_id: 'doc_review17', text, published }, { gazetteer: loadDefaultGazetteer() })[0];

test('a crowd that is there already is a protest, though a rally is still to come', () => {
  const gathered = top('On 3 March 2024, police fired tear gas at dozens of opposition supporters who assembled in Lusaka (Lusaka, Lusaka) ahead of a planned rally.', '2024-03-03');
  assert.equal(gathered.sub_event_type, 'Protest with intervention');
  const dispersed = top('On 3 March 2024, police dispersed a crowd in Lahore (Lahore, Punjab) prior to a rally by the opposition, using batons.', '2024-03-03');
  assert.equal(dispersed.sub_event_type, 'Protest with intervention');
  const arrests = top('On 3 March 2024, police arrested 20 opposition members in Lahore (Lahore, Punjab) ahead of a planned rally.', '2024-03-03');
  assert.equal(arrests.sub_event_type, 'Arrests');
});

test("a claim in a later sentence is this attack's only when it is not another attack's", () => {
  const separate = top('On 5 March 2024, an IED struck an army truck near Damboa (Damboa, Borno), killing 3 soldiers. In a separate statement, JAS claimed a raid on a police station in Bama in February.', '2024-03-05');
  assert.equal(separate.actor1, 'Unidentified Armed Group (Nigeria)');
  const similar = top('On 5 March 2024, a roadside bomb struck a minibus near Afgoye (Afgoye, Lower Shabelle), killing 4 passengers. Al Shabaab has claimed similar bombings on the road in the past.', '2024-03-05');
  assert.equal(similar.actor1, 'Unidentified Armed Group (Somalia)');
  const own = top('On 5 March 2024, a roadside bomb struck a minibus near Afgoye (Afgoye, Lower Shabelle), killing 4 passengers. Al Shabaab claimed responsibility for the attack.', '2024-03-05');
  assert.equal(own.actor1, 'Al Shabaab');
  const wider = top('On 5 March 2024, an IED struck an army truck near Damboa (Damboa, Borno), killing 3 soldiers. ISWAP claimed the attack, which also wounded two other soldiers.', '2024-03-05');
  assert.equal(wider.actor1, 'Islamic State (West Africa)');
});

test('a hijacked vehicle driven off is looting; people hijacked with it are abducted', () => {
  const car = top('On 7 March 2024, armed men hijacked an NGO pickup near Bunia (Djugu, Ituri) and drove off with it; the driver was released unhurt.', '2024-03-07');
  assert.equal(car.sub_event_type, 'Looting/property destruction');
  const bus = top('On 7 March 2024, armed men hijacked a minibus carrying 14 travellers near Bunia (Djugu, Ituri).', '2024-03-07');
  assert.equal(bus.sub_event_type, 'Abduction/forced disappearance');
  const both = top('On 7 March 2024, armed men hijacked a truck near Bunia (Djugu, Ituri) and abducted its driver.', '2024-03-07');
  assert.equal(both.sub_event_type, 'Abduction/forced disappearance');
});

test('"X were expelled from the town by Y": Y takes it; a state retaking its own town regains territory', () => {
  const r = top('On 14 May 2024, Russian troops were expelled from Synkivka (Kupianskyi, Kharkiv) by Ukrainian troops.', '2024-05-14');
  assert.equal(r.sub_event_type, 'Government regains territory');
  assert.equal(r.actor1, 'Military Forces of Ukraine (2019-)');
  assert.equal(r.actor2, 'Military Forces of Russia (2000-)');
});

test('glide bombs and guided aerial bombs are dropped from aircraft: air strikes', () => {
  const glide = top('On 9 June 2024, Russian glide bombs struck a market in Vovchansk (Chuhuivskyi, Kharkiv), killing 2 civilians.', '2024-06-09');
  assert.equal(glide.sub_event_type, 'Air/drone strike');
  const guided = top('On 9 June 2024, a guided aerial bomb hit a school in Kupiansk (Kupianskyi, Kharkiv).', '2024-06-09');
  assert.equal(guided.sub_event_type, 'Air/drone strike');
  const ied = top('On 9 June 2024, a bomb planted under a car exploded in Kupiansk (Kupianskyi, Kharkiv), killing 1 official.', '2024-06-09');
  assert.equal(ied.sub_event_type, 'Remote explosive/landmine/IED');
});
