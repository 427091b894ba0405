// A small multinomial logistic model over eventFeatures, trained offline by train/train.ts
// on coded notes the user is licensed to train on. No weights ship with sitrep: the only coded
// notes at hand (ACLED) are licensed for evaluation only, so the rules are the default and a
// model is used only when SITREP_CLASSIFIER_MODEL names a model file. Pure TypeScript inference:
// a sum of weights per class and a softmax.

import { existsSync, readFileSync } from 'node:fs';

export interface ModelFile {
  about: string;
  classes: string[];
  /** feature -> [class index, weight] pairs (sparse). */
  weights: Record<string, Array<[number, number]>>;
  bias: number[];
  /** Use the model's answer when its probability reaches this (tuned on training data). */
  threshold: number;
  /** Training examples per class: the model cannot judge classes it has rarely seen. */
  counts: Record<string, number>;
  /** Classes with fewer examples than this are left to the rules, both ways. */
  minClassCount: number;
}

export interface Prediction {
  label: string;
  probability: number;
  /** The feature that pushed hardest towards the label (explainability). */
  topFeature: string | null;
}

let loaded: ModelFile | null | undefined;
/** Dense per-feature weight rows, built once per model object (Map lookups beat a 6,000-key object). */
const compiled = new WeakMap<ModelFile, Map<string, Float64Array>>();

function rows(model: ModelFile): Map<string, Float64Array> {
  let m = compiled.get(model);
  if (!m) {
    m = new Map();
    for (const [f, ws] of Object.entries(model.weights)) {
      const row = new Float64Array(model.classes.length);
      for (const [c, w] of ws) row[c] = w;
      m.set(f, row);
    }
    compiled.set(model, m);
  }
  return m;
}

/** The optional model named by SITREP_CLASSIFIER_MODEL (a file written by train/train.ts);
 *  null, and rules only, when it is unset or SITREP_CLASSIFIER=rules. */
export function loadModel(): ModelFile | null {
  if (loaded !== undefined) return loaded;
  const path = process.env.SITREP_CLASSIFIER_MODEL;
  if (!path || process.env.SITREP_CLASSIFIER === 'rules') return (loaded = null);
  if (!existsSync(path)) throw new Error(`SITREP_CLASSIFIER_MODEL: no model file at ${path}`);
  loaded = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
  return loaded;
}

/** May the model replace the rules' label `ruleLabel` with its own `label`? */
export function mayOverride(model: ModelFile, ruleLabel: string, p: Prediction): boolean {
  if (p.label === ruleLabel || p.probability < model.threshold) return false;
  return (model.counts[p.label] ?? 0) >= model.minClassCount;
}

export function predict(model: ModelFile, features: string[]): Prediction {
  const table = rows(model);
  const scores = Float64Array.from(model.bias);
  const used: Array<[string, Float64Array]> = [];
  for (const f of features) {
    const row = table.get(f);
    if (!row) continue;
    used.push([f, row]);
    for (let c = 0; c < row.length; c++) scores[c] += row[c];
  }
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  let z = 0;
  for (const s of scores) z += Math.exp(s - scores[best]);
  let topFeature: string | null = null;
  let topWeight = 0;
  for (const [f, row] of used) if (row[best] > topWeight) [topFeature, topWeight] = [f, row[best]];
  return { label: model.classes[best], probability: 1 / z, topFeature };
}
