// Named groups the dictionary does not know ("the Nawasi Brigade", "Tiv militia") are kept as
// new actors with an inter code guessed from the group noun, instead of being dropped.

import { readFileSync } from 'node:fs';
import type { ActorMention } from '../types.ts';
import type { Token } from './tokens.ts';

interface GroupNouns {
  nouns: Record<string, number>;
  identity: string[];
  joiners: string[];
  notNames: string[];
}
const data = JSON.parse(readFileSync(new URL('./data/group-nouns.json', import.meta.url), 'utf8')) as GroupNouns;
const NOUNS = new Map(Object.entries(data.nouns));
const IDENTITY = new Set(data.identity);
const JOINERS = new Set(data.joiners);
const NOT_NAMES = new Set(data.notNames);

/** Capitalised name words ending right before token `end` (exclusive), allowing "al", "of". */
function nameStart(text: string, tokens: Token[], end: number): number {
  let i = end;
  while (i > 0 && end - i < 6) {
    const t = tokens[i - 1];
    // A name never spans punctuation ("Darfur. The Nawasi Brigade").
    if (/[^\s'’-]/.test(text.slice(t.end, tokens[i].start))) break;
    if (t.upper && !NOT_NAMES.has(t.norm)) i--;
    else if (JOINERS.has(t.norm) && i - 2 >= 0 && tokens[i - 2].upper && i < end) i--;
    else break;
  }
  while (i < end && JOINERS.has(tokens[i].norm)) i++;
  return i;
}

function groupName(base: string, noun: string, inter: number, identity: boolean, country: string | null): string {
  if (!noun.startsWith('militia')) return `${base} ${noun[0].toUpperCase()}${noun.slice(1)}`;
  return `${base} ${identity || inter === 4 ? 'Ethnic ' : ''}Militia${country ? ` (${country})` : ''}`;
}

export function findUnknownGroups(
  text: string,
  tokens: Token[],
  taken: (start: number, end: number) => boolean,
  country: string | null,
): ActorMention[] {
  const out: ActorMention[] = [];
  const emit = (first: number, nameEnd: number, k: number, inter: number, identity: boolean, spanEnd = k) => {
    const start = tokens[first].start;
    const end = tokens[spanEnd].end;
    if (taken(start, end)) return;
    const base = text.slice(start, tokens[nameEnd - 1].end).replace(/\s+/g, ' ');
    const name = groupName(base, tokens[k].norm, inter, identity, country);
    const actor = { name, inter: identity ? 4 : inter, iso3: null, dictionary_id: null };
    out.push({ start, end, text: text.slice(start, end), actor, confidence: 0.5, rule: `actors/unknown-group:${tokens[k].norm}` });
  };
  for (let k = 1; k < tokens.length; k++) {
    const inter = NOUNS.get(tokens[k].norm);
    if (inter === undefined) continue;
    // "Tiv ethnic militia": an identity word may sit between the name and the noun.
    const identity = IDENTITY.has(tokens[k - 1].norm);
    const nameEnd = identity ? k - 1 : k;
    const first = nameStart(text, tokens, nameEnd);
    if (first === nameEnd) continue;
    // "Fellata and Rizeigat communal militias" names two groups.
    if (first >= 2 && tokens[first - 1].norm === 'and' && tokens[first - 2].upper && !NOT_NAMES.has(tokens[first - 2].norm)) {
      emit(first - 2, first - 1, k, inter, identity, first - 2);
    }
    emit(first, nameEnd, k, inter, identity);
  }
  return out;
}
