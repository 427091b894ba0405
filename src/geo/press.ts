// A newspaper named after a place ("the San Francisco Chronicle reported", "according to the
// Jerusalem Post,", "the Kenya Times said"): the name says where the paper is published, not
// where the event happened, so it is neither a place nor a country reference.

import type { Token } from './tokens.ts';

/** The last word of a newspaper's name. */
const PRESS_WORDS = new Set(['chronicle', 'post', 'times', 'herald', 'tribune', 'news', 'gazette', 'journal', 'telegraph', 'observer', 'courier', 'dispatch', 'inquirer', 'examiner', 'standard', 'guardian', 'mail', 'express', 'star']);
/** Words after the name that show it is a source. */
const REPORTING = new Set(['reported', 'reports', 'report', 'said', 'says', 'quoted', 'quotes', 'wrote', 'writes', 'cited', 'added', 'newspaper', 'daily', 'weekly', 'website', 'reporter', 'reporters', 'correspondent', 'journalist', 'editor', 'story', 'article']);

/** Words after a name that make it a news agency's or a station's ("Saba news agency", "the
 *  Anadolu Agency", "Al Masirah TV", "Kenya radio"), in any case. */
const OUTLET_WORDS = new Set(['agency', 'tv', 'television', 'radio', 'broadcaster', 'channel']);

/** Buildings after the outlet's words ("the Kandahar TV station"): a site at the place. */
const SITE_WORDS = new Set(['station', 'stations', 'building', 'tower', 'office', 'offices', 'compound', 'headquarters', 'studio', 'studios']);

function broadcaster(text: string, toks: Token[], j: number): boolean {
  const press = toks[j + 1]!;
  if (text.slice(toks[j]!.end, press.start) !== ' ') return false;
  const word = press.text.toLowerCase();
  const next = toks[j + 2];
  const site = !!next && SITE_WORDS.has(next.text.toLowerCase());
  if (OUTLET_WORDS.has(word)) return !site;
  if (word !== 'news' || !next || next.text.toLowerCase() !== 'agency' || text.slice(press.end, next.start) !== ' ') return false;
  const after = toks[j + 3];
  return !(after && SITE_WORDS.has(after.text.toLowerCase()));
}

/** Whether tokens i..j (a place or country name) are followed by a press word that makes them a
 *  newspaper's name: a reporting word after it ("the X Times reported"), or "the" before (or the
 *  start of a line) and the end of the phrase after ("according to the X Post,", "the X Herald's",
 *  "X Times: ..."). "the X Post office" stays a place. */
export function newspaperName(text: string, toks: Token[], i: number, j: number): boolean {
  const press = toks[j + 1];
  if (press && broadcaster(text, toks, j)) return true;
  if (!press || !press.cap || text.slice(toks[j]!.end, press.start) !== ' ' || !PRESS_WORDS.has(press.text.toLowerCase())) return false;
  const next = toks[j + 2];
  if (next && /^\s+$/.test(text.slice(press.end, next.start)) && REPORTING.has(next.text.toLowerCase())) return true;
  // "the X Post," or a name that opens a line or follows a dash ("Kenya Times: ...", "... | Kenya Times").
  const the = i > 0 && toks[i - 1]!.text.toLowerCase() === 'the';
  const lead = i === 0 ? /^\s*$/.test(text.slice(0, toks[0]!.start)) : /[\n|–—-]\s*$/.test(text.slice(toks[i - 1]!.end, toks[i]!.start));
  return (the || lead) && (!next || /^(?:['’]s\b|\s*[.,;:!?)"”|–—]|\s+-\s)/u.test(text.slice(press.end, press.end + 3)));
}
