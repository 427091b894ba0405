import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertErrorShape, makeTestApp, type TestApp } from './helper.ts';

let t: TestApp;
before(async () => {
  t = await makeTestApp();
});
after(() => t.close());

test('GET /healthz answers ok with the store kind', async () => {
  const r = await t.app.inject('/healthz');
  assert.equal(r.statusCode, 200);
  assert.deepEqual(r.json(), { status: 'ok', store: 'sqlite' });
});

test('GET /openapi.json documents every API route with parameters and the error schema', async () => {
  const doc = (await t.app.inject('/openapi.json')).json();
  assert.match(doc.openapi, /^3\./);
  for (const path of ['/api/events', '/api/events/{id}', '/api/map', '/api/documents', '/api/documents/{id}', '/api/aggregates', '/api/ingest', '/api/export/{format}', '/healthz', '/api/events/{id}/confirm', '/api/events/{id}/audit', '/api/users', '/api/login']) {
    assert.ok(doc.paths[path], `${path} missing from OpenAPI`);
  }
  const params = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
  for (const p of ['from', 'to', 'country', 'event_type', 'bbox', 'text', 'cursor', 'limit']) assert.ok(params.includes(p), p);
  assert.ok(JSON.stringify(doc.paths['/api/events/{id}'].get.responses['404']).includes('Error'));
  assert.ok(doc.paths['/api/ingest'].post.requestBody);
});

test('GET /docs serves the API explorer', async () => {
  const r = await t.app.inject('/docs');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /swagger/i);
});

test('unknown routes and methods share the error shape', async () => {
  assertErrorShape((await t.app.inject('/api/nothing-here')).json(), 404, 'ROUTE_NOT_FOUND');
  assertErrorShape((await t.app.inject({ method: 'DELETE', url: '/api/events' })).json(), 404, 'ROUTE_NOT_FOUND');
});
