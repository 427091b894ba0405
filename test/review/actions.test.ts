import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../../src/core/types.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { confirm, edit, grade, merge, reject, split, ReviewError } from '../../src/review/actions.ts';
import { undo } from '../../src/review/undo.ts';
import { createHash } from 'node:crypto';

/** A report about an invented incident, in our own words. */
function report(n: number, over: Partial<Report> = {}): { doc: any; report: Report } {
  const text = `Invented dispatch ${n}: a shell struck a market in a test town, killing ${over.fatalities ?? 3}.`;
  const content_hash = createHash('sha256').update(text).digest('hex');
  const document_id = 'doc_' + content_hash.slice(0, 16);
  const r: Report = {
    id: `${document_id}:r0`, document_id, event_date: '2019-10-02', time_precision: 1,
    event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
    actor1: 'Military Forces of Libya (2014-) Haftar Faction', assoc_actor_1: '', inter1: 1,
    actor2: 'Civilians (Libya)', assoc_actor_2: '', inter2: 7, interaction: 17, civilian_targeting: 'Civilian targeting',
    iso3: 'LBY', country: 'Libya', admin1: 'Tripoli', admin2: '', location: 'Abu Salim', latitude: 32.85, longitude: 13.18,
    geo_precision: 1, fatalities: 3, fatalities_min: 3, fatalities_max: 3, injuries: null, displaced: null,
    notes: text, source: `Test Source ${n}`, confidence: { overall: 0.8 },
    evidence: [{ field: 'fatalities', document_id, start: 0, end: 10, text: text.slice(0, 10) }], ...over,
  };
  return { doc: { kind: 'text', text, content_hash, source: `Test Source ${n}` }, report: r };
}

async function eventOf(store: Store, n: number, over: Partial<Report> = {}) {
  const { doc, report: r } = report(n, over);
  return (await store.saveIngest(doc, [r])).events[0]!;
}

test('confirm, edit (extracted value kept), grade, reject, each audited, and undone in reverse', async () => {
  const store = await openStore(':memory:');
  const ev = await eventOf(store, 1);
  assert.equal((await confirm(store, ev.id, 'ana')).status, 'confirmed');
  const edited = await edit(store, ev.id, { fatalities: 4, location: 'Abu Salim district' }, 'ana', 'hospital list');
  assert.equal(edited.fatalities, 4);
  assert.equal(edited.overrides?.fatalities?.extracted, 3);
  assert.equal(edited.overrides?.fatalities?.by, 'ana');
  assert.ok(edited.evidence.some((e) => e.field === 'fatalities'), 'extracted evidence stays');
  assert.equal((await grade(store, ev.id, 'fair', 'ana')).grade, 'fair');
  await assert.rejects(reject(store, ev.id, 'ana', ' '), ReviewError);
  assert.equal((await reject(store, ev.id, 'ana', 'duplicate of a wire story')).status, 'rejected');
  const log = await store.auditLog(ev.id);
  assert.deepEqual(log.map((e) => e.action), ['create', 'confirm', 'edit', 'grade', 'reject']);
  assert.equal(log.at(-1)!.reason, 'duplicate of a wire story');
  assert.equal(log.at(-1)!.actor, 'ana');

  assert.equal((await undo(store, ev.id, 'bo')).status, 'edited'); // reject undone
  assert.notEqual((await undo(store, ev.id, 'bo')).grade, 'fair'); // grade undone
  const unedited = await undo(store, ev.id, 'bo'); // edit undone
  assert.equal(unedited.fatalities, 3);
  assert.equal(unedited.location, 'Abu Salim');
  assert.equal(unedited.status, 'confirmed');
  assert.equal((await undo(store, ev.id, 'bo')).status, 'new'); // confirm undone
  await assert.rejects(undo(store, ev.id, 'bo'), /nothing to undo/);
  await store.close();
});

test('edit rejects unknown fields and bad values before touching the store', async () => {
  const store = await openStore(':memory:');
  const ev = await eventOf(store, 2);
  await assert.rejects(edit(store, ev.id, { fatalitiez: 3 }, 'ana'), ReviewError);
  await assert.rejects(edit(store, ev.id, { fatalities: -1 }, 'ana'), ReviewError);
  await assert.rejects(edit(store, ev.id, { event_date: '2024-02-30' }, 'ana'), /not a real day/);
  // A month that does not exist is a refusal too, not an exception from Date (it was 'Invalid time value').
  await assert.rejects(edit(store, ev.id, { event_date: '2024-13-01' }, 'ana'), (e: Error) => e instanceof ReviewError && /not a real day/.test(e.message));
  await assert.rejects(edit(store, ev.id, { event_type: 'Battles', sub_event_type: 'Grenade' }, 'ana'), /does not belong/);
  await assert.rejects(edit(store, 'evt_nope', { fatalities: 1 }, 'ana'), (e: ReviewError) => e.status === 404);
  assert.deepEqual((await store.auditLog(ev.id)).map((e) => e.action), ['create']);
  await store.close();
});

test('merge keeps both claims and flags the toll disagreement; split and undo restore', async () => {
  const store = await openStore(':memory:');
  const a = await eventOf(store, 3, { fatalities: 7, fatalities_min: 7, fatalities_max: 7 });
  const b = await eventOf(store, 4, { fatalities: 10, fatalities_min: 10, fatalities_max: 10 });
  const merged = await merge(store, a.id, b.id, 'ana', 'same strike');
  assert.equal(merged.report_ids.length, 2);
  assert.equal(merged.fatalities_min, 7);
  assert.equal(merged.fatalities_max, 10);
  assert.deepEqual(merged.disagreements?.fatalities?.map((c) => c.value).sort(), [10, 7]);
  assert.equal((await store.getEvent(b.id))!.status, 'merged');

  const back = await undo(store, b.id, 'bo');
  assert.equal(back.id, b.id);
  assert.equal(back.status, 'new');
  assert.equal((await store.getEvent(a.id))!.report_ids.length, 1);
  await assert.rejects(undo(store, a.id, 'bo'), /nothing to undo/, 'the twin entry on the target is undone too');

  const again = await merge(store, a.id, b.id, 'ana');
  const bReport = again.report_ids.find((r) => !a.report_ids.includes(r))!;
  const off = await split(store, a.id, [bReport], 'ana', 'two strikes after all');
  assert.deepEqual(off.report_ids, [bReport]);
  await assert.rejects(split(store, off.id, off.report_ids, 'ana'), /at least one report/);
  await undo(store, off.id, 'bo');
  assert.equal((await store.getEvent(a.id))!.report_ids.length, 2);
  assert.equal((await store.getEvent(off.id))!.status, 'merged');
  await store.close();
});

test('undo of an automatic merge (attach at ingest) splits the attached report off again', async () => {
  const store = await openStore(':memory:');
  const a = await eventOf(store, 5);
  const { doc, report: r } = report(6, { fatalities: 4, fatalities_min: 4, fatalities_max: 4 });
  const attached = (await store.saveIngest(doc, [r], [{ kind: 'attach', event_id: a.id, score: 0.9, rule: 'merge/v1 test' }])).events[0]!;
  assert.equal(attached.id, a.id);
  assert.equal(attached.report_ids.length, 2);
  const off = await undo(store, a.id, 'ana');
  assert.notEqual(off.id, a.id);
  assert.equal(off.report_ids.length, 1);
  assert.equal((await store.getEvent(a.id))!.report_ids.length, 1);
  assert.equal((await store.auditLog(a.id)).at(-1)!.reason, `undo #${(await store.auditLog(a.id)).find((e) => e.action === 'attach')!.id} (attach)`);
  await store.close();
});
