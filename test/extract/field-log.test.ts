import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FieldLog } from '../../src/extract/assemble/evidence.ts';

test('FieldLog.confidence: a plain object, fields in first-recorded order, then overall', () => {
  const log = new FieldLog('doc:1', 'Gunmen attacked Vardesa on Monday.');
  log.field('event_type', { start: 7, end: 15 }, 0.8);
  log.field('location', { start: 16, end: 23 }, 0.891);
  log.field('latitude', { start: 16, end: 23 }, 0.89);
  log.field('event_type', null, 0.6); // a later value replaces the first, keeps its place
  const conf = log.confidence(0.75);
  assert.equal(Object.getPrototypeOf(conf), Object.prototype);
  assert.deepEqual(conf, { event_type: 0.6, location: 0.89, latitude: 0.89, overall: 0.75 });
  assert.equal(JSON.stringify(conf), '{"event_type":0.6,"location":0.89,"latitude":0.89,"overall":0.75}');
  // Fields citing one span share its text.
  assert.deepEqual(log.evidence.map((e) => e.text), ['attacked', 'Vardesa', 'Vardesa']);
});

test('FieldLog.confidence: many fields, each report its own object', () => {
  const a = new FieldLog('doc:2', 'x');
  const b = new FieldLog('doc:3', 'x');
  for (let i = 0; i < 30; i++) a.field(`f${i}`, null, i / 100);
  b.field('f1', null, 1);
  const ca = a.confidence(0.5);
  assert.equal(Object.keys(ca).length, 31);
  assert.equal(ca.f29, 0.29);
  assert.deepEqual(b.confidence(0.1), { f1: 1, overall: 0.1 });
});
