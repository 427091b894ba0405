// Publication dates from flags, sidecars, page tags and feeds: a day as written, or none at all
// when the day does not exist (Date would roll '2024-02-30' or '31 Feb 2024' over to March).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDate } from '../../src/ingest/meta.ts';

test('dates as written, in the forms pages and feeds use', () => {
  assert.equal(toIsoDate('2019-12-06'), '2019-12-06');
  assert.equal(toIsoDate('2019-12-06T23:30:00-05:00'), '2019-12-06');
  assert.equal(toIsoDate('Mon, 12 Feb 2024 22:30:00 -0500'), '2024-02-12');
  assert.equal(toIsoDate('2024-02-29'), '2024-02-29');
});

test('a day that does not exist is no date', () => {
  assert.equal(toIsoDate('2024-02-30'), null);
  assert.equal(toIsoDate('2024-13-01'), null);
  assert.equal(toIsoDate('31 Feb 2024'), null);
  assert.equal(toIsoDate('Thu, 30 Feb 2023 10:00:00 GMT'), null);
  assert.equal(toIsoDate('soon'), null);
});
