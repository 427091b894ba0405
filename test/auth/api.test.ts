import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Report } from '../../src/core/types.ts';
import { installErrorHandlers } from '../../src/api/errors.ts';
import authPlugin from '../../src/auth/plugin.ts';
import reviewRoutes from '../../src/api/routes/review.ts';
import userRoutes from '../../src/api/routes/users.ts';
import { addUser, issueToken } from '../../src/auth/users.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';

async function appFor(store: Store) {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('store', store);
  installErrorHandlers(app);
  await app.register(authPlugin, { store });
  await app.register(reviewRoutes, { store });
  await app.register(userRoutes, { store });
  await app.ready();
  return app;
}

async function oneEvent(store: Store): Promise<string> {
  const text = 'Invented note: an armed group attacked a checkpoint in a test town; two guards died.';
  const content_hash = createHash('sha256').update(text).digest('hex');
  const document_id = 'doc_' + content_hash.slice(0, 16);
  const r: Report = {
    id: `${document_id}:r0`, document_id, event_date: '2020-05-01', time_precision: 1, event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Unidentified Armed Group (Libya)', assoc_actor_1: '', inter1: 3, actor2: 'Police Forces of Libya', assoc_actor_2: '', inter2: 1, interaction: 13,
    civilian_targeting: '', iso3: 'LBY', country: 'Libya', admin1: 'Tripoli', admin2: '', location: 'Tajura', latitude: 32.88, longitude: 13.35,
    geo_precision: 1, fatalities: 2, fatalities_min: 2, fatalities_max: 2, injuries: null, displaced: null, notes: text, source: 'Test',
    confidence: { overall: 0.7 }, evidence: [],
  };
  return (await store.saveIngest({ kind: 'text', text, content_hash, source: 'Test' }, [r])).events[0]!.id;
}

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

test('with no users the local server is open and acts as the local admin', async () => {
  const store = await openStore(':memory:');
  const app = await appFor(store);
  const id = await oneEvent(store);
  const res = await app.inject({ method: 'POST', url: `/api/events/${id}/confirm`, payload: {} });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().status, 'confirmed');
  assert.equal((await store.auditLog(id)).at(-1)!.actor, 'local');
  assert.equal((await app.inject({ url: '/api/me' })).json().local, true);
  await app.close();
  await store.close();
});

test('a viewer cannot edit, an analyst can; tokens are required once users exist', async () => {
  const store = await openStore(':memory:');
  const app = await appFor(store);
  const id = await oneEvent(store);
  await addUser(store, 'vera', 'viewer');
  await addUser(store, 'ana', 'analyst');
  const viewer = await issueToken(store, 'vera');
  const analyst = await issueToken(store, 'ana');
  const edit = (headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: `/api/events/${id}/edit`, headers, payload: { fields: { fatalities: 3 }, reason: 'morgue list' } });

  assert.equal((await edit({})).statusCode, 401);
  assert.equal((await edit(bearer('sitrep_not-a-real-token'))).statusCode, 401);
  assert.equal((await edit({ authorization: 'Basic abc' })).statusCode, 401);
  const denied = await edit(bearer(viewer));
  assert.equal(denied.statusCode, 403);
  assert.equal(denied.json().code, 'FORBIDDEN');
  assert.equal((await store.getEvent(id))!.fatalities, 2, 'nothing changed');

  const ok = await edit(bearer(analyst));
  assert.equal(ok.statusCode, 200, ok.body);
  assert.equal(ok.json().fatalities, 3);
  assert.equal(ok.json().overrides.fatalities.extracted, 2);
  const log = await app.inject({ url: `/api/events/${id}/audit`, headers: bearer(viewer) });
  assert.equal(log.statusCode, 200);
  assert.deepEqual(log.json().map((e: { action: string; actor: string }) => `${e.action}:${e.actor}`), ['create:system', 'edit:ana']);

  // Analysts review but do not manage users.
  const mk = await app.inject({ method: 'POST', url: '/api/users', headers: bearer(analyst), payload: { name: 'eve', role: 'admin' } });
  assert.equal(mk.statusCode, 403);
  await app.close();
  await store.close();
});

test('admins manage users; password login issues a token; revoked tokens stop working', async () => {
  const store = await openStore(':memory:');
  const app = await appFor(store);
  await addUser(store, 'root', 'admin');
  const root = await issueToken(store, 'root');
  const created = await app.inject({ method: 'POST', url: '/api/users', headers: bearer(root), payload: { name: 'ana', role: 'analyst', password: 'correct horse' } });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal(created.json().has_password, true);
  assert.equal(JSON.stringify(created.json()).includes('correct horse'), false);

  assert.equal((await app.inject({ method: 'POST', url: '/api/login', payload: { name: 'ana', password: 'wrong one' } })).statusCode, 401);
  const login = await app.inject({ method: 'POST', url: '/api/login', payload: { name: 'ana', password: 'correct horse' } });
  assert.equal(login.statusCode, 200, login.body);
  const token = login.json().token as string;
  assert.equal((await app.inject({ url: '/api/me', headers: bearer(token) })).json().role, 'analyst');

  const listed = await app.inject({ url: '/api/users', headers: bearer(root) });
  assert.deepEqual(listed.json().map((u: { name: string }) => u.name), ['ana', 'root']);
  const revoked = await app.inject({ method: 'DELETE', url: '/api/users/ana/tokens', headers: bearer(root) });
  assert.equal(revoked.json().revoked, 1);
  assert.equal((await app.inject({ url: '/api/me', headers: bearer(token) })).statusCode, 401);
  await app.close();
  await store.close();
});
