// How a wire story's sentences become incidents and tolls: a later sentence that names the lead's
// incident with a definite noun ("the raid late Friday in X") is that incident, told with its day
// and place; a sentence that only says who confirmed it is no incident; a part of the toll ("in X
// alone"), a running total ("a total of 31 bodies") and victims "among the dead" are not added.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers.ts';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

function incidents(text: string, published: string) {
  const doc = analyse(text, published);
  return doc.segments.map((s) => ({ text: doc.text.slice(s.start, s.end), date: s.date?.value.date ?? null }));
}

const run = (text: string, published: string) => extractReports({ document_id: 'doc_news_incidents', text, published }, { gazetteer: loadDefaultGazetteer() });

test('a later sentence naming "the raid late Friday in X" is the lead incident, with its day', () => {
  const text =
    'A military helicopter mistakenly fired on a wedding party in central Mali, killing dozens of guests, officials said Saturday.\n\n' +
    'The army gave no details or a death toll for the raid late Friday in the village of Bounty, but villagers said dozens were killed.';
  const found = incidents(text, '2025-03-16');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2025-03-14');
});

test('"the dead victims of the attack in the village of X ... late Sunday" joins the lead despite its own figure', () => {
  const text =
    'At least 11 people were killed when gunmen raided a village in Benue state, residents said on Monday.\n\n' +
    'Three children were among the dead victims of the attack in the village of Yelwata late Sunday, a local chief said.';
  const found = incidents(text, '2025-06-16');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2025-06-15');
  const [r] = run(text, '2025-06-16');
  assert.equal(r.fatalities, 11);
});

test('a day inside the lead\'s weekend tells the incident more precisely', () => {
  const text =
    'A town in Zamfara has been left grieving after bandits killed nine farmers over the weekend.\n\n' +
    'Police confirmed the incident which took place in Kaura Namoda on Saturday, when the bandits arrived on motorcycles.';
  const found = incidents(text, '2024-09-03');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2024-08-31');
});

test('a source that gave no toll does not negate what residents said after "but"; other negations stay', () => {
  assert.equal(incidents('The police did not give a figure, but residents said six people were killed in the raid on Tuesday.', '2024-05-09').length, 1);
  assert.equal(incidents('The cause of the blast is not clear, but police arrested two men on Tuesday.', '2024-05-09').length, 0);
});

test('"Not less than ten people were killed" is a bound on the figure, no negation', () => {
  const [r] = run('Not less than ten people were killed when gunmen attacked Dogon Noma village in Kaduna state on Friday night.', '2024-04-20');
  assert.equal(r.fatalities, 10);
});

test('a sentence that only says who confirmed the attacks, and where, is no incident and no scene', () => {
  const text =
    'Gunmen have attacked two villages in Kaduna State and killed at least 18 people.\n\n' +
    'The killings occurred on Sunday night.\n\n' +
    'A resident who escaped the attacks confirmed the attacks to reporters in Zaria on Monday.\n\n' +
    'He said that in one village alone, the gunmen killed 11 persons while a total of 23 bodies had been recovered.';
  const found = incidents(text, '2024-07-09');
  assert.equal(found.length, 1);
  assert.equal(found[0].date, '2024-07-07');
  const reports = run(text, '2024-07-09');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 23);
  assert.notEqual(reports[0].location, 'Zaria');
});
