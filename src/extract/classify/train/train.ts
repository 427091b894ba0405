// Trains the sub-event classifier on coded ACLED-format rows that the user is licensed to train
// on, and reports honest held-out accuracy.
//   node --import tsx src/extract/classify/train/train.ts FILE.csv [--write MODEL.json]
// Prints two-fold results (train on one half of the rows, test on the other, both ways) and a
// split by country (train on half of the countries, test on the rest), for rules alone, the
// model alone and the combination; --write trains on all rows and saves data/model.json.

import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { findActors } from '../../actors/index.ts';
import { analyse, modelOverride, type Analysis } from '../index.ts';
import { predict, type ModelFile } from '../model.ts';
import { acledDateOrNull } from '../../../datasets/acled.ts';
import { trainSoftmax, type Example, type TrainedModel } from './softmax.ts';

interface Row extends Example {
  analysis: Analysis;
  country: string;
}

const THRESHOLD = 0.8;
const MIN_CLASS_COUNT = 50;

function load(file: string): Row[] {
  const records = parse(readFileSync(file), { columns: true }) as Record<string, string>[];
  return records
    .filter((r) => r.notes && r.sub_event_type)
    .map((r) => {
      const opts = { iso3: r.iso3 || null, date: acledDateOrNull(r.event_date) };
      const actors = findActors(r.notes, opts);
      const a = analyse(r.notes, { start: 0, end: r.notes.length }, { actors, fatalities: Number(r.fatalities) || 0 });
      return { features: a.features(), label: r.sub_event_type, analysis: a, country: r.country };
    });
}

function score(model: TrainedModel, test: Row[]) {
  const m: ModelFile = { ...model, about: '', threshold: THRESHOLD, minClassCount: MIN_CLASS_COUNT };
  let rule = 0, alone = 0;
  const sweep = [0.5, 0.6, 0.7, 0.8, 0.9].map((t) => ({ t, ok: 0 }));
  for (const r of test) {
    const p = predict(m, r.features);
    const ruleLabel = r.analysis.byRule.sub_event_type;
    rule += +(ruleLabel === r.label);
    alone += +(p.label === r.label);
    for (const s of sweep) s.ok += +((modelOverride(r.analysis, { ...m, threshold: s.t }, p) ? p.label : ruleLabel) === r.label);
  }
  const f = (n: number) => (n / test.length).toFixed(3);
  return `n=${test.length} rules=${f(rule)} model=${f(alone)} combined@t: ${sweep.map((s) => `${s.t}=${f(s.ok)}`).join(' ')}`;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const [file, flag, out] = process.argv.slice(2);
if (!file) {
  console.error('usage: train.ts ACLED.csv [--write MODEL.json]');
  process.exit(2);
}
const rows = load(file);
const halves = [rows.filter((_, i) => i % 2 === 0), rows.filter((_, i) => i % 2 === 1)];
console.log('rows, fold A->B:', score(trainSoftmax(halves[0]), halves[1]));
console.log('rows, fold B->A:', score(trainSoftmax(halves[1]), halves[0]));
const byCountry = [rows.filter((r) => hash(r.country) % 2 === 0), rows.filter((r) => hash(r.country) % 2 === 1)];
console.log('countries, A->B:', score(trainSoftmax(byCountry[0]), byCountry[1]));
console.log('countries, B->A:', score(trainSoftmax(byCountry[1]), byCountry[0]));
if (flag === '--write') {
  if (!out) throw new Error('--write needs the path of the model file to write');
  const model: ModelFile = {
    about: `Sub-event classifier (softmax over eventFeatures) trained by train/train.ts on ${rows.length} coded notes; used only when its probability >= threshold.`,
    threshold: THRESHOLD,
    minClassCount: MIN_CLASS_COUNT,
    ...trainSoftmax(rows),
  };
  writeFileSync(out, JSON.stringify(model) + '\n');
  console.log('wrote', out, 'with', Object.keys(model.weights).length, 'features');
}
