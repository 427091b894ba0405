// End-to-end eval on a fixture of 42 SYNTHETIC notes written for sitrep in ACLED's style (not
// ACLED text), covering every event type and most sub-event types: the real pipeline and the
// default gazetteer, through the library and through the CLI. It doubles as the accuracy
// regression test: FLOORS are a few rows below what the pipeline scored when they were set, so
// a change that loses accuracy fails CI. Raise them when accuracy improves.

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
  assert.equal(cases.length, 42);
  assert.deepEqual(problems, ['BAD1: unreadable event_date "sometime"']);
});

/** Minimum rows right out of 42: what the pipeline scored on 2026-11-26 minus a margin of 2-3 rows. */
const FLOORS: Partial<Record<(typeof ACLED_FIELDS)[number], number>> = {
  event_type: 36,
  sub_event_type: 34,
  event_date: 41,
  fatalities: 37,
  location_25km: 37,
  country: 37,
  inter1: 32,
  actor1: 31,
  civilian_targeting: 35,
};

test('eval of the synthetic fixture with the real pipeline (accuracy floors)', () => {
  const { cases } = fixtureCases();
  const ev = evaluateAcled(cases, { extract: extractReports, gazetteer: loadDefaultGazetteer() });
  assert.equal(ev.n, 42);
  assert.deepEqual(Object.keys(ev.fields), [...ACLED_FIELDS]);
  for (const share of Object.values(ev.fields)) assert.ok(share >= 0 && share <= 1);
  const confusionTotal = Object.values(ev.confusion).flatMap((line) => Object.values(line)).reduce((a, b) => a + b, 0);
  assert.equal(confusionTotal, 42);
  // The note that describes no event (SYN12) is wrong on every field.
  const quiet = ev.rows.find((r) => r.id === 'SYN12')!;
  assert.equal(quiet.top, null);
  assert.ok(quiet.outcomes.every((o) => !o.ok));
  assert.equal(wrongCells(ev).filter((c) => c.id === 'SYN12').length, ACLED_FIELDS.length);
  for (const [field, floor] of Object.entries(FLOORS)) {
    const right = Math.round(ev.fields[field as keyof typeof ev.fields] * ev.n);
    const wrong = wrongCells(ev, field as (typeof ACLED_FIELDS)[number]).map((c) => `${c.id}: ${c.expected} / ${c.got}`);
    assert.ok(right >= floor!, `${field}: ${right}/42 right, floor ${floor}; wrong: ${wrong.join('; ')}`);
  }
  // Every event type is recognised at least once.
  for (const [type, line] of Object.entries(ev.confusion)) assert.ok((line[type] ?? 0) > 0, `no ${type} row classified right`);
  assert.ok(ev.notes_per_second > 0);
});

test('sitrep eval acled --json prints exactly {n, fields, notes_per_second}', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CLI, 'eval', 'acled', FIXTURE, '--json'], { encoding: 'utf8' });
  const obj = JSON.parse(out);
  assert.deepEqual(Object.keys(obj), ['n', 'fields', 'notes_per_second']);
  assert.equal(obj.n, 42);
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
