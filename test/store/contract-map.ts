// Store contract: map points (the dashboard map's markers) carry the event's own values, follow
// every filter, leave out events without coordinates and come largest toll first.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SitrepEvent } from '../../src/core/types.ts';
import type { Store } from '../../src/store/store.ts';
import { seeded, type MakeStore } from './contract-helpers.ts';
import { doc, report } from './fixtures.ts';

export function mapContract(name: string, make: MakeStore): void {
  describe(`${name} store: map points`, () => {
    let store: Store;
    let events: SitrepEvent[];
    before(async () => {
      ({ store, events } = await seeded(make));
      const text = 'Clashes somewhere in the desert killed nine.';
      await store.saveIngest(doc(text), [report(text, { location: 'Desert', latitude: null, longitude: null, fatalities: 9, fatalities_min: 9, fatalities_max: 9 })]);
    });
    after(async () => store.close());

    test('every located event, largest toll first, with its own values', async () => {
      const points = await store.mapPoints({}, 100);
      assert.deepEqual(points.map((p) => p.location).slice(0, 3), ['Sirte', 'Tarhuna', 'Donetsk']);
      assert.deepEqual(points.map((p) => p.location).sort(), ['Bamako', 'Donetsk', 'Misrata', 'Mopti', 'Sirte', 'Tarhuna']);
      for (const p of points) {
        const e = events.find((x) => x.id === p.id)!;
        assert.deepEqual(p, { id: e.id, latitude: e.latitude, longitude: e.longitude, event_type: e.event_type, fatalities: e.fatalities, event_date: e.event_date, location: e.location });
      }
    });

    test('a limit keeps the head of the full order (ties by newest stored, events without coordinates skipped)', async () => {
      const full = await store.mapPoints({}, 100);
      for (let k = 1; k <= full.length + 1; k++) assert.deepEqual(await store.mapPoints({}, k), full.slice(0, k), `limit ${k}`);
      assert.deepEqual((await store.mapPoints({}, 5)).map((p) => p.location), ['Sirte', 'Tarhuna', 'Donetsk', 'Misrata', 'Mopti']);
      assert.deepEqual(await store.mapPoints({}, 0), []);
    });

    test('filters and the limit apply', async () => {
      assert.deepEqual((await store.mapPoints({ country: 'MLI' }, 100)).map((p) => p.location).sort(), ['Bamako', 'Mopti']);
      assert.deepEqual((await store.mapPoints({ bbox: [13, 31, 17, 33], fatalities_min: 3 }, 100)).map((p) => p.location), ['Sirte', 'Tarhuna']);
      assert.deepEqual((await store.mapPoints({}, 2)).map((p) => p.location), ['Sirte', 'Tarhuna']);
      await store.updateEvent(events.find((e) => e.location === 'Sirte')!.id, { status: 'rejected' }, { action: 'reject', actor: 'ana' });
      assert.deepEqual((await store.mapPoints({}, 1)).map((p) => p.location), ['Tarhuna']);
    });
  });
}
