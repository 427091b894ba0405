import assert from 'node:assert/strict';
import { test } from 'node:test';
import { periodStart, rollUp } from '../../src/store/periods.ts';

test('weeks start on Monday, months on the 1st, across year ends', () => {
  assert.equal(periodStart('2020-05-03', 'week'), '2020-04-27'); // a Sunday
  assert.equal(periodStart('2020-05-04', 'week'), '2020-05-04'); // a Monday
  assert.equal(periodStart('2021-01-01', 'week'), '2020-12-28');
  assert.equal(periodStart('2020-02-29', 'month'), '2020-02-01');
});

test('days roll up into periods in date order', () => {
  const days = [
    { key: '2020-04-30', events: 1, fatalities: 2 },
    { key: '2020-05-01', events: 2, fatalities: 0 },
    { key: '2020-05-05', events: 1, fatalities: 5 },
  ];
  assert.deepEqual(rollUp(days, 'week'), [
    { key: '2020-04-27', events: 3, fatalities: 2 },
    { key: '2020-05-04', events: 1, fatalities: 5 },
  ]);
  assert.deepEqual(rollUp(days, 'month'), [
    { key: '2020-04-01', events: 1, fatalities: 2 },
    { key: '2020-05-01', events: 3, fatalities: 5 },
  ]);
});
