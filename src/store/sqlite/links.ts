// A document's links to events, found by report id: every report id begins with its document's
// id (ingest.ts namespaces them, linkReport refuses others), so the links of document D are the
// report_id range [D, D + U+10FFFF) of event_reports' primary key (migration 076 dropped the
// document index they were found by).

/**
 * SQL testing that `column` (a report id) belongs to document `doc`: an SQL expression, or a
 * bound parameter by default (bind docParams(id) for its two `?`).
 */
export function ofDocument(column: string, doc = '?'): string {
  return `(${column} >= ${doc} AND ${column} < ${doc} || char(1114111))`;
}

/** The parameters ofDocument's default SQL takes for a document id. */
export function docParams(documentId: string): [string, string] {
  return [documentId, documentId];
}
