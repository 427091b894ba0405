// Identities derived from content, shared by every store and by the code that prepares saves.

/** A document's id: "doc_" + the first 16 hex digits of its content hash. */
export function documentIdFor(contentHash: string): string {
  return 'doc_' + contentHash.slice(0, 16);
}
