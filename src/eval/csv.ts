// Reading the coded datasets (ACLED, UCDP exports) as header-keyed string records.
// A malformed record is skipped and counted, never fatal: one bad line must not hide the rest.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { UserError } from '../cli/errors.ts';

export interface CsvTable {
  rows: Record<string, string>[];
  /** Records that could not be parsed, with the parser's message. */
  skipped: string[];
}

export function readCsvTable(path: string, required: readonly string[]): CsvTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const skipped: string[] = [];
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      // UCDP's GED export ends every data line with a stray comma (one more field than the header).
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (err) => {
        skipped.push(err ? err.message : 'unreadable record');
        return undefined;
      },
    }) as Record<string, string>[];
  } catch (err) {
    throw new UserError(`${path} is not a readable CSV file: ${(err as Error).message}`);
  }
  const header = rows.length ? Object.keys(rows[0]) : [];
  const missing = required.filter((c) => !header.includes(c));
  if (!rows.length) throw new UserError(`${path} has no data rows`);
  if (missing.length) throw new UserError(`${path} lacks the column(s) ${missing.join(', ')}`);
  return { rows, skipped };
}
