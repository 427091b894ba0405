// Review through the real app (H5's buildApp with the auth plugin and review routes): the
// merge, split, undo and log endpoints, and their bad requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp } from '../../src/api/app.ts';
import { strikeEvent } from './strike.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';


test('merge, split, undo and the audit log over HTTP; bad requests get 400/404/409', async () => {
  const store = await openStore(':memory:');
  const app = await buildApp({ store, web: false });
  const a = await strikeEvent(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7, undefined, 10);
  const b = await strikeEvent(store, 'Invented radio: Qasr Town market toll rises to 10.', 10, undefined, 10);
  const post = (url: string, payload?: object) => (payload === undefined ? app.inject({ method: 'POST', url }) : app.inject({ method: 'POST', url, payload }));

  const merged = await post(`/api/events/${a}/merge`, { source: b, reason: 'same strike' });
  assert.equal(merged.statusCode, 200, merged.body);
  assert.deepEqual([merged.json().fatalities_min, merged.json().fatalities_max], [7, 10]);
  assert.ok(merged.json().disagreements.fatalities);
  assert.equal((await post(`/api/events/${a}/merge`, { source: b })).statusCode, 409, 'already merged');
  assert.equal((await post(`/api/events/${a}/merge`, { source: a })).statusCode, 400);
  assert.equal((await post(`/api/events/evt_missing/confirm`, {})).statusCode, 404);
  assert.equal((await post(`/api/events/${a}/edit`, { fields: { fatalities: 'many' } })).statusCode, 400);
  assert.equal((await post(`/api/events/${a}/reject`, {})).statusCode, 400, 'a rejection needs a reason');

  const split = await post(`/api/events/${a}/split`, { report_ids: [merged.json().report_ids[1]] });
  assert.equal(split.statusCode, 200, split.body);
  assert.notEqual(split.json().id, a);

  const undone = await post(`/api/events/${split.json().id}/undo`);
  assert.equal(undone.statusCode, 200, undone.body);
  assert.equal((await store.getEvent(a))!.report_ids.length, 2);

  const log = await app.inject({ url: `/api/events/${a}/audit` });
  assert.deepEqual(log.json().map((e: { action: string }) => e.action), ['create', 'merge', 'split', 'undo']);
  assert.equal((await app.inject({ url: '/api/events/evt_missing/audit' })).statusCode, 404);
  await app.close();
  await store.close();
});
