import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shapedRecord } from '../../src/extract/assemble/shaped-record.ts';

const mapOf = (pairs: Array<[string, number]>) => new Map(pairs);

test('shapedRecord keeps the Map order and values, also for a repeated order', () => {
  const a = shapedRecord(mapOf([['event_date', 0.95], ['actor1', 0.5], ['inter2', 0]]));
  const b = shapedRecord(mapOf([['event_date', 0.3], ['actor1', 1], ['inter2', 0.75]]));
  assert.equal(JSON.stringify(a), '{"event_date":0.95,"actor1":0.5,"inter2":0}');
  assert.equal(JSON.stringify(b), '{"event_date":0.3,"actor1":1,"inter2":0.75}');
  a.actor1 = 0.1; // objects are independent copies, not the remembered template
  assert.equal(shapedRecord(mapOf([['event_date', 1], ['actor1', 0.2], ['inter2', 0]])).actor1, 0.2);
});

test('shapedRecord: another order, a prefix of an order and an empty map', () => {
  shapedRecord(mapOf([['x', 1], ['y', 2], ['z', 3]]));
  assert.deepEqual(Object.keys(shapedRecord(mapOf([['z', 1], ['x', 2], ['y', 3]]))), ['z', 'x', 'y']);
  assert.equal(JSON.stringify(shapedRecord(mapOf([['x', 5], ['y', 6]]))), '{"x":5,"y":6}');
  assert.deepEqual(shapedRecord(new Map()), {});
});
