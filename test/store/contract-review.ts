// Store contract: updateEvent with audit, overrides, hidden events, moveReports merge and split.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SitrepEvent } from '../../src/core/types.ts';
import type { Store } from '../../src/store/store.ts';
import { seeded, type MakeStore } from './contract-helpers.ts';

export function reviewContract(name: string, make: MakeStore): void {
  describe(`${name} store: review`, () => {
    let store: Store;
    let events: SitrepEvent[];
    before(async () => ({ store, events } = await seeded(make)));
    after(async () => store.close());
    const at = (loc: string) => events.find((e) => e.location === loc)!;

    test('updateEvent edits a field, keeps the extracted value and audits', async () => {
      const ev = at('Sirte');
      const edited = await store.updateEvent(ev.id, { fields: { fatalities: 14 } }, { action: 'edit', actor: 'ana', reason: 'hospital count' });
      assert.equal(edited.fatalities, 14);
      assert.equal(edited.status, 'edited');
      assert.equal(edited.overrides!.fatalities.extracted, 12);
      assert.equal(edited.overrides!.fatalities.by, 'ana');
      const log = await store.auditLog(ev.id);
      const last = log.at(-1)!;
      assert.deepEqual([last.action, last.actor, last.reason], ['edit', 'ana', 'hospital count']);
      assert.equal((last.before as any).fatalities, 12);
      assert.equal((last.after as any).fatalities, 14);
      assert.equal((await store.getEvent(ev.id))!.fatalities, 14);
    });

    test('updateEvent sets grade and status; rejected events are hidden', async () => {
      const ev = at('Bamako');
      const graded = await store.updateEvent(ev.id, { grade: 'discounted' }, { action: 'grade', actor: 'ana' });
      assert.equal(graded.grade, 'discounted');
      await store.updateEvent(ev.id, { status: 'rejected' }, { action: 'reject', actor: 'ana', reason: 'satire' });
      assert.ok(!(await store.listEvents({})).items.some((e) => e.id === ev.id));
      assert.ok((await store.listEvents({ include_hidden: true })).items.some((e) => e.id === ev.id));
      assert.deepEqual((await store.listEvents({ status: 'rejected' })).items.map((e) => e.id), [ev.id]);
      assert.deepEqual((await store.auditLog(ev.id)).map((a) => a.action), ['create', 'grade', 'reject']);
    });

    test('updateEvent can set an optional ACLED field and refuses unknown ones', async () => {
      const ev = at('Donetsk');
      assert.equal((await store.updateEvent(ev.id, { fields: { tags: 'crowd size=no report' } }, { action: 'edit', actor: 'ana' })).tags, 'crowd size=no report');
      await assert.rejects(store.updateEvent(ev.id, { fields: { colour: 'red' } as never }, { action: 'edit', actor: 'ana' }));
    });

    test('updateEvent on an unknown event fails and writes no audit', async () => {
      await assert.rejects(store.updateEvent('evt_unknown', { status: 'confirmed' }, { action: 'confirm', actor: 'ana' }));
      assert.deepEqual(await store.auditLog('evt_unknown'), []);
    });

    test('moveReports merges one event into another, and splits it back out', async () => {
      const keep = at('Misrata');
      const gone = at('Tarhuna');
      const merged = await store.moveReports(gone.report_ids, keep.id, { action: 'merge', actor: 'ana' });
      assert.equal(merged.id, keep.id);
      assert.equal(merged.report_ids.length, 2);
      assert.deepEqual([merged.fatalities_min, merged.fatalities, merged.fatalities_max], [2, 2, 6]);
      assert.ok(merged.disagreements!.location);
      const old = (await store.getEvent(gone.id))!;
      assert.equal(old.status, 'merged');
      assert.equal(old.merged_into, keep.id);
      assert.ok(!(await store.listEvents({})).items.some((e) => e.id === gone.id));

      const split = await store.moveReports(gone.report_ids, null, { action: 'split', actor: 'ana' });
      assert.notEqual(split.id, keep.id);
      assert.equal(split.location, 'Tarhuna');
      assert.deepEqual(split.report_ids, gone.report_ids);
      const back = (await store.getEvent(keep.id))!;
      assert.deepEqual([back.report_ids.length, back.fatalities_max], [1, 2]);
      assert.deepEqual((await store.auditLog(keep.id)).map((a) => a.action), ['create', 'merge', 'split']);
    });

    test('moveReports with an unknown report fails without changes', async () => {
      const ev = at('Donetsk');
      await assert.rejects(store.moveReports(['nope', ...ev.report_ids], null, { action: 'split', actor: 'ana' }));
      assert.deepEqual((await store.getEvent(ev.id))!.report_ids, ev.report_ids);
    });
  });
}
