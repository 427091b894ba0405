// Merge proposals over HTTP through the real app: list with both events, accept (merges),
// decline (keeps apart), undo, roles (a viewer reads but cannot decide), bad requests, OpenAPI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../../src/api/app.ts';
import { addUser, issueToken } from '../../src/auth/users.ts';
import { strikeEvent } from './strike.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';


const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

test('proposals: listed with both events, accepted, declined and undone over HTTP; viewers read only; bad requests', async () => {
  const store = await openStore(':memory:');
  const app = await buildApp({ store, web: false });
  const stored = await strikeEvent(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7);
  const a = await strikeEvent(store, 'Invented radio: Qasr Town market toll rises to 10.', 10, { kind: 'propose', event_id: stored, score: 0.55, rule: 'grey zone (test)' });
  const b = await strikeEvent(store, 'Invented blog: a strike near Qasr Town, <b>2</b> dead.', 2, { kind: 'propose', event_id: stored, score: 0.42, rule: 'grey zone (test)' });
  await addUser(store, 'vera', 'viewer');
  await addUser(store, 'ana', 'analyst');
  const [viewer, analyst] = [await issueToken(store, 'vera'), await issueToken(store, 'ana')];
  const post = (url: string, token: string, payload: object = {}) => app.inject({ method: 'POST', url, headers: bearer(token), payload });

  const list = await app.inject({ url: '/api/proposals', headers: bearer(viewer) });
  assert.equal(list.statusCode, 200, list.body);
  const items = list.json().items as Array<{ id: number; event_id: string; candidate: string; status: string; event: { id: string }; candidate_event: { id: string } }>;
  assert.deepEqual(items.map((p) => [p.event_id, p.candidate, p.status, p.event.id, p.candidate_event.id]), [
    [a, stored, 'open', a, stored],
    [b, stored, 'open', b, stored],
  ]);
  const [pa, pb] = items.map((p) => p.id);
  const paged = await app.inject({ url: '/api/proposals?limit=1' });
  assert.deepEqual([paged.json().items.length, typeof paged.json().next_cursor], [1, 'string']);
  assert.equal((await app.inject({ url: `/api/proposals?limit=1&cursor=${paged.json().next_cursor}` })).json().items[0].id, pb);

  const denied = await post(`/api/proposals/${pa}/accept`, viewer);
  assert.equal(denied.statusCode, 403);
  assert.equal((await store.getEvent(a))!.status, 'new', 'a viewer changed nothing');
  assert.equal((await post(`/api/proposals/${pb}/decline`, viewer)).statusCode, 403);
  assert.equal((await app.inject({ method: 'POST', url: `/api/proposals/${pa}/accept`, payload: {} })).statusCode, 401);

  for (const url of ['/api/proposals?status=maybe', '/api/proposals?limit=0', '/api/proposals?cursor=abc']) assert.equal((await app.inject({ url })).statusCode, 400, url);
  assert.equal((await post('/api/proposals/abc/accept', analyst)).statusCode, 400);
  assert.equal((await post(`/api/proposals/${pa}/accept`, analyst, { reason: 'x', extra: 1 })).statusCode, 400);
  const missing = await post('/api/proposals/9999/decline', analyst);
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().code, 'PROPOSAL_NOT_FOUND');

  const accepted = await post(`/api/proposals/${pa}/accept`, analyst, { reason: 'same market strike' });
  assert.equal(accepted.statusCode, 200, accepted.body);
  assert.equal(accepted.json().proposal.status, 'accepted');
  assert.deepEqual([accepted.json().event.id, accepted.json().event.fatalities_min, accepted.json().event.fatalities_max], [stored, 7, 10]);
  assert.equal((await store.getEvent(a))!.merged_into, stored);
  assert.equal((await post(`/api/proposals/${pa}/accept`, analyst)).statusCode, 409, 'already accepted');

  const declined = await post(`/api/proposals/${pb}/decline`, analyst, { reason: 'different strike' });
  assert.equal(declined.statusCode, 200, declined.body);
  assert.equal(declined.json().status, 'declined');
  assert.equal((await store.getEvent(b))!.status, 'new', 'kept apart');
  assert.deepEqual((await app.inject({ url: '/api/proposals' })).json().items, [], 'nothing open');
  assert.deepEqual((await app.inject({ url: '/api/proposals?status=all' })).json().items.map((p: { status: string }) => p.status), ['accepted', 'declined']);

  const log = (await app.inject({ url: `/api/events/${b}/audit` })).json() as Array<{ action: string; actor: string; reason: string }>;
  assert.deepEqual([log.at(-1)!.action, log.at(-1)!.actor, log.at(-1)!.reason], ['decline', 'ana', 'different strike']);
  const undone = await post(`/api/events/${a}/undo`, analyst);
  assert.equal(undone.statusCode, 200, undone.body);
  assert.equal((await store.getEvent(a))!.status, 'new');
  assert.equal((await store.getEvent(stored))!.report_ids.length, 1);
  assert.deepEqual((await app.inject({ url: `/api/proposals?event_id=${a}` })).json().items.map((p: { status: string }) => p.status), ['open'], 'undo reopened it');

  const paths = (await app.inject('/openapi.json')).json().paths;
  for (const p of ['/api/proposals', '/api/proposals/{id}/accept', '/api/proposals/{id}/decline']) assert.ok(paths[p], `${p} in OpenAPI`);
  assert.ok(paths['/api/proposals/{id}/accept'].post.responses['403'], 'documents 403');
  await app.close();
  await store.close();
});
