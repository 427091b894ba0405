import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SitrepEvent, StoredDocument } from '../../src/core/types.ts';
import { quote, renderEvent, sentenceAround } from '../../src/cli/render-event.ts';

const TEXT = 'Fighting resumed. A drone hit Ain Zara on Tuesday, killing four. Officials blamed the LNA.';
const span = (field: string, s: string) => {
  const start = TEXT.indexOf(s);
  return { field, document_id: 'doc_1', start, end: start + s.length, text: s };
};
const doc = { id: 'doc_1', text: TEXT, title: 'Strike', source: 'Wire', published: '2019-11-22', kind: 'text' } as StoredDocument;
const event = {
  id: 'evt_1', status: 'edited', grade: 'weak', event_date: '2019-11-19', location: 'Ain Zara', admin1: 'Tripoli', fatalities: 5,
  document_ids: ['doc_1'], confidence: { location: 0.9 },
  evidence: [span('location', 'Ain Zara'), span('admin1', 'Ain Zara'), span('fatalities', 'four')],
  overrides: { fatalities: { extracted: 4, value: 5, by: 'ana', at: '2026-01-01T00:00:00Z' } },
  disagreements: { fatalities: [{ report_id: 'r1', document_id: 'doc_1', source: 'Wire', value: 4 }, { report_id: 'r2', document_id: 'doc_2', source: 'Radio', value: 6 }] },
} as unknown as SitrepEvent;

test('the sentence around a span, not its neighbours', () => {
  const s = span('x', 'Ain Zara');
  const { start, end } = sentenceAround(TEXT, s.start, s.end);
  assert.equal(TEXT.slice(start, end), 'A drone hit Ain Zara on Tuesday, killing four.');
});

test('spans in brackets without colour, in ANSI bold with colour', () => {
  assert.equal(quote(span('location', 'Ain Zara'), doc, (s) => `[${s}]`), '"A drone hit [Ain Zara] on Tuesday, killing four."');
  const out = renderEvent({ event, documents: new Map([['doc_1', doc]]), audit: [], color: true });
  assert.match(out, /\x1b\[1;33mAin Zara\x1b\[0m/);
});

test('every field, shared spans quoted once, edits and disagreements listed', () => {
  const out = renderEvent({ event, documents: new Map([['doc_1', doc]]), audit: [], color: false });
  assert.match(out, /^Event evt_1 {2}status: edited {2}grade: weak/);
  assert.match(out, /location +Ain Zara {2}conf 0\.9\n +"A drone hit \[Ain Zara\] on Tuesday/);
  assert.match(out, /admin1 +Tripoli\n +same evidence as location/);
  assert.match(out, /fatalities +5 {2}\(edited\)/);
  assert.match(out, /Sources disagree:\n +fatalities +4 \(Wire\); 6 \(Radio\)/);
  assert.match(out, /Reviewer edits:\n +fatalities +5 by ana/);
  assert.match(out, /Sources:\n +doc_1 +Strike \| Wire \| 2019-11-22/);
  assert.ok(!out.includes('\x1b['));
});

test('evidence that no longer matches its document is shown alone, not misquoted', () => {
  const stale = { ...span('location', 'Ain Zara'), start: 0 };
  assert.equal(quote(stale, doc, (s) => `[${s}]`), '"[Ain Zara]"');
});
