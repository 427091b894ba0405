// Names that belong to someone or to somewhere beside the scene, read from the words around a
// span: "members of X", "forces led by X", "Misrata and Zintan forces" (an actor's name), "which
// borders the province of X" (a neighbour). span.ts marks such spans so no event is placed there.

import type { Token } from './tokens.ts';
import { gapIs } from './gaps.ts';
import { ARTICLES, KINDS_AFTER, LIST_WORDS, PEOPLE_AFTER } from './span.ts';

/** Words before "of" that make the name after it a group: "members of Svoboda" (a party). */
const MEMBERS_BEFORE = new Set(['members', 'member', 'supporters', 'supporter']);

export function memberOf(norms: string[], i: number): boolean {
  return governedBy(norms, i, 'of', MEMBERS_BEFORE);
}

/** The name at i follows `prep` (past a "the") and one of `words` before it: "members of (the) X". */
function governedBy(norms: string[], i: number, prep: string, words: ReadonlySet<string>): boolean {
  const p = norms[i - 1] === 'the' ? i - 2 : i - 1;
  return p > 0 && norms[p] === prep && words.has(norms[p - 1]!);
}

/** "Bajaur district, which borders the Afghan province of Kunar", "bordering Kunar": the place
 *  bordered is beside the scene, not the scene (as countries.ts reads "bordering Afghanistan").
 *  Looks back past an article, capitalised words (a demonym) and a kind word with "of". */
const BORDER_NOUN_BEFORE = new Set(['the', 'along', 'across', 'on', 'its', 'their', 'both', 'at', 'near', 'to', 'from', 'of']);

export function bordered(toks: Token[], norms: string[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = norms[k]!;
    // The verb only: "along the borders of Kunar" and "on the border with Kunar" are at it.
    if (w === 'bordering' || (w === 'borders' && !BORDER_NOUN_BEFORE.has(norms[k - 1] ?? ''))) return true;
    if (w !== 'the' && w !== 'of' && !KINDS_AFTER.has(w) && !toks[k]!.cap) return false;
  }
  return false;
}

/** Buildings and posts a force's word may name after a place: "Adhaura police station",
 *  "Zinjibar army camp" are sites at the place, not the place's police or army. */
const SITE_AFTER_FORCE = new Set(['station', 'stations', 'post', 'posts', 'outpost', 'chowki', 'camp', 'base', 'barracks', 'headquarters', 'hq', 'lines', 'checkpoint', 'academy', 'office', 'offices']);

/** The word after the name at j is a word for people ("Kaduna police", "Misrata forces"), unless
 *  a site follows it ("Kaduna police station"). */
export function peopleAfter(text: string, toks: Token[], norms: string[], j: number): boolean {
  if (!PEOPLE_AFTER.has(norms[j + 1] ?? '')) return false;
  const site = toks[j + 2];
  return !(site && SITE_AFTER_FORCE.has(norms[j + 2]!) && gapIs(text, toks[j + 1]!.end, site.start, ' '));
}

/** Words before "by" that make the name after it a person: "forces led by Ash Shajiri". */
const LEADER_BEFORE = new Set(['led', 'headed', 'commanded']);

/** "pro-Hadi forces led by Ash Shajiri": the commander, not a place. Not when a title, a kind
 *  word or other capitalised words follow ("led by Howrah Assistant Commissioner", "led by the
 *  Madero mayor": the town's official). */
export function ledBy(toks: Token[], norms: string[], i: number, j: number): boolean {
  return governedBy(norms, i, 'by', LEADER_BEFORE) && !toks[j + 1]?.cap && !KINDS_AFTER.has(norms[j + 1] ?? '');
}

/** A verb of speech right after a name. */
const SPEECH = String.raw`\s+(?:told|said|says|added)\b`;
const SPEECH_AFTER = new RegExp(`^${SPEECH}`);

/** "Arif Noori, spokesman for the governor", "Lt. Shaalan al-Kameli told the agency": a name right
 *  after another capitalised word (a given name) and followed by a spokesman's title or a verb of
 *  speech is a person's surname, not a place; so is a name between a comma and a verb of speech.
 *  Only on one space between the two words ("Ghazni, the provincial capital" and "in Kunduz, the
 *  governor said" have no given name before them). */
const PERSON_AFTER = new RegExp(String.raw`^(?:,\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:spokes(?:man|woman|person)|commander|governor|chief|official|officer|minister|mayor|director|head|leader)\b|${SPEECH})`, 'u');

/** Ranks and titles written before a person's name ('Russian president Vladimir Putin' is no Volodymyr; not "Sheikh": Sheikh Othman is a district). */
const TITLES = new Set(['lt', 'gen', 'col', 'capt', 'maj', 'sgt', 'brig', 'cpl', 'dr', 'mr', 'mrs', 'ms', 'colonel', 'captain', 'lieutenant', 'sergeant', 'brigadier', 'corporal', 'president', 'minister', 'premier', 'governor', 'commander', 'mayor', 'senator', 'chancellor', 'king', 'prince', 'emir', 'pope', 'spokesman', 'spokeswoman', 'spokesperson', 'leader']);

/** Capitalised words before a name that open a sentence, not a given name ("In Khan Younis, a
 *  health official said ...", "Near Kherson, the regional governor said ..."). */
const NOT_GIVEN = new Set(['in', 'near', 'at', 'outside', 'around', 'from', 'on', 'and', 'but', 'elsewhere', 'meanwhile', 'inside', 'across', 'south', 'north', 'east', 'west', 'central', 'southern', 'northern', 'eastern', 'western', 'to', 'into', 'by', 'for', 'of', 'with', 'as', 'while', 'when', 'after', 'before', 'since', 'during']);

/** Token k-1 may be a given name before token k: capitalised, one space before it, and no word
 *  that opens a sentence, says a kind of place or is an article. */
function givenNameBefore(text: string, toks: Token[], norms: string[], k: number): boolean {
  const w = norms[k - 1]!;
  return toks[k - 1]!.cap && gapIs(text, toks[k - 1]!.end, toks[k]!.start, ' ') && !NOT_GIVEN.has(w) && !KINDS_AFTER.has(w) && !ARTICLES.has(w);
}

/** "John Yakubu, confirmed the attacks ... Yakubu said that": a name before a verb of speech that
 *  the text wrote earlier right after a capitalised given name is that person's surname again. */
function surnameBefore(text: string, toks: Token[], norms: string[], i: number): boolean {
  for (let k = i - 1; k > 0; k--) if (norms[k] === norms[i] && givenNameBefore(text, toks, norms, k) && !toks[k + 1]?.cap) return true;
  return false;
}

export function personName(text: string, toks: Token[], norms: string[], i: number, end: number): boolean {
  const given = toks[i - 1];
  if (!given) return false;
  if (SPEECH_AFTER.test(text.slice(end, end + 12)) && surnameBefore(text, toks, norms, i)) return true;
  // ", Noori said.": a closing attribution names a speaker (or a government: ", Moscow said").
  if (text.charCodeAt(given.end) === 44 && gapIs(text, given.end, toks[i]!.start, ', ')) return SPEECH_AFTER.test(text.slice(end, end + 12));
  const w = norms[i - 1]!;
  // "Lt. Shaalan al-Kameli", "Col. Osman Ali": a rank before a name and a surname after it.
  if (TITLES.has(w) && (gapIs(text, given.end, toks[i]!.start, ' ') || gapIs(text, given.end, toks[i]!.start, '. '))) return !!toks[ARTICLES.has(norms[i + 1] ?? '') ? i + 2 : i + 1]?.cap;
  return givenNameBefore(text, toks, norms, i) && PERSON_AFTER.test(text.slice(end, end + 60));
}

/** "the Al Salih and Al Tlais families", "Misrata and Zintan forces": a name joined by "and" or
 *  a comma to other capitalised names that a word for people closes is an actor's name too. Looks
 *  at most six words ahead (bounded). */
export function coordinatedActor(toks: Token[], norms: string[], k: number, text: string): boolean {
  const link = toks[k];
  if (!link || !LIST_WORDS.has(norms[k]!) || /[.;:!?()]/.test(text.slice(toks[k - 1]!.end, link.start))) return false;
  let names = 0;
  for (let m = k + 1; m < toks.length && m <= k + 6; m++) {
    const t = toks[m]!;
    if (/[.;:!?()]/.test(text.slice(toks[m - 1]!.end, t.start))) return false;
    if (t.cap || (ARTICLES.has(norms[m]!) && m + 1 < toks.length && toks[m + 1]!.cap)) {
      if (t.cap) names++;
      continue;
    }
    // The word for people closes the names ("Misrata and Zintan forces"); after a comma it starts
    // a clause of its own ("in Izium and Siversk, officials said").
    return names > 0 && PEOPLE_AFTER.has(norms[m]!) && !text.slice(toks[m - 1]!.end, t.start).includes(',');
  }
  return false;
}
