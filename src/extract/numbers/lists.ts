// How figures sit in lists of people: the coordinator that joins a figure to the victims before it
// ("and their three children", "along with four relatives"), the words that open a breakdown of a
// toll ("the dead included ..."), and lists of ages ("aged four, seven and 12"), which count no one.

import { canStartQuantity } from './quantity.ts';

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
export const INCLUDES = new Set(['include', 'includes', 'included', 'including']);

/** The first token of the coordinator right before a figure (a possessive between them allowed:
 *  "and their three children"), or -1. */
export function joinBefore(w: readonly string[], from: number): number {
  const k = POSSESSIVES.has(w[from - 1] ?? '') ? from - 2 : from - 1;
  if (w[k] === 'and' || w[k] === ',') return k;
  if (w[k] === 'with' && (w[k - 1] === 'along' || w[k - 1] === 'together')) return k - 1;
  if (w[k] === 'as' && w[k - 1] === 'well' && w[k - 2] === 'as') return k - 2;
  return -1;
}

/** "four children aged three, four, eight and 13", "between the ages of 8 and 15": ages, not
 *  people (back over the list of figures to "aged" or "ages"). */
export function anAge(w: readonly string[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 12; k--) {
    const x = w[k];
    if (x === 'aged' || x === 'ages' || x === 'age') return true;
    if (x !== ',' && x !== 'and' && x !== 'between' && x !== 'of' && x !== 'the' && !canStartQuantity(x)) return false;
  }
  return false;
}
