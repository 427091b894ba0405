// Roles over the whole API, not route by route: every mutating endpoint the OpenAPI document
// lists refuses a viewer (403) and leaves the store as it was; user management refuses an
// analyst too. A route added later without a role check fails here without a test of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../../src/api/app.ts';
import { addUser, issueToken, userForToken } from '../../src/auth/users.ts';
import { openStore } from '../../src/store/index.ts';
import { strikeEvent } from './strike.ts';

const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
/** Signing in is for everyone: it changes nothing but issues the caller's own token. */
const OPEN = new Set(['POST /api/login']);

test('a viewer is refused by every mutating endpoint (nothing changes); an analyst by user management', async () => {
  const store = await openStore(':memory:');
  const app = await buildApp({ store, web: false });
  const a = await strikeEvent(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7);
  const b = await strikeEvent(store, 'Invented radio: Qasr Town market toll rises to 10.', 10, { kind: 'propose', event_id: a, score: 0.6, rule: 'test grey zone' });
  const [proposal] = (await store.listProposals({ event_id: b })).items;
  await addUser(store, 'adam', 'admin');
  await addUser(store, 'vera', 'viewer');
  await addUser(store, 'ana', 'analyst');
  const [viewer, analyst] = [await issueToken(store, 'vera'), await issueToken(store, 'ana')];

  const spec = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  const routes = Object.entries(spec.paths).flatMap(([path, methods]) => Object.keys(methods).filter((m) => m !== 'get').map((m) => [m.toUpperCase(), path] as const));
  const mutating = routes.filter(([m, p]) => !OPEN.has(`${m} ${p}`));
  assert.ok(mutating.length >= 15, `${mutating.length} mutating routes listed`);
  const url = (path: string) => path.replace('/events/{id}', `/events/${a}`).replace('/proposals/{id}', `/proposals/${proposal!.id}`).replace('{name}', 'ana');
  // Bodies an analyst could send successfully: the refusal must be about the role, not the request.
  const bodies: Record<string, object> = { edit: { fields: { fatalities: 9 } }, reject: { reason: 'test' }, grade: { grade: 'weak' }, merge: { source: b }, split: { report_ids: ['x'] } };
  const state = async () => JSON.stringify([await store.getEvent(a), await store.getEvent(b), await store.auditLog(a), (await store.listProposals({})).items, (await store.users!.list()).map((u) => [u.name, u.role])]);

  const before = await state();
  for (const [method, path] of mutating) {
    const payload = bodies[path.split('/').at(-1)!] ?? (path === '/api/ingest' ? { text: 'Invented: a clash in Qasr Town.' } : path === '/api/users' ? { name: 'eve', role: 'admin' } : {});
    const res = await app.inject({ method: method as 'POST', url: url(path), headers: bearer(viewer), payload });
    assert.equal(res.statusCode, 403, `${method} ${path} as a viewer: ${res.statusCode} ${res.body}`);
    if (path.startsWith('/api/users')) {
      const asAnalyst = await app.inject({ method: method as 'POST', url: url(path), headers: bearer(analyst), payload });
      assert.equal(asAnalyst.statusCode, 403, `${method} ${path} as an analyst: ${asAnalyst.statusCode}`);
    }
  }
  assert.equal(await state(), before, 'no refused request changed anything');
  assert.equal((await userForToken(store, viewer))?.name, 'vera', "the viewer's token was not revoked");
  // The same endpoints do work for an analyst (so 403 above was the role, not a broken route).
  const ok = await app.inject({ method: 'POST', url: `/api/events/${a}/edit`, headers: bearer(analyst), payload: bodies.edit });
  assert.equal(ok.statusCode, 200, ok.body);
  await app.close();
  await store.close();
});
