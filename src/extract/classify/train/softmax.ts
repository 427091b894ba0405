// Multinomial logistic regression trained by plain SGD on sparse binary features.
// Deterministic: a seeded shuffle, fixed epochs and learning-rate schedule.

import type { ModelFile } from '../model.ts';

export interface Example {
  features: string[];
  label: string;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export type TrainedModel = Omit<ModelFile, 'about' | 'threshold' | 'minClassCount'>;

export function trainSoftmax(examples: Example[], opts = { epochs: 12, rate: 0.3, l2: 1e-4, minCount: 3 }): TrainedModel {
  const classes = [...new Set(examples.map((e) => e.label))].sort();
  const C = classes.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const W = new Map<string, Float64Array>();
  for (const [f, n] of counts) if (n >= opts.minCount) W.set(f, new Float64Array(C));
  const bias = new Float64Array(C);
  const order = examples.map((_, i) => i);
  const rand = lcg(42);
  const scores = new Float64Array(C);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = opts.rate / (1 + epoch);
    for (const idx of order) {
      const e = examples[idx];
      const rows = e.features.map((f) => W.get(f)).filter((w): w is Float64Array => !!w);
      scores.set(bias);
      for (const w of rows) for (let c = 0; c < C; c++) scores[c] += w[c];
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, scores[c]);
      let z = 0;
      for (let c = 0; c < C; c++) z += (scores[c] = Math.exp(scores[c] - max));
      const y = classes.indexOf(e.label);
      for (let c = 0; c < C; c++) {
        const g = scores[c] / z - (c === y ? 1 : 0);
        bias[c] -= rate * g;
        for (const w of rows) w[c] -= rate * (g + opts.l2 * w[c]);
      }
    }
  }
  const weights: ModelFile['weights'] = {};
  for (const [f, w] of W) {
    const kept: Array<[number, number]> = [];
    for (let c = 0; c < C; c++) if (Math.abs(w[c]) >= 0.1) kept.push([c, Math.round(w[c] * 20) / 20]);
    if (kept.length) weights[f] = kept;
  }
  const classCounts: Record<string, number> = {};
  for (const e of examples) classCounts[e.label] = (classCounts[e.label] ?? 0) + 1;
  return { classes, weights, bias: [...bias].map((b) => Math.round(b * 100) / 100), counts: classCounts };
}
