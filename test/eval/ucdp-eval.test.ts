// UCDP geocoding eval on a small hand-written fixture (synthetic descriptions of real towns).
// The fixture keeps UCDP's export quirk: every data line ends with one extra empty field.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readCsvTable } from '../../src/eval/csv.ts';
import { UCDP_REQUIRED_COLUMNS, evaluateUcdp, ucdpSummary } from '../../src/eval/ucdp.ts';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/ucdp-synthetic.csv', import.meta.url));

test('UCDP rows resolve through the geo stage and are split by where_prec', () => {
  const table = readCsvTable(FIXTURE, UCDP_REQUIRED_COLUMNS);
  assert.equal(table.rows.length, 6);
  assert.deepEqual(table.skipped, []);
  const ev = evaluateUcdp(table.rows, loadDefaultGazetteer());
  assert.equal(ev.n, 5);
  assert.equal(ev.skipped, 1, 'the row without a description is counted as skipped');
  const desert = ev.rows.find((r) => r.id === '5')!;
  assert.equal(desert.resolved, null);
  assert.equal(desert.km, null);

  const summary = new Map(ucdpSummary(ev).map((line) => [line.where_prec, line]));
  assert.deepEqual([...summary.keys()], ['1', '2', '4', '1-2', 'all']);
  assert.equal(summary.get('1-2')!.rows, 4);
  assert.equal(summary.get('all')!.rows, 5);
  assert.equal(summary.get('4')!.within_161km, 0);
  // Three well-known towns named plainly: at least two must land within 25 km.
  assert.ok((summary.get('1')!.within_25km as number) >= 2 / 3, JSON.stringify(ev.rows));
  const all = summary.get('all')!;
  assert.ok((all.within_25km as number) <= (all.within_161km as number));
});
