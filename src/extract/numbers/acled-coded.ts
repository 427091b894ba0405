// ACLED notes often end with the coder's own toll, which overrides the prose:
// "3 fatalities.", "At least 1 fatality.", "1 killed.", "Fatalities coded as 0 (VoJ reported 1).",
// "Unknown fatalities coded as 10.", "Dozens of fatalities coded as 12.", "Total fatalities coded
// to 10.", "Reports on fatalities range from 2 to 4." (the lower), "Fatalities 2 and 1 injured.",
// "20 fatalities split up between 3 events.", "coded as 10 and split between the two events
// with 5 coded to each", "Fatalities are split across 2 events (3)". A split toll is shared out
// evenly (rounded), as ACLED does. "Fatalities 2 soldiers and 5 militants." sums its sides.
// Coders' typos of the word ("fatalites coded as 10") are read too.

import { sentenceAt, type DocState, type Stage, type TollMention } from '../state.ts';

const WORD_NUM: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };

const CODED = /\b(?:(?:at least|around|about)\s+)?(?<n>\d+)\s+(?:fatalit(?:y|ies)|killed(?=\s*\.)|dead(?=\s*\.))(?<split>[^.]{0,40}?\b(?:split|spread|divided)\b[^.]*?\b(?:between|across|among)\s+(?:the\s+)?(?<k>\d+|two|three|four|five|six)\b)?|\bfatalit(?:ies|ie|es)(?:\s+and\s+injuries)?\s+(?:were\s+|are\s+)?coded\s+(?:as|to|at)\s+(?<n2>\d+)(?<split2>[^.]*?\b(?:split|spread|divided)\b[^.]*?\b(?:between|across|among)\s+(?:the\s+)?(?<k2>\d+|two|three|four|five|six)\b(?:[^.]*?with\s+(?<each>\d+)\s+coded\s+to\s+each)?)?|\bfatalities\s+ranges?\s+from\s+(?<low>\d+)\s+to\s+\d+|(?:^|(?<=[.)\]]\s{1,3}))fatalities:?\s+(?<n5>\d{1,3})(?=\s*(?:[.;]|$|and\s+\d+\s+(?:injured|wounded)\b))|\bfatalities\s+are\s+split\s+across\s+(?<k3>\d+)\s+events\s*\((?<each3>\d+)\)|\bfatalities\s+[^.]{0,40}?rounded\s+(?:down|up)\s+to\s+(?<rounded>\d+)|\bfatalities\s+(?:are\s+|were\s+)?(?:coded|split|spread)\s+(?:across|between)\s+(?<k4>\d+|two|three|four|five|six)\s+events\b/gi;

function count(s: string | undefined): number {
  if (!s) return 1;
  return WORD_NUM[s.toLowerCase()] ?? (+s || 1);
}

/** best = -1 means "share the prose total between splitBetween events". */
function codedMention(doc: DocState, m: RegExpExecArray, v: { best: number; splitBetween?: number }): TollMention {
  return {
    kind: 'number',
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    value: { kind: 'killed', best: v.best, min: v.best, max: v.best, coded: true, splitBetween: v.splitBetween && v.splitBetween > 1 ? v.splitBetween : undefined },
    confidence: 0.95,
    stage: 'numbers/acled-coded',
    sentence: sentenceAt(doc, m.index),
  };
}

/** "Fatalities 2 soldiers and 5 militants.", "Fatalities: 3 civilians, 1 policeman and 4 attackers":
 *  the coder's trailer counts each side; the toll is their sum (injured counts are not deaths). */
const SIDES = /(?:^|(?<=[.)\]]\s{1,3}))fatalities:?\s+(?<list>\d{1,3}\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d{1,3}\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)*)\s*(?=[.;]|$)/gim;
const SIDE = /(\d{1,3})\s+([a-z][\w-]*)/gi;
const NOT_DEAD = /^(?:injur|wound|hurt|missing|abduct|kidnap|arrest|captur|detain)/i;

function sidesTrailers(doc: DocState): void {
  SIDES.lastIndex = 0;
  for (let m = SIDES.exec(doc.text); m; m = SIDES.exec(doc.text)) {
    let best = 0;
    let dead = 0;
    SIDE.lastIndex = 0;
    for (let side = SIDE.exec(m.groups!.list); side; side = SIDE.exec(m.groups!.list)) {
      if (NOT_DEAD.test(side[2])) continue;
      best += +side[1];
      dead++;
    }
    if (dead > 0) doc.tolls.push(codedMention(doc, m, { best }));
  }
}

export const acledCodedStage: Stage = {
  name: 'numbers/acled-coded',
  run(doc) {
    if (doc.text.indexOf('atalit') < 0 && !/\d\s+(?:killed|dead)\s*\./.test(doc.text)) return;
    if (/fatalities:?\s+\d{1,3}\s+[a-z]/i.test(doc.text)) sidesTrailers(doc);
    CODED.lastIndex = 0;
    for (let m = CODED.exec(doc.text); m; m = CODED.exec(doc.text)) {
      const g = m.groups!;
      // A plain "N fatalities" is only the coder's trailer when it opens its own sentence.
      if (g.n !== undefined && !g.split) {
        const before = doc.text.slice(Math.max(0, m.index - 3), m.index);
        if (m.index > 0 && !/[.\])]\s*$/.test(before)) continue;
      }
      let best: number;
      let splitBetween: number | undefined;
      if (g.k4) {
        // "Fatalities coded across 2 events": the prose total is shared out (see assemble/tolls.ts).
        doc.tolls.push(codedMention(doc, m, { best: -1, splitBetween: count(g.k4) }));
        continue;
      }
      if (g.low) best = +g.low; // "Reports on fatalities range from 2 to 4": ACLED codes the lower
      else if (g.n5) best = +g.n5;
      else if (g.rounded) best = +g.rounded;
      else if (g.each3) [best, splitBetween] = [+g.each3, +g.k3];
      else if (g.each) [best, splitBetween] = [+g.each, count(g.k2)];
      else {
        const total = +(g.n ?? g.n2);
        splitBetween = count(g.k ?? g.k2);
        best = Math.round(total / splitBetween);
      }
      doc.tolls.push(codedMention(doc, m, { best, splitBetween }));
    }
  },
};
