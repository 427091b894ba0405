// Store contract: aggregates (and counts) give the same rows whichever way a store answers them. A store may
// keep rollups for the common filters (date window, country, admin1, type, sub-type); adding a
// filter that matches every event (fatalities >= 0) takes the path over the event rows, so the
// two answers are compared, before and after review changes that move or hide events.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SitrepEvent } from '../../src/core/types.ts';
import type { AggregateBy, EventQuery, Store } from '../../src/store/store.ts';
import { seeded, type MakeStore } from './contract-helpers.ts';

const BY: AggregateBy[] = ['day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1', 'actor', 'actor_pair'];
const QUERIES: EventQuery[] = [
  {},
  { country: 'LBY' },
  { country: 'mali' },
  { from: '2020-05-02', to: '2020-05-08' },
  { from: '2020-05-08' },
  { event_type: 'Battles' },
  { sub_event_type: 'Air/drone strike' },
  { admin1: 'MOPTI' },
  { country: 'LBY', event_type: 'Battles', to: '2020-05-05' },
  { country: 'LBY', limit: 1 },
  // Windows off week and month edges (a store may read whole units from a coarse rollup and
  // the edge days from the events).
  { from: '2020-04-29', to: '2020-05-20' },
  { to: '2020-05-06', country: 'mali' },
  { from: '2020-04-15', admin1: 'MOPTI' },
  { from: '2020-03-11', to: '2020-06-09', event_type: 'Battles' },
];

export function aggregatesContract(name: string, make: MakeStore): void {
  describe(`${name} store: aggregates with and without rollups`, () => {
    let store: Store;
    let events: SitrepEvent[];
    before(async () => ({ store, events } = await seeded(make)));
    after(async () => store.close());
    const at = (loc: string) => events.find((e) => e.location === loc)!;

    async function sameBothWays(): Promise<void> {
      for (const q of QUERIES) {
        assert.equal(await store.countEvents(q), await store.countEvents({ ...q, fatalities_min: 0 }), `count ${JSON.stringify(q)}`);
        for (const by of BY) {
          const direct = await store.aggregate({ ...q, fatalities_min: 0 }, by);
          assert.deepEqual(await store.aggregate(q, by), direct, `${by} ${JSON.stringify(q)}`);
        }
      }
    }

    test('the same rows on the stored events', async () => {
      await sameBothWays();
      assert.deepEqual(await store.aggregate({ country: 'LBY' }, 'actor_pair'), [
        { key: 'Government of National Accord | Military Forces of Libya', events: 1, fatalities: 12 },
        { key: 'Military Forces of Libya | Wagner Group', events: 1, fatalities: 2 },
      ]);
    });

    test('an edit moves the event between buckets', async () => {
      await store.updateEvent(at('Sirte').id, { fields: { fatalities: 14, event_type: 'Violence against civilians', actor2: '' } }, { action: 'edit', actor: 'ana' });
      await sameBothWays();
      const types = await store.aggregate({ country: 'LBY' }, 'event_type');
      assert.deepEqual(types.find((r) => r.key === 'Violence against civilians'), { key: 'Violence against civilians', events: 1, fatalities: 14 });
      assert.deepEqual(await store.aggregate({ country: 'LBY' }, 'actor_pair'), [{ key: 'Military Forces of Libya | Wagner Group', events: 1, fatalities: 2 }]);
    });

    test('rejected and merged events leave the aggregates; split ones come back', async () => {
      await store.updateEvent(at('Bamako').id, { status: 'rejected' }, { action: 'reject', actor: 'ana' });
      assert.deepEqual(await store.aggregate({}, 'admin1').then((rows) => rows.some((r) => r.key === 'Bamako')), false);
      await sameBothWays();
      const gone = at('Tarhuna');
      await store.moveReports(gone.report_ids, at('Misrata').id, { action: 'merge', actor: 'ana' });
      assert.deepEqual(await store.aggregate({ country: 'LBY' }, 'day'), [
        { key: '2020-05-01', events: 1, fatalities: 2 },
        { key: '2020-05-09', events: 1, fatalities: 14 },
      ]);
      await sameBothWays();
      await store.moveReports(gone.report_ids, null, { action: 'split', actor: 'ana' });
      assert.equal((await store.aggregate({ country: 'LBY' }, 'day')).length, 3);
      await sameBothWays();
      // Hidden events are still counted when asked for, from the events themselves.
      const all = await store.aggregate({ include_hidden: true }, 'country');
      // Six stored, the split one new: seven rows, two of them hidden.
      assert.equal(all.reduce((n, r) => n + r.events, 0), 7);
    });
  });
}
