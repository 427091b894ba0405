// Opaque keyset-pagination cursors shared by the stores: the sort key values of the last row
// of a page, base64url-encoded JSON. A cursor that does not decode is the caller's error.

export class BadCursorError extends Error {
  /** HTTP status for servers that map errors by statusCode (the API answers 400). */
  readonly statusCode = 400;
  constructor(cursor: string) {
    super(`invalid cursor: ${cursor.slice(0, 40)}`);
    this.name = 'BadCursorError';
  }
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v)) return v;
  } catch {
    // fall through
  }
  throw new BadCursorError(cursor);
}
