// Store contract: saving documents, idempotence, atomicity, attach/propose, documents.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import type { MakeStore } from './contract-helpers.ts';
import { doc, report } from './fixtures.ts';

export function ingestContract(name: string, make: MakeStore): void {
  describe(`${name} store: ingest`, () => {
    let store: Store;
    before(async () => (store = await make()));
    after(async () => store.close());

    test('migrate is idempotent', async () => {
      await store.migrate();
      await store.migrate();
    });

    test('saveIngest stores the document, its reports, evidence and one event per report', async () => {
      const text = 'Clashes in Misrata left two fighters dead. A drone hit Sirte.';
      const res = await store.saveIngest(doc(text), [report(text), report(text, { location: 'Sirte' })]);
      assert.equal(res.created, true);
      assert.match(res.document.id, /^doc_[0-9a-f]{16}$/);
      assert.equal(res.events.length, 2);
      const ev = res.events[0];
      assert.deepEqual(ev.document_ids, [res.document.id]);
      assert.equal(ev.status, 'new');
      assert.equal(ev.location, 'Misrata');
      const loc = ev.evidence.find((e) => e.field === 'location')!;
      assert.equal(loc.document_id, res.document.id);
      assert.equal(text.slice(loc.start, loc.end), 'Misrata');
      assert.equal((await store.getDocument(res.document.id))!.text, text);
      assert.equal((await store.findDocumentByHash(res.document.content_hash))!.id, res.document.id);
      const reps = await store.getReports(ev.id);
      assert.equal(reps.length, 1);
      assert.equal(reps[0].document_id, res.document.id);
      assert.equal(reps[0].evidence.length, 2);
      assert.deepEqual(await store.getEvent(ev.id), ev);
    });

    test('re-saving a known content hash writes nothing and returns the stored events', async () => {
      const text = 'Protesters marched in Tripoli on Friday.';
      const first = await store.saveIngest(doc(text), [report(text, { location: 'Tripoli' })]);
      const count = await store.countEvents({});
      const again = await store.saveIngest(doc(text), [report(text), report(text)]);
      assert.equal(again.created, false);
      assert.equal(again.document.id, first.document.id);
      assert.deepEqual(again.events.map((e) => e.id), first.events.map((e) => e.id));
      assert.equal(await store.countEvents({}), count);
    });

    test('a failing save leaves nothing behind', async () => {
      const text = 'A report attached to an event that does not exist.';
      const count = await store.countEvents({ include_hidden: true });
      await assert.rejects(
        store.saveIngest(doc(text), [report(text), report(text)], [{ kind: 'new' }, { kind: 'attach', event_id: 'evt_missing', score: 1, rule: 't' }]),
      );
      assert.equal(await store.findDocumentByHash(doc(text).content_hash), null);
      assert.equal(await store.countEvents({ include_hidden: true }), count);
    });

    test('saveIngestMany is one transaction', async () => {
      const a = 'Bulk item one: clashes in Zawiya.';
      const b = 'Bulk item two: attached to nothing.';
      await assert.rejects(
        store.saveIngestMany([
          { doc: doc(a), reports: [report(a)] },
          { doc: doc(b), reports: [report(b)], placements: [{ kind: 'attach', event_id: 'evt_nope', score: 1, rule: 't' }] },
        ]),
      );
      assert.equal(await store.findDocumentByHash(doc(a).content_hash), null);
      const ok = await store.saveIngestMany([{ doc: doc(a), reports: [report(a)] }, { doc: doc(b), reports: [] }]);
      assert.deepEqual(ok.map((r) => [r.created, r.events.length]), [[true, 1], [true, 0]]);
    });

    test('attach reconciles several reports: min/best/max, disagreements, grade', async () => {
      const a = 'Wire: an air strike in Gharyan killed 7.';
      const b = 'Local outlet: the Gharyan strike killed 10.';
      const c = 'Rights group: 8 died in the Gharyan strike.';
      const base = { location: 'Gharyan', fatalities: 7, fatalities_min: 7, fatalities_max: 7 };
      const first = (await store.saveIngest(doc(a, { source: 'Wire' }), [report(a, base)])).events[0];
      const attach = (event_id: string) => [{ kind: 'attach' as const, event_id, score: 0.9, rule: 'test' }];
      await store.saveIngest(doc(b, { source: 'Local' }), [report(b, { ...base, fatalities: 10, fatalities_min: 10, fatalities_max: 12 })], attach(first.id));
      const res = await store.saveIngest(doc(c, { source: 'Rights' }), [report(c, { ...base, fatalities: 8, fatalities_min: 8, fatalities_max: 8 })], attach(first.id));
      const ev = res.events[0];
      assert.equal(ev.id, first.id);
      assert.equal(ev.report_ids.length, 3);
      assert.equal(ev.document_ids.length, 3);
      assert.deepEqual([ev.fatalities_min, ev.fatalities, ev.fatalities_max], [7, 8, 12]);
      assert.deepEqual(ev.disagreements!.fatalities.map((c) => c.value), [7, 10, 8]);
      assert.equal(ev.grade, 'contested');
      assert.equal(ev.source, 'Wire; Local; Rights');
      assert.ok((await store.auditLog(ev.id)).some((a) => a.action === 'attach'));
    });

    test('propose creates a separate event', async () => {
      const a = 'First account of a clash in Gharyan yesterday.';
      const first = (await store.saveIngest(doc(a), [report(a)])).events[0];
      const b = 'Second, vaguer account of fighting in Gharyan.';
      const res = await store.saveIngest(doc(b), [report(b)], [{ kind: 'propose', event_id: first.id, score: 0.5, rule: 'grey' }]);
      assert.notEqual(res.events[0].id, first.id);
      assert.ok((await store.auditLog(res.events[0].id)).some((a) => a.action === 'propose'));
    });

    test('listDocuments pages newest first and searches text', async () => {
      const p1 = await store.listDocuments({ limit: 2 });
      assert.equal(p1.items.length, 2);
      assert.ok(p1.next_cursor);
      const p2 = await store.listDocuments({ limit: 2, cursor: p1.next_cursor });
      assert.equal(new Set([...p1.items, ...p2.items].map((d) => d.id)).size, 4);
      const found = await store.listDocuments({ text: 'protesters' });
      assert.deepEqual(found.items.map((d) => d.id), [(await store.findDocumentByHash(doc('Protesters marched in Tripoli on Friday.').content_hash))!.id]);
      assert.equal(found.items[0].events, 1);
    });
  });

}
