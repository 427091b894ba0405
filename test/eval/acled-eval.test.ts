// End-to-end eval on a small fixture of SYNTHETIC notes written for sitrep (not ACLED text):
// the real pipeline and the default gazetteer, through the library and through the CLI.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ACLED_REQUIRED_COLUMNS, acledCase, evaluateAcled, wrongCells } from '../../src/eval/acled.ts';
import type { AcledCase } from '../../src/eval/acled.ts';
import { readCsvTable } from '../../src/eval/csv.ts';
import { ACLED_FIELDS } from '../../src/eval/score.ts';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/acled-synthetic.csv', import.meta.url));
const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

function fixtureCases(): { cases: AcledCase[]; problems: string[] } {
  const problems: string[] = [];
  const cases = readCsvTable(FIXTURE, ACLED_REQUIRED_COLUMNS).rows.flatMap((r) => {
    const c = acledCase(r);
    if (typeof c === 'string') problems.push(c);
    return typeof c === 'string' ? [] : [c];
  });
  return { cases, problems };
}

test('rows that cannot be scored are reported, not dropped silently', () => {
  const { cases, problems } = fixtureCases();
  assert.equal(cases.length, 12);
  assert.deepEqual(problems, ['BAD1: unreadable event_date "sometime"']);
});

test('eval of the synthetic fixture with the real pipeline', () => {
  const { cases } = fixtureCases();
  const ev = evaluateAcled(cases, { extract: extractReports, gazetteer: loadDefaultGazetteer() });
  assert.equal(ev.n, 12);
  assert.deepEqual(Object.keys(ev.fields), [...ACLED_FIELDS]);
  for (const share of Object.values(ev.fields)) assert.ok(share >= 0 && share <= 1);
  const confusionTotal = Object.values(ev.confusion).flatMap((line) => Object.values(line)).reduce((a, b) => a + b, 0);
  assert.equal(confusionTotal, 12);
  // The note that describes no event (SYN12) is wrong on every field.
  const quiet = ev.rows.find((r) => r.id === 'SYN12')!;
  assert.equal(quiet.top, null);
  assert.ok(quiet.outcomes.every((o) => !o.ok));
  assert.equal(wrongCells(ev).filter((c) => c.id === 'SYN12').length, ACLED_FIELDS.length);
  // Every other note opens with an explicit "On D Month YYYY": the date must come out right.
  const dated = ev.rows.filter((r) => r.id !== 'SYN12');
  const rightDates = dated.filter((r) => r.outcomes[ACLED_FIELDS.indexOf('event_date')].ok).length;
  assert.ok(rightDates >= 10, `only ${rightDates}/11 explicit dates right`);
  assert.ok(ev.notes_per_second > 0);
});

test('sitrep eval acled --json prints exactly {n, fields, notes_per_second}', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CLI, 'eval', 'acled', FIXTURE, '--json'], { encoding: 'utf8' });
  const obj = JSON.parse(out);
  assert.deepEqual(Object.keys(obj), ['n', 'fields', 'notes_per_second']);
  assert.equal(obj.n, 12);
  assert.deepEqual(Object.keys(obj.fields), [...ACLED_FIELDS]);
});

test('sitrep eval acled prints the table, the confusion matrix and wrong cells', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CLI, 'eval', 'acled', FIXTURE, '--errors', '5', '--country', 'TCD'], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
  assert.match(out, /ACLED eval: 1 rows/);
  assert.match(out, /event_type confusion/);
  assert.match(out, /SYN12\s+event_type\s+Violence against civilians\s+\(none\)/);
});

test('a missing file is a one-line error with a non-zero exit code', () => {
  const res = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'eval', 'acled', '/nonexistent/acled.csv'], { encoding: 'utf8' });
  assert.notEqual(res.status, 0);
  assert.equal(res.stderr.trim().split('\n').length, 1);
  assert.match(res.stderr, /cannot read \/nonexistent\/acled\.csv/);
});
