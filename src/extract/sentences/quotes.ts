// Quotation spans. What a speaker says ("They're going to attack tonight") is speech: its
// dates are relative to when it was said and its figures are claims, not the reporter's
// narration, so later stages skip them.

import type { Stage } from '../state.ts';

const QUOTE = /“[^”\n]*(?:”|$)|"[^"\n]*(?:"|$)/gm;

// A wire story often lets an official narrate the incident in quotes ("Six people were killed by
// armed men overnight Saturday at X," an official said; three people "were shot dead in Y"): a
// third-person passive report of harm done, with no speaker's I/we/you and no future or guess, is
// the story's own account, so its date, place and toll are kept.
const HARM_REPORTED = /\b(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?:killed|shot|wounded|injured|abducted|kidnapped|beheaded|hacked|burned|burnt|slaughtered|massacred)\b/i;
const SPEAKER_VOICE = /\b(?:I|we|us|our|my|me|you|your|will|would|could|might|may|going to|should)\b|[?!]/i;

function narratesHarm(quote: string): boolean {
  return HARM_REPORTED.test(quote) && !SPEAKER_VOICE.test(quote.replace(/^["“]|["”]$/g, ''));
}

export function quoteSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
    // A quoted word or short title ("wait and see", "several") is not speech.
    if (m[0].length > 24 && /\s\S+\s/.test(m[0]) && !narratesHarm(m[0])) out.push([m.index, m.index + m[0].length]);
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
