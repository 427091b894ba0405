// The statistical classifier: a well-formed model file, and the limits on when it may
// overrule the rules (confident, not against a decisive rule, with evidence).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadModel, predict } from '../../src/extract/classify/model.ts';
import { classify } from '../../src/extract/classify/index.ts';
import { findActors } from '../../src/extract/actors/index.ts';
import { SUB_EVENT_TYPES } from '../../src/core/taxonomy.ts';

const model = loadModel();

test('the shipped model names only ACLED sub-event types and has a sane threshold', { skip: !model && 'no data/model.json' }, () => {
  for (const c of model!.classes) assert.ok(SUB_EVENT_TYPES.includes(c as never), c);
  assert.ok(model!.threshold > 0.5 && model!.threshold < 1);
  const p = predict(model!, ['w:shell', 's:shell']);
  assert.ok(p.probability > 0 && p.probability <= 1);
  assert.equal(p.label, 'Shelling/artillery/missile attack');
});

test('a decisive rule is never overruled, and every answer keeps its evidence', () => {
  const cases: Array<[string, string, string]> = [
    ['A suicide bomber blew himself up in a crowded market, killing 12 shoppers.', 'IRQ', 'Suicide bomb'],
    ['Security forces opened fire on demonstrators, killing 30 protesters.', 'SDN', 'Excessive force against protesters'],
    ['Residents beat to death a suspected thief.', 'BRA', 'Mob violence'],
  ];
  for (const [text, iso3, sub] of cases) {
    const actors = findActors(text, { iso3, date: '2020-05-01' });
    const c = classify(text, { start: 0, end: text.length }, { actors, fatalities: 1 });
    assert.equal(c.sub_event_type, sub, text);
    assert.ok(c.cue && text.slice(c.cue.start, c.cue.end) === c.cue.text, text);
  }
});
