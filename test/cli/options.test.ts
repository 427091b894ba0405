// Command-line filters and document hints are read as strictly as the API reads them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandOf, metaFromOptions, queryFromOptions } from '../../src/cli/options.ts';

test('--from/--to must name a day that exists', () => {
  assert.throws(() => queryFromOptions({ from: '2024-13-01' }), /--from must be a date like/);
  assert.throws(() => queryFromOptions({ to: '2023-02-29' }), /--to must be a date like/);
  assert.throws(() => queryFromOptions({ from: '5 May 2020' }), /--from/);
  assert.deepEqual([queryFromOptions({ from: '2024-02-29', to: '2024-03-01' }).from, queryFromOptions({ to: '2024-03-01' }).to], ['2024-02-29', '2024-03-01']);
});

test('--country on ingest takes a code or a name and stores ISO3; an unknown one is refused', () => {
  assert.equal(metaFromOptions({ country: 'Nigeria' }).country, 'NGA');
  assert.equal(metaFromOptions({ country: 'lby' }).country, 'LBY');
  assert.equal(metaFromOptions({}).country, undefined);
  assert.throws(() => metaFromOptions({ country: 'Narnia' }), /--country must be/);
  assert.throws(() => metaFromOptions({ country: 'XYZ' }), /--country must be/);
});

test('--published must be a real day', () => {
  assert.equal(metaFromOptions({ published: '2020-05-04' }).published, '2020-05-04');
  assert.throws(() => metaFromOptions({ published: '2024-02-30' }), /--published must be a date like/);
});

test('the command is found after the global options', () => {
  assert.equal(commandOf(['ingest', 'a.txt']), 'ingest');
  assert.equal(commandOf(['--db', 'events.db', 'eval', 'acled', 'f.csv']), 'eval');
  assert.equal(commandOf(['--db=events.db', 'extract', 'a.txt']), 'extract');
  assert.equal(commandOf(['--help']), undefined);
  assert.equal(commandOf([]), undefined);
});
