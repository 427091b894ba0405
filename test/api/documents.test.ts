import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertErrorShape, makeTestApp, WIRE_TEXT, type TestApp } from './helper.ts';

let t: TestApp;
before(async () => {
  t = await makeTestApp();
});
after(() => t.close());

test('GET /api/documents lists documents newest first with their event counts, paged', async () => {
  const r = (await t.app.inject('/api/documents?limit=2')).json();
  assert.equal(r.items.length, 2);
  assert.equal(r.items[0].title, 'Market attack toll rises');
  assert.equal(r.items[1].id, t.wireDocId);
  assert.equal(r.items[1].events, 1);
  assert.ok(r.next_cursor);
  const rest = (await t.app.inject(`/api/documents?limit=50&cursor=${encodeURIComponent(r.next_cursor)}`)).json();
  assert.ok(rest.items.length >= 2, 'the synthetic batches follow');
  assert.ok(!rest.items.some((d: { id: string }) => r.items.some((x: { id: string }) => x.id === d.id)));
});

test('GET /api/documents?text= searches titles and text', async () => {
  const r = (await t.app.inject('/api/documents?text=radio')).json();
  assert.deepEqual(r.items.map((d: { title: string }) => d.title), ['Market attack toll rises']);
});

test('GET /api/documents/:id returns the text (markup kept literal) and the events found in it', async () => {
  const r = await t.app.inject(`/api/documents/${t.wireDocId}`);
  assert.equal(r.statusCode, 200);
  const { document, events } = r.json();
  assert.equal(document.text, WIRE_TEXT);
  assert.equal(events.length, 1);
  assert.equal(events[0].id, t.incidentId);
});

test('unknown document is 404, bad paging is 400', async () => {
  assertErrorShape((await t.app.inject('/api/documents/doc_nope')).json(), 404, 'DOCUMENT_NOT_FOUND');
  assertErrorShape((await t.app.inject('/api/documents?limit=-3')).json(), 400, 'INVALID_REQUEST');
  assertErrorShape((await t.app.inject('/api/documents?limit=5000')).json(), 400, 'INVALID_REQUEST');
});
