// A lead date whose year is a slip: the day and month are within days of publication, the year
// one or two years back ("On 1 May 2018" in a report of 1 May 2020).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesOf } from './helpers.ts';

test("a lead date's year one or two years before publication, day and month just before it, is the publication's year", () => {
  assert.deepEqual(datesOf('On 1 May 2018, in Talcara, workers marched for job security.', '2020-05-01')[0], ['1 May 2018', '2020-05-01', 1]);
  assert.equal(datesOf('On 27 April 2019, drivers protested against the government.', '2020-04-29')[0]![1], '2020-04-27');
  assert.equal(datesOf('Looting: On 29 April 2019, drivers protested.', '2020-04-28')[0]![1], '2020-04-29');
});

test('other old dates keep their year', () => {
  // Not the lead: a date later in the text is history the report recalls.
  assert.equal(datesOf('On 1 May 2020, workers marched. The union was founded on 25 April 2018.', '2020-05-01')[1]![1], '2018-04-25');
  // Too far back, or a day and month far from publication.
  assert.equal(datesOf('On 1 May 2015, workers marched.', '2020-05-01')[0]![1], '2015-05-01');
  assert.equal(datesOf('On 3 March 2019, workers marched.', '2020-05-01')[0]![1], '2019-03-03');
});
