// Protesters and rioters take the nationality the text gives their group ("Israeli settlers"
// rioting in the West Bank are Rioters (Israel)), not the event's country; state forces facing
// a crowd never lend it theirs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string) => extractReports({ document_id: 'doc_crowd', text, published: '2021-05-04' }, { gazetteer: loadDefaultGazetteer() });

test('a mob of Israeli settlers in the West Bank: Rioters (Israel), the event in Palestine', () => {
  const [r] = run('On 3 May 2021, a mob of Israeli settlers rioted and beat a Palestinian shepherd in Burin village, south of Nablus.');
  assert.equal(r.event_type, 'Riots');
  assert.equal(r.actor1, 'Rioters (Israel)');
  assert.equal(r.assoc_actor_1, 'Settlers (Israel)');
  assert.equal(r.country, 'Palestine');
});

test('Israeli forces dispersing Palestinian protesters do not make the protesters Israeli', () => {
  const [r] = run('On 3 May 2021, Israeli forces fired tear gas at Palestinian protesters demonstrating against settlements in Kafr Qaddum, Qalqiliya.');
  assert.equal(r.event_type, 'Protests');
  assert.equal(r.actor1, 'Protesters (Palestine)');
});

test('a crowd without a named group keeps the event country', () => {
  const [r] = run('On 3 May 2021, dozens of protesters demonstrated against settlement expansion in Beita, Nablus.');
  assert.equal(r.actor1, 'Protesters (Palestine)');
});
