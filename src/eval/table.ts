// Plain-text tables for terminal reports (eval and bench share them).

export type Cell = string | number;

function show(v: Cell | undefined): string {
  if (v === undefined) return '';
  // Shares (below 1) get three decimals; other numbers print as the caller rounded them.
  if (typeof v === 'number' && Math.abs(v) < 1 && !Number.isInteger(v)) return v.toFixed(3);
  return String(v);
}

/** Columns are the union of the rows' keys in first-seen order; numbers right-aligned. */
export function formatTable(rows: ReadonlyArray<Record<string, Cell>>, title?: string): string {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  const cells = rows.map((r) => cols.map((c) => show(r[c])));
  const width = cols.map((c, i) => Math.max(c.length, ...cells.map((line) => line[i].length)));
  const numeric = cols.map((c) => rows.every((r) => r[c] === undefined || typeof r[c] === 'number'));
  const pad = (s: string, i: number) => (numeric[i] ? s.padStart(width[i]) : s.padEnd(width[i]));
  const lines = [cols.map(pad).join('  '), width.map((w) => '-'.repeat(w)).join('  ')];
  for (const line of cells) lines.push(line.map(pad).join('  ').trimEnd());
  return (title ? `${title}\n` : '') + lines.join('\n');
}
