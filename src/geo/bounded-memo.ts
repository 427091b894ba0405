// The bound every process-wide memo table of the geo code keeps (folds, spelling keys, country
// words, the gazetteer's remembered lookups and key tree): a long-running process sees endless
// names, so a table that reaches the bound is emptied and fills again with what is in use.

/** At most this many remembered answers per table. */
export const MAX_REMEMBERED = 50_000;

/** Adds a computed answer to a memo table, emptying the table first when it is full. */
export function remember<K, V>(seen: Map<K, V>, key: K, value: V): void {
  if (seen.size >= MAX_REMEMBERED) seen.clear();
  seen.set(key, value);
}
