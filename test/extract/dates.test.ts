import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, datesOf } from './helpers.ts';
import { lastDayOfMonth, monthNumber, validDay } from '../../src/extract/dates/calendar.ts';

const PUB = '2019-12-06'; // a Friday

test('ACLED lead forms: day, hedges, week/month of, ordinals, ranges', () => {
  assert.deepEqual(datesOf('On 9 May 2020, police arrested two men.', '2020-05-09')[0], ['9 May 2020', '2020-05-09', 1]);
  assert.deepEqual(datesOf('Around 9 May 2020 (as reported), a body was found.', '2020-05-09')[0], ['Around 9 May 2020 (as reported)', '2020-05-09', 2]);
  assert.deepEqual(datesOf('Around 6 May 2020 (week of), women protested.', '2020-05-06')[0].slice(1), ['2020-05-06', 2]);
  assert.deepEqual(datesOf('Around 6 May 2020 (month of), women protested.', '2020-05-06')[0].slice(1), ['2020-05-06', 3]);
  assert.deepEqual(datesOf('On 2nd May 2020, in Recife, people marched.', '2020-05-02')[0].slice(1), ['2020-05-02', 1]);
  assert.deepEqual(datesOf('On 30 April, 2020, doctors protested.', '2020-04-30')[0].slice(1), ['2020-04-30', 1]);
  assert.deepEqual(datesOf('On 3-4 May, clashes took place.', '2020-05-09')[0].slice(1), ['2020-05-03', 2]);
  assert.deepEqual(datesOf('As reported on 2 May 2020, troops raided a camp.', '2020-05-02')[0].slice(1), ['2020-05-02', 2]);
});

test('parts of months and relative months resolve against publication', () => {
  assert.deepEqual(datesOf('Fighting flared late last month.', PUB)[0], ['late last month', '2019-11-21', 3]);
  assert.deepEqual(datesOf('Mercenaries arrived in early September.', PUB)[0], ['early September', '2019-09-01', 3]);
  assert.deepEqual(datesOf('A call in mid-April changed that.', PUB)[0], ['mid-April', '2019-04-11', 3]);
  assert.deepEqual(datesOf('They met last month.', PUB)[0].slice(1), ['2019-11-01', 3]);
});

test('a month or day without a year is never in the future', () => {
  assert.equal(datesOf('The strike on Dec. 20 killed two.', PUB)[0][1], '2018-12-20');
  assert.equal(datesOf('It began on April 4.', PUB)[0][1], '2019-04-04');
  assert.equal(datesOf('Protests resumed in December.', PUB)[0][1], '2019-12-01');
});

test('weeks, weekdays, recent windows', () => {
  assert.deepEqual(datesOf('A delegation met him last week.', PUB)[0].slice(1), ['2019-11-25', 2]);
  assert.deepEqual(datesOf('Gunmen struck on Sunday night.', PUB)[0].slice(1), ['2019-12-01', 1]);
  assert.deepEqual(datesOf('Gunmen struck last Friday.', PUB)[0].slice(1), ['2019-11-29', 1]);
  assert.deepEqual(datesOf('Shelling hit the town yesterday.', PUB)[0].slice(1), ['2019-12-05', 1]);
  const recent = analyse('Hundreds joined in recent weeks.', PUB).dates[0];
  assert.equal(recent.value.asReported, true);
  assert.equal(recent.value.precision, 3);
});

test('a window a superlative is measured over is no date of the event', () => {
  assert.equal(datesOf('The raid, one of the deadliest on the border in recent months, left nine dead.', PUB).length, 0);
  assert.equal(datesOf('It was the worst flooding of the valley since 2014.', PUB).length, 0);
  // A closed period still says when: "the deadliest attack in 2016", "the first attack in 2016".
  assert.equal(datesOf('The deadliest attack in 2016 killed 40 people.', PUB).length, 1);
  assert.equal(datesOf('The first attack took place in 2016.', PUB).length, 1);
  // A window without a superlative still dates a report "as reported".
  assert.equal(datesOf('Raids on the border have increased in recent months.', PUB).length, 1);
});

test('sequences anchor on the previous date, not on speech', () => {
  const text =
    'On Nov. 14, the department issued a statement. He told me the day after. "They will attack tonight," he said. ' +
    'Two missiles streaked across the sky. The next morning, mortars fell. Several days later, a barrage hit the front.';
  const d = Object.fromEntries(datesOf(text, PUB).map(([t, date, p]) => [t, [date, p]]));
  assert.deepEqual(d['Nov. 14'], ['2019-11-14', 1]);
  assert.deepEqual(d['the day after'], ['2019-11-15', 1]);
  assert.equal(d.tonight, undefined, 'a date inside a quotation is dropped');
  assert.deepEqual(d['The next morning'], ['2019-11-16', 1]);
  assert.deepEqual(d['Several days later'], ['2019-11-19', 2]);
});

test('a bare year is kept only as a year', () => {
  const d = analyse('In 2016, he fought in Sirte.', PUB).dates[0];
  assert.equal(d.value.yearOnly, true);
  assert.equal(d.value.date, '2016-01-01');
});

test('"may" and "march" as words are not months', () => {
  assert.equal(datesOf('The crowd may march on Friday.', PUB).filter(([t]) => /may|march/i.test(t)).length, 0);
});

test('calendar: days in a month counted as Date counts them; month names read the same every time', () => {
  // lastDayOfMonth counts from a table (speed); it must agree with Date.UTC, which reads years 0-99 as 19xx.
  for (const y of [0, 4, 99, 100, 1900, 1996, 2000, 2019, 2020, 2100, 2400]) {
    for (let m = 0; m <= 13; m++) assert.equal(lastDayOfMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
  }
  assert.ok(validDay(2020, 2, 29) && !validDay(2019, 2, 29) && !validDay(2020, 4, 31));
  for (let k = 0; k < 2; k++) {
    assert.deepEqual(['Sept', 'Sept.', 'May', 'dec', 'Ma', 'Juli'].map(monthNumber), [9, 9, 5, 12, 0, 0]);
  }
});
