// Session-13 leftovers on real news prose: foreign troops are not the host's army, a toll told
// after a mood ("in mourning after ...") is the event's own; and the ordinary sentences these
// rules must leave alone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published = '2020-05-01') => extractReports({ document_id: 'doc_leftovers', text, published }, { gazetteer: loadDefaultGazetteer() });

test('"foreign troops" the text names nowhere else are Unidentified Military Forces, not the host army', () => {
  const [r] = run('Eight villagers were killed in an air strike by foreign troops in Farah province on Tuesday, an official said.');
  assert.equal(r.actor1, 'Unidentified Military Forces');
  assert.equal(r.inter1, 8);
});

test('"foreign troops" are the foreign force the text names elsewhere', () => {
  const text = 'Eight villagers were killed in an air strike by foreign troops in Farah province on Tuesday, an official said. A spokesman for U.S.-led troops said they were looking into the report.';
  const [r] = run(text);
  assert.match(r.actor1, /^Military Forces of the United States/);
});

test('the host army backed by foreign forces stays the host army; "foreign-trained troops" are the host\'s', () => {
  const [a] = run('Afghan troops backed by foreign forces killed 12 Taliban fighters in Helmand province on Tuesday.');
  assert.match(a.actor1, /^Military Forces of Afghanistan/);
  const [b] = run('Foreign-trained troops attacked an al Shabaab base near Afgoye on Tuesday, killing 10 militants.');
  assert.match(b.actor1, /^Military Forces of Somalia/);
});

test('a toll told after a mood ("left in mourning after gunmen killed 17") is the event\'s toll', () => {
  const [r] = run('The village has been left in mourning after gunmen killed 17 people on Saturday in the Mopti region of Mali, officials said.');
  assert.equal(r.fatalities, 17);
});

test('a toll after a main clause that is itself an event stays its cause', () => {
  const [a] = run('Hundreds of people protested in Kaduna on Monday after bandits killed 11 farmers.');
  assert.equal(a.fatalities, 0);
  const [b] = run('Soldiers killed five militants near Mopti after jihadists killed three soldiers on Friday.');
  assert.equal(b.fatalities, 5);
});

test('a group named as the victim\'s foe ("an elder known for his opposition to al Shabaab") is no party', () => {
  const [r] = run('Unknown gunmen shot dead a tribal elder known for his opposition to al Shabaab in Beledweyne on Monday.');
  assert.equal(r.actor1, 'Unidentified Armed Group (Somalia)');
  assert.notEqual(r.actor2, 'Al Shabaab');
});

test('a group the victim is linked to, or that a leader leads troops against, stays a party', () => {
  const [a] = run('Troops killed a commander linked to al Shabaab in Beledweyne on Monday, officials said.');
  assert.equal(a.actor2, 'Al Shabaab');
  const [b] = run('A police commander leading operations against the Taliban said 12 militants were killed in Ghazni province on Monday.');
  assert.equal(b.actor2, 'Taliban');
});

test('an attack told in passing ("one day after a suicide bomber struck ..., killing five") adds neither toll nor type', () => {
  const [r] = run('Gunmen killed two police officers in Kandahar city on Sunday, one day after a suicide car bomber struck a convoy of the governor, killing five of his bodyguards.');
  assert.equal(r.fatalities, 2);
  assert.equal(r.sub_event_type, 'Armed clash');
});

test('"N days after" keeps its toll when the main clause states none, or opens the sentence', () => {
  const [a] = run('Police were deployed across Kandahar on Sunday, one day after a suicide car bomber struck a convoy of the governor, killing five of his bodyguards.');
  assert.equal(a.fatalities, 5);
  const [b] = run('Gunmen killed four villagers in Guma on Tuesday, police said. Two days after the attack, the death toll rose to six.');
  assert.equal(b.fatalities, 6);
});

test('a closing ", police said" after civilians attacked names the source, not a party', () => {
  const [r] = run('Gunmen killed four farmers in Guma on Tuesday, police said.');
  assert.equal(r.event_type, 'Violence against civilians');
  assert.equal(r.actor2, 'Civilians (Nigeria)');
  const [b] = run('Boko Haram fighters attacked a military base in Marte on Tuesday and were repelled, the army said.');
  assert.match(b.actor2, /^Military Forces of Nigeria/);
});

test('"against the Taliban" describing a victim is no protest word; "against the new tax" still is', () => {
  const [r] = run('Gunmen shot dead a tribal elder leading efforts against the Taliban in Ghazni province on Monday.');
  assert.equal(r.event_type, 'Violence against civilians');
  const [b] = run('Hundreds of traders gathered in Kano on Tuesday against the new market levy.');
  assert.equal(b.event_type, 'Protests');
});

test('the cues of a "where ... last week" clause do not classify the sentence\'s own attack', () => {
  const [r] = run('Militants attacked a checkpoint in Mohmand district on Monday, killing two soldiers, in the district where a suicide bombing killed 43 people last week.');
  assert.equal(r.sub_event_type, 'Armed clash');
  assert.equal(r.fatalities, 2);
});

test('"shot dead the mayor ..., police said": one civilian killed, the police only the source', () => {
  const [r] = run('Gunmen shot dead the mayor of Ghazni city on Monday, police said.');
  assert.equal(r.event_type, 'Violence against civilians');
  assert.equal(r.fatalities, 1);
  // A mayor who only reports is no party either.
  const [b] = run('The mayor said gunmen killed three villagers in Kauru on Monday.');
  assert.equal(b.actor2, 'Civilians (Nigeria)');
  assert.equal(b.fatalities, 3);
});
