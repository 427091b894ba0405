// Statistics are not events, and a sentence that refers back to the incident already told
// ("the incident took place in ...", "... were also killed in the gunfight") continues it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const run = (text: string, published: string) => extractReports({ document_id: 'doc_agg', text, published }, { gazetteer: loadDefaultGazetteer() });

test('counts of attacks and tolls over months or a decade are background statistics, not an event', () => {
  const text =
    'Militant violence climbed in the northern province of Kunar last month, when the region saw 42 militant attacks that resulted in 75 deaths and 31 injuries. ' +
    'More than 610 people were killed in over 580 militant attacks across Afghanistan over the past eight months, according to the Centre for Peace Research, a Kabul-based think tank.';
  assert.deepEqual(run(text, '2022-09-14'), []);
});

test('"were also killed in the gunfight" adds to the incident told paragraphs before; a decade-long toll does not', () => {
  const text = [
    'Three Afghan policemen were killed in a gunfight with insurgents in the eastern mountains near the Pakistani border, officials said on Saturday.',
    'The incident happened in the remote town of Asadabad, the capital of Kunar province, where the army has launched many operations against the insurgents in recent years.',
    'The latest fighting broke out when police were searching the compounds of suspected insurgents in the area.',
    '"As soon as the officers surrounded the houses" they were fired upon, the ministry said. Three "insurgents" were also killed in the gunfight, the statement added.',
    'Afghanistan has been fighting an insurgency for more than a decade, with thousands of civilians and police killed in bombings.',
  ].join('\n\n');
  const reports = run(text, '2020-07-13');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 6);
  assert.equal(reports[0].event_date, '2020-07-11');
  assert.equal(reports[0].sub_event_type, 'Armed clash');
  assert.match(reports[0].location, /Asad/);
});

test('an earlier attack given as the reason for something else ("following the attack ... that killed 80 on Dec. 12") is context', () => {
  const text =
    'Fighting in Kunar province left at least two soldiers and five insurgents dead on Monday, officials said.\n\n' +
    "The army has stepped up operations in the region at a time when the country is on high alert following the insurgent attack on a girls' school that killed 80 pupils and 6 teachers on Dec. 12.";
  const reports = run(text, '2015-01-20');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].event_date, '2015-01-19');
  assert.equal(reports[0].fatalities, 7);
});

test('a toll of the whole war ("have died in the four-year-old conflict") is a statistic, not an event', () => {
  const text = [
    'Two soldiers were killed when rebels ambushed an army patrol near Kidal on Sunday, officials said.',
    'Aid groups say more than 6,000 people have died in the four-year-old conflict, and half a million have fled their homes.',
  ].join('\n');
  const reports = run(text, '2016-05-03');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 2);
});

test("a war's running toll in the present perfect is background, the strike told before it is the event", () => {
  const text = [
    'An air strike hit a family home in Deir al-Balah on Tuesday night, killing six people, rescuers said.',
    'More than 30,000 people have been killed since the war began, according to local health officials.',
    'The fighting has killed tens of thousands and forced millions from their homes.',
  ].join('\n\n');
  const reports = run(text, '2024-03-06');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].fatalities, 6);
});
