// Quotation spans. What a speaker says ("They're going to attack tonight") is speech: its
// dates are relative to when it was said and its figures are claims, not the reporter's
// narration, so later stages skip them.

import type { Stage } from '../state.ts';

const QUOTE = /“[^”\n]*(?:”|$)|"[^"\n]*(?:"|$)/gm;

export function quoteSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    // A quoted word or short title ("wait and see", "several") is not speech.
    if (m[0].length > 24 && /\s\S+\s/.test(m[0])) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

export const quoteStage: Stage = {
  name: 'quotes',
  run(doc) {
    if (doc.text.indexOf('"') < 0 && doc.text.indexOf('“') < 0) return;
    doc.quotes = quoteSpans(doc.text);
  },
};
