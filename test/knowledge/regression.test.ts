// Regression: hand-written ACLED-style notes (regression-notes.json, our own words) run through
// the whole extraction pipeline; each must keep its event type, sub-event type, actor1, inter1
// and civilian targeting, so classification and actor accuracy cannot silently drop.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractReports } from '../../src/extract/index.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import type { Report } from '../../src/core/types.ts';

interface Case {
  id: string;
  published: string;
  text: string;
  expect: Partial<Pick<Report, 'event_type' | 'sub_event_type' | 'actor1' | 'inter1' | 'civilian_targeting'>>;
}

const cases = (JSON.parse(readFileSync(new URL('./regression-notes.json', import.meta.url), 'utf8')) as { notes: Case[] }).notes;
const gazetteer = loadDefaultGazetteer();

/** The note's main event: the report whose evidence starts first (as `sitrep eval` scores it). */
function topReport(reports: Report[]): Report | undefined {
  const start = (r: Report) => Math.min(...r.evidence.map((e) => e.start), Infinity);
  return [...reports].sort((a, b) => start(a) - start(b))[0];
}

for (const c of cases) {
  test(`regression note ${c.id}`, () => {
    const reports = extractReports({ document_id: `doc_${c.id}`, text: c.text, published: c.published }, { gazetteer });
    const top = topReport(reports);
    assert.ok(top, `${c.id}: no event extracted`);
    const got = Object.fromEntries(Object.keys(c.expect).map((k) => [k, top[k as keyof Report]]));
    assert.deepEqual(got, c.expect, `${c.id}: ${c.text}`);
  });
}

test('regression notes cover every ACLED event type', () => {
  const types = new Set(cases.map((c) => c.expect.event_type));
  assert.equal(types.size, 6);
});
