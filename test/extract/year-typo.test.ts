// A lead date whose year is a slip: the day and month are within days of publication, the year
// one or two years back ("On 1 May 2018" in a report of 1 May 2020).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesOf } from './helpers.ts';

/** The day read for the date written as `written` in the text. */
function dayOf(text: string, published: string, written: string): string | undefined {
  return datesOf(text, published).find((d) => d[0].endsWith(written))?.[1];
}

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

test('an old date that is not the lead, or after a word that makes it history, keeps its year', () => {
  // Anniversaries, spans and periods name the old day on purpose: only a bare lead date is a slip.
  assert.equal(dayOf('One year ago, on 1 May 2019, police shot two miners in Varela; their families marched again.', '2020-05-01', '1 May 2019'), '2019-05-01');
  assert.equal(datesOf('Since 28 April 2019, 300 people have been killed in the hills around Orsan.', '2020-05-01')[0]![1], '2019-04-28');
  assert.equal(datesOf('Between 25 April 2019 and 1 May 2020, the militia took eleven villages.', '2020-05-03')[0]![1], '2019-04-25');
  assert.equal(datesOf('From 30 April 2019 the port workers have been on strike.', '2020-05-01')[0]![1], '2019-04-30');
});

test('a weekday written before the lead date decides which year it means', () => {
  // 30 April 2019 was a Tuesday, 30 April 2020 a Thursday.
  assert.equal(datesOf('On Tuesday 30 April 2019, students blocked the road to Mirel.', '2020-05-01')[0]![1], '2019-04-30');
  assert.equal(datesOf('On Thursday, 30 April 2019, students blocked the road to Mirel.', '2020-05-01')[0]![1], '2020-04-30');
});

test('a lead date after a short label or a lead word is still a slip', () => {
  assert.equal(datesOf('Around 30 April 2019, armed men burned a truck near Sabet.', '2020-05-02')[0]![1], '2020-04-30');
  assert.equal(datesOf('Property destruction: On or around 2 May 2018, a mob burned the clinic.', '2020-05-03')[0]![1], '2020-05-02');
  assert.equal(datesOf('Reported on 1 May 2019: a teacher was abducted in Kelo.', '2020-05-01')[0]![1], '2020-05-01');
});
