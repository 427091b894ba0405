// Turning a user's free text into a safe FTS5 query: every word becomes a quoted term (so FTS
// operators and punctuation in the input cannot break the query), all terms must match, and the
// last word also matches as a prefix so that search-as-you-type works.

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const WORD = /[\p{L}\p{N}]+/gu;

export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(WORD) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}
