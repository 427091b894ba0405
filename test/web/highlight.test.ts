import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segments } from '../../src/web/client/highlight.ts';

const text = 'On 3 March a drone hit the Qasr Town market.';

test('spans split the text into labelled and plain segments that cover it exactly', () => {
  const segs = segments(text.length, [
    { start: 3, end: 10, label: 'event_date' },
    { start: 27, end: 36, label: 'location' },
  ]);
  assert.equal(segs.map((s) => text.slice(s.start, s.end)).join(''), text);
  assert.deepEqual(segs.filter((s) => s.labels.length).map((s) => [text.slice(s.start, s.end), s.labels]), [
    ['3 March', ['event_date']],
    ['Qasr Town', ['location']],
  ]);
});

test('overlapping spans keep every label on the shared part', () => {
  const segs = segments(text.length, [
    { start: 0, end: text.length, label: 'notes' },
    { start: 27, end: 36, label: 'location' },
  ]);
  const qasr = segs.find((s) => text.slice(s.start, s.end) === 'Qasr Town');
  assert.deepEqual(qasr?.labels, ['location', 'notes']);
  assert.ok(segs.every((s) => s.labels.includes('notes')));
});

test('spans outside the text or empty are ignored, not thrown on', () => {
  const segs = segments(text.length, [
    { start: -4, end: 2, label: 'bad' },
    { start: 40, end: 400, label: 'bad' },
    { start: 5, end: 5, label: 'empty' },
  ]);
  assert.deepEqual(segs, [{ start: 0, end: text.length, labels: [] }]);
});
