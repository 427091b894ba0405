// The behaviour every Store must have. Registered by test/store/sqlite.test.ts and by the
// PostgreSQL test (H7) with their own `make`, which returns a fresh, empty, migrated store.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SitrepEvent } from '../../src/core/types.ts';
import type { EventQuery, Store } from '../../src/store/store.ts';
import { corpus, doc, report } from './fixtures.ts';

async function seeded(make: () => Promise<Store>): Promise<{ store: Store; events: SitrepEvent[] }> {
  const store = await make();
  const events: SitrepEvent[] = [];
  for (const item of corpus()) events.push(...(await store.saveIngest(item.doc, item.reports)).events);
  return { store, events };
}

async function all(store: Store, q: EventQuery): Promise<SitrepEvent[]> {
  const out: SitrepEvent[] = [];
  for await (const e of store.streamEvents(q)) out.push(e);
  return out;
}

const locations = (evs: SitrepEvent[]) => evs.map((e) => e.location).sort();

export function storeContract(name: string, make: () => Promise<Store>): void {
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

  describe(`${name} store: queries`, () => {
    let store: Store;
    let events: SitrepEvent[];
    before(async () => ({ store, events } = await seeded(make)));
    after(async () => store.close());

    const cases: Array<[string, EventQuery, string[]]> = [
      ['no filter', {}, ['Bamako', 'Donetsk', 'Misrata', 'Mopti', 'Sirte', 'Tarhuna']],
      ['date range overlaps month-precision windows', { from: '2020-05-02', to: '2020-05-08' }, ['Donetsk', 'Mopti', 'Tarhuna']],
      ['from only', { from: '2020-05-08' }, ['Mopti', 'Sirte']],
      ['country by ISO3', { country: 'MLI' }, ['Bamako', 'Mopti']],
      ['country by name, any case', { country: 'libya' }, ['Misrata', 'Sirte', 'Tarhuna']],
      ['admin1', { admin1: 'murqub' }, ['Tarhuna']],
      ['event type', { event_type: 'Explosions/Remote violence' }, ['Donetsk', 'Tarhuna']],
      ['sub-event type', { sub_event_type: 'Peaceful protest' }, ['Bamako']],
      ['actor substring, case-insensitive', { actor: 'wagner' }, ['Misrata']],
      ['associated actor', { actor: 'donetsk people' }, ['Donetsk']],
      ['fatalities range', { fatalities_min: 3, fatalities_max: 5 }, ['Donetsk', 'Tarhuna']],
      ['bbox', { bbox: [13, 31, 17, 33] }, ['Misrata', 'Sirte', 'Tarhuna']],
      ['bbox across the antimeridian', { bbox: [170, -90, 10, 90] }, ['Bamako', 'Mopti']],
      ['free text over notes', { text: 'farm' }, ['Tarhuna']],
      ['free text over actors', { text: 'Unidentified Armed' }, ['Mopti']],
      ['free text with FTS syntax is safe', { text: '"teacher -( *:' }, ['Mopti']],
      ['combined', { country: 'LBY', from: '2020-05-02', fatalities_min: 1 }, ['Sirte', 'Tarhuna']],
    ];
    for (const [label, q, expected] of cases) {
      test(`filter: ${label}`, async () => {
        assert.deepEqual(locations((await store.listEvents(q)).items), expected);
        assert.equal(await store.countEvents(q), expected.length);
        assert.deepEqual(locations(await all(store, q)), expected);
      });
    }

    test('document_id filter', async () => {
      const ev = events.find((e) => e.location === 'Sirte')!;
      assert.deepEqual(locations((await store.listEvents({ document_id: ev.document_ids[0] })).items), ['Sirte']);
    });

    for (const sort of ['date', '-date', 'fatalities', '-fatalities'] as const) {
      test(`keyset pagination, sort ${sort}`, async () => {
        const seen: SitrepEvent[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<Store['listEvents']>> = await store.listEvents({ sort, limit: 4, cursor });
          assert.ok(page.items.length <= 4);
          seen.push(...page.items);
          cursor = page.next_cursor;
        } while (cursor);
        assert.equal(new Set(seen.map((e) => e.id)).size, 6);
        const key = sort.replace('-', '') === 'date' ? 'event_date' : 'fatalities';
        const values = seen.map((e) => (e as any)[key]);
        const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        assert.deepEqual(values, sort.startsWith('-') ? sorted.reverse() : sorted);
        assert.deepEqual((await all(store, { sort })).map((e) => e.id), seen.map((e) => e.id));
      });
    }

    test('a malformed cursor is rejected', async () => {
      await assert.rejects(store.listEvents({ cursor: 'not-a-cursor' }));
    });

    test('aggregate by date buckets', async () => {
      assert.deepEqual(await store.aggregate({ country: 'LBY' }, 'day'), [
        { key: '2020-05-01', events: 1, fatalities: 2 },
        { key: '2020-05-03', events: 1, fatalities: 5 },
        { key: '2020-05-09', events: 1, fatalities: 12 },
      ]);
      // ISO weeks start on Monday: 2020-04-27 and 2020-05-04 are Mondays.
      assert.deepEqual(await store.aggregate({}, 'week'), [
        { key: '2020-04-27', events: 4, fatalities: 7 },
        { key: '2020-05-04', events: 2, fatalities: 15 },
      ]);
      assert.deepEqual(await store.aggregate({}, 'month'), [
        { key: '2020-04-01', events: 1, fatalities: 0 },
        { key: '2020-05-01', events: 5, fatalities: 22 },
      ]);
    });

    test('aggregate by type, country, admin1, actor and actor pair', async () => {
      assert.deepEqual((await store.aggregate({}, 'event_type'))[0], { key: 'Battles', events: 2, fatalities: 14 });
      assert.equal((await store.aggregate({}, 'sub_event_type')).length, 5);
      assert.deepEqual(await store.aggregate({}, 'country'), [
        { key: 'Libya', events: 3, fatalities: 19 },
        { key: 'Mali', events: 2, fatalities: 0 },
        { key: 'Ukraine', events: 1, fatalities: 3 },
      ]);
      assert.deepEqual((await store.aggregate({ country: 'MLI' }, 'admin1')).map((r) => r.key), ['Bamako', 'Mopti']);
      const actors = await store.aggregate({}, 'actor');
      assert.deepEqual(actors[0], { key: 'Military Forces of Libya', events: 3, fatalities: 19 });
      assert.ok(!actors.some((a) => a.key.startsWith('DPR')), 'associated actors are not top actors');
      const pairs = await store.aggregate({}, 'actor_pair');
      assert.ok(pairs.some((p) => p.key === 'Government of National Accord | Military Forces of Libya'));
      assert.ok(!pairs.some((p) => p.key.includes('Protesters')), 'events without actor2 form no pair');
    });

    test('findCandidates: date window overlap and bbox', async () => {
      const near = await store.findCandidates({ from: '2020-05-02', to: '2020-05-04' });
      assert.deepEqual(locations(near), ['Mopti', 'Tarhuna']);
      const boxed = await store.findCandidates({ from: '2020-04-01', to: '2020-06-01', bbox: [13, 31, 17, 33] });
      assert.deepEqual(locations(boxed), ['Misrata', 'Sirte', 'Tarhuna']);
      assert.deepEqual(locations(await store.findCandidates({ from: '2020-04-01', to: '2020-06-01', country: 'UKR' })), ['Donetsk']);
    });
  });

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
