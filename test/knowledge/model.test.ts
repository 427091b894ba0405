// The statistical classifier: a well-formed model file, and the limits on when it may
// overrule the rules (confident, not against a decisive rule, with evidence).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayOverride, predict, type ModelFile } from '../../src/extract/classify/model.ts';
import { classify } from '../../src/extract/classify/index.ts';
import { findActors } from '../../src/extract/actors/index.ts';
import { SUB_EVENT_TYPES } from '../../src/core/taxonomy.ts';

// A hand-made two-class model: enough to check inference and the override limits without
// shipping weights (none ship: see model.ts).
const model: ModelFile = {
  about: 'test',
  classes: ['Shelling/artillery/missile attack', 'Armed clash'],
  weights: { 'w:shell': [[0, 2.5]], 's:shell': [[0, 1.5]], 'w:clash': [[1, 3]] },
  bias: [0, 0],
  threshold: 0.8,
  counts: { 'Shelling/artillery/missile attack': 400, 'Armed clash': 20 },
  minClassCount: 50,
};

test('model inference names the class its features weigh for, with a probability', () => {
  const p = predict(model, ['w:shell', 's:shell']);
  assert.ok(SUB_EVENT_TYPES.includes(p.label as never), p.label);
  assert.equal(p.label, 'Shelling/artillery/missile attack');
  assert.ok(p.probability > 0.9 && p.probability <= 1);
  assert.equal(p.topFeature, 'w:shell');
});

test('the model may overrule only when confident and when it has seen the class often', () => {
  const shell = predict(model, ['w:shell', 's:shell']);
  assert.equal(mayOverride(model, 'Armed clash', shell), true);
  assert.equal(mayOverride(model, 'Shelling/artillery/missile attack', shell), false);
  const weak = predict(model, ['w:unknown']);
  assert.equal(mayOverride(model, 'Armed clash', weak), false);
  const rare = predict(model, ['w:clash']);
  assert.equal(mayOverride(model, 'Shelling/artillery/missile attack', rare), false);
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
