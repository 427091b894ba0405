// Store contract: every filter, keyset pagination, streaming, aggregates, merge candidates.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SitrepEvent } from '../../src/core/types.ts';
import type { EventQuery, Store } from '../../src/store/store.ts';
import { all, locations, seeded, type MakeStore } from './contract-helpers.ts';

export function queriesContract(name: string, make: MakeStore): void {
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
      // Misrata sits at 15.09 E: an edge 1e-7 short of it is within a float4 box's rounding, and must still leave it out.
      ['bbox edge is exact', { bbox: [13, 31, 15.0899999, 33] }, ['Tarhuna']],
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

    test('findCandidates: box and window bound together', async () => {
      const libya: [number, number, number, number] = [13, 31, 17, 33];
      // Three Libyan events share the box; a window only Sirte's day falls in finds Sirte alone.
      assert.deepEqual(locations(await store.findCandidates({ from: '2020-05-09', to: '2020-05-10', bbox: libya })), ['Sirte']);
      assert.deepEqual(locations(await store.findCandidates({ from: '2021-05-01', to: '2021-05-09', bbox: libya })), []);
      // Mopti's window is all of May: days inside it find it, days after it do not.
      assert.deepEqual(locations(await store.findCandidates({ from: '2020-05-20', to: '2020-05-21', bbox: [-5, 14, -4, 15] })), ['Mopti']);
      assert.deepEqual(locations(await store.findCandidates({ from: '2020-06-02', to: '2020-06-03', bbox: [-5, 14, -4, 15] })), []);
      const across = await store.findCandidates({ from: '2020-04-20', to: '2020-05-02', bbox: [170, -90, 10, 90] });
      assert.deepEqual(locations(across), ['Bamako', 'Mopti']);
    });
  });

}
