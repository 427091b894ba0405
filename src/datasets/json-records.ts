// Streams the objects of a JSON file one at a time, never holding the whole file: sitrep's own
// export ('[' + one event per line + ']'), a plain JSON array (one line or pretty-printed), JSON
// Lines, and a GeoJSON FeatureCollection (its features). A record is an object found
//   - as an element of the top-level array,
//   - at the top level (JSON Lines), or, with `collection`, as an element of an array inside the
//     top-level object (a FeatureCollection's "features").
// A broken record is reported with the line it starts on and skipped; reading goes on with the
// next record. How a broken record is recognised without parsing the rest of the file:
//   - a record whose first line holds more than its opening '{' is a one-line record: if the line
//     ends before the record closes, the line is the bad record (the next line starts afresh);
//   - a raw line break inside a string (JSON forbids it) breaks a pretty-printed record: the
//     reader then skips to the next line that opens a record at that record's indentation.

import { createReadStream } from 'node:fs';

export type JsonItem = { line: number; value: unknown } | { line: number; error: string };

const [OPEN_OBJ, CLOSE_OBJ, OPEN_ARR, CLOSE_ARR, QUOTE, BACKSLASH, NEWLINE, COMMA] = ['{', '}', '[', ']', '"', '\\', '\n', ','].map((c) => c.charCodeAt(0));

export async function* jsonRecords(path: string, opts: { collection?: boolean } = {}): AsyncGenerator<JsonItem> {
  /** Containers opened outside any record ('{' or '['). */
  const outer: number[] = [];
  let line = 1;
  let inString = false;
  let escaped = false;
  // The record being read: its text so far, nesting depth, first line and layout.
  let parts: string[] = [];
  let depth = 0;
  let startLine = 0;
  let indent = 0;
  let oneLine = false;
  /** Column of the current line (for indentation), and whether only blanks precede it. */
  let column = 0;
  let blankSoFar = true;
  /** After a broken pretty-printed record: skip until a line opens a record at this indentation. */
  let resyncIndent = -1;
  /** The last line reported as not JSON (one report per line). */
  let badLine = 0;

  const recordLevel = () =>
    outer.length === 1
      ? outer[0] === OPEN_ARR
      : opts.collection
        ? outer.length === 2 && outer[0] === OPEN_OBJ && outer[1] === OPEN_ARR
        : outer.length === 0;

  for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
    let from = 0; // start of the record's text within this chunk (when a record is open)
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) {
        if (depth > 0 && (oneLine || inString)) {
          yield { line: startLine, error: inString ? 'line ends inside a string' : 'line ends before the event object closes' };
          if (!oneLine) resyncIndent = indent;
          depth = 0;
          parts = [];
          inString = escaped = false;
        }
        line++;
        column = 0;
        blankSoFar = true;
        continue;
      }
      const atLineStart = blankSoFar;
      const blank = c === 32 || c === 9 || c === 13 || c === 0xfeff;
      if (!blank) blankSoFar = false;
      column++;
      if (resyncIndent >= 0) {
        if (!(atLineStart && c === OPEN_OBJ && column - 1 === resyncIndent)) continue;
        resyncIndent = -1;
      }
      // Anything after the opening '{' on the record's first line: a one-line record.
      if (depth > 0 && !blank && line === startLine) oneLine = true;
      if (depth === 0 && !inString && !blank && c !== COMMA && c !== OPEN_OBJ && c !== OPEN_ARR && c !== CLOSE_ARR && c !== CLOSE_OBJ && outer.at(-1) !== OPEN_OBJ) {
        // Between records of an array or of JSON Lines only objects belong: the rest of the line is a bad record.
        if (badLine !== line) yield { line, error: 'not a JSON object' };
        badLine = line;
        continue;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (c === QUOTE) {
        inString = true;
        continue;
      }
      if (depth > 0) {
        if (c === OPEN_OBJ || c === OPEN_ARR) depth++;
        else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
          if (--depth === 0) {
            parts.push(chunk.slice(from, i + 1));
            const text = parts.join('');
            parts = [];
            try {
              yield { line: startLine, value: JSON.parse(text) };
            } catch (err) {
              yield { line: startLine, error: (err as Error).message };
            }
          }
        }
        continue;
      }
      if (c === OPEN_OBJ && recordLevel()) {
        depth = 1;
        startLine = line;
        indent = column - 1;
        oneLine = false;
        from = i;
      } else if (c === OPEN_OBJ || c === OPEN_ARR) outer.push(c);
      else if (c === CLOSE_OBJ || c === CLOSE_ARR) outer.pop();
    }
    if (depth > 0) parts.push(chunk.slice(from));
  }
  if (depth > 0) yield { line: startLine, error: 'file ends before the event object closes' };
}
