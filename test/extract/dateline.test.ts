// Without a publication date, a dateline line near the top of the text is the reference date,
// so "yesterday" and "on Monday" are exact days.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers.ts';
import { datelineDate } from '../../src/extract/dates/dateline.ts';

test('a dateline line is the reference date for relative days', () => {
  const doc = analyse('Two guards shot dead at border post\n\nWire staff, March 3, 2021\n\nGunmen killed two border guards on Monday near the crossing, officials said.', null);
  assert.equal(doc.published, '2021-03-03');
  assert.equal(doc.segments.length, 1);
  assert.equal(doc.segments[0].date?.value.date, '2021-03-01');
  assert.equal(doc.segments[0].date?.value.precision, 1);
});

test('"Posted 12 June 2018 9:10 AM" and "yesterday"', () => {
  const doc = analyse('Market blast\nBy a staff writer\nPosted 12 June 2018 9:10 AM\n\nA bomb exploded yesterday in a crowded market, killing four people.', null);
  assert.equal(doc.published, '2018-06-12');
  assert.equal(doc.segments[0].date?.value.date, '2018-06-11');
});

test('a date inside a sentence is no dateline, and a given publication date wins', () => {
  assert.equal(datelineDate('Rebels seized the town on March 3, 2021 after a week of fighting.'), null);
  assert.equal(analyse('Wire staff, March 3, 2021\n\nGunmen killed two guards on Monday.', '2021-04-10').published, '2021-04-10');
});

test('a date that only says when officials reported gives way to the day the fighting broke out', () => {
  const doc = analyse(
    'Villagers carried the bodies of 12 civilian victims of an airstrike to the governor, officials told reporters today. ' +
      'When fighting broke out yesterday between insurgents and troops, villagers sheltered in compounds. But an airstrike hit those compounds.',
    '2010-03-05',
  );
  assert.equal(doc.segments.length, 1);
  assert.equal(doc.segments[0].date?.value.date, '2010-03-04');
  assert.equal(doc.segments[0].date?.value.precision, 1);
});
