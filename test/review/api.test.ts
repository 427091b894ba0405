// Review through the real app (H5's buildApp with the auth plugin and review routes): the
// merge, split, undo and log endpoints, and their bad requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Report } from '../../src/core/types.ts';
import { buildApp } from '../../src/api/app.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';

async function event(store: Store, text: string, fatalities: number): Promise<string> {
  const content_hash = createHash('sha256').update(text).digest('hex');
  const document_id = 'doc_' + content_hash.slice(0, 16);
  const r: Report = {
    id: `${document_id}:r0`, document_id, event_date: '2021-03-03', time_precision: 1, event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike', actor1: 'Unidentified Military Forces', assoc_actor_1: '', inter1: 8, actor2: 'Civilians (Libya)',
    assoc_actor_2: '', inter2: 7, interaction: 78, civilian_targeting: 'Civilian targeting', iso3: 'LBY', country: 'Libya', admin1: 'Qasr Region',
    admin2: '', location: 'Qasr Town', latitude: 30.5, longitude: 17.25, geo_precision: 1, fatalities, fatalities_min: fatalities,
    fatalities_max: fatalities, injuries: null, displaced: null, notes: text, source: text.slice(0, 10), confidence: { overall: 0.7 }, evidence: [],
  };
  return (await store.saveIngest({ kind: 'text', text, content_hash, source: text.slice(0, 10) }, [r])).events[0]!.id;
}

test('merge, split, undo and the audit log over HTTP; bad requests get 400/404/409', async () => {
  const store = await openStore(':memory:');
  const app = await buildApp({ store, web: false });
  const a = await event(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7);
  const b = await event(store, 'Invented radio: Qasr Town market toll rises to 10.', 10);
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
