// Store contract: every placement decision of the merge step (place.ts) is kept with the report
// it placed: the best candidate scored (or none), its score, parts and rule,
// for reports that became new events as much as for attaches and proposals.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Report } from '../../src/core/types.ts';
import { placeReports } from '../../src/merge/place.ts';
import type { Store } from '../../src/store/store.ts';
import type { MakeStore } from './contract-helpers.ts';
import { doc, report } from './fixtures.ts';

export function placementContract(name: string, make: MakeStore): void {
  describe(`${name} store: placement decisions are recorded`, () => {
    let store: Store;
    before(async () => (store = await make()));
    after(async () => store.close());

    /** Places one report through the merge step, saves it, and returns its event and the stored record. */
    async function place(text: string, over: Partial<Report> = {}) {
      const r = report(text, { event_date: '2021-03-04', ...over });
      const placements = await placeReports(store, [r]);
      const res = await store.saveIngest(doc(text), [r], placements);
      const event = res.events[0]!;
      const stored = (await store.getReports(event.id)).find((x) => x.document_id === res.document.id)!;
      assert.deepEqual(stored.placement, placements[0]!.why, 'the store keeps the decision the merge step made');
      return { event, placement: stored.placement!, audit: await store.auditLog(event.id) };
    }

    let first = '';

    test('a report with no candidate at all is recorded as such', async () => {
      const { event, placement } = await place('Clashes near the old biscuit factory in Misrata killed two fighters.');
      first = event.id;
      assert.deepEqual(placement, { kind: 'new', candidate: null, score: null, parts: null, rule: 'merge/v1 no candidate', candidates: 0 });
    });

    test('a new event records the candidate it was kept apart from and the veto', async () => {
      const { event, placement } = await place('Clashes near the biscuit factory left two fighters dead.', { iso3: 'TUN', country: 'Tunisia' });
      assert.notEqual(event.id, first);
      assert.equal(placement.kind, 'new');
      assert.equal(placement.candidate, first);
      assert.equal(placement.score, 0);
      assert.equal(placement.rule, 'merge/v1 veto:country');
      assert.equal(placement.candidates, 1);
    });

    test('an attach records its candidate, score and parts', async () => {
      const { event, placement, audit } = await place('Two fighters were killed in clashes near the biscuit factory of Misrata.');
      assert.equal(event.id, first);
      assert.equal(placement.kind, 'attach');
      assert.equal(placement.candidate, first);
      assert.ok(placement.score! >= 0.8, `score ${placement.score}`);
      assert.equal(placement.parts!.date, 1);
      assert.equal(placement.parts!.place, 1);
      assert.match(placement.rule, /^merge\/v1 date=1 place=1 /);
      assert.ok(audit.some((a) => a.action === 'attach' && (a.after as { score: number }).score === placement.score));
    });

    test('a capped pair is proposed, the cap in its rule; a weak one stays apart with its score', async () => {
      const capped = await place('Shelling hit a hospital ward; nurses evacuated patients overnight.');
      assert.equal(capped.placement.kind, 'propose');
      assert.match(capped.placement.rule, /apart:text/);
      assert.ok(capped.placement.score! < 0.8 && capped.placement.score! >= 0.55);
      const weak = await place('Protesters blocked a road demanding salaries.', {
        event_date: '2021-03-05',
        event_type: 'Protests',
        sub_event_type: 'Peaceful protest',
        fatalities: 0,
        fatalities_min: 0,
        fatalities_max: 0,
        actor1: 'Protesters (Libya)',
        actor2: '',
        inter1: 6,
        inter2: 0,
      });
      assert.equal(weak.placement.kind, 'new');
      assert.ok(weak.placement.candidate);
      assert.ok(weak.placement.score! > 0 && weak.placement.score! < 0.55, `score ${weak.placement.score}`);
      assert.equal(typeof weak.placement.parts!.toll, 'number');
    });

    test('a dataset row kept off an event that already holds a row of its dataset says so', async () => {
      // Away from the events above: Sirte holds only what this test stores.
      const sirte = { location: 'Sirte', admin1: 'Sirte', admin2: 'Sirte', latitude: 31.2, longitude: 16.59 };
      await place('Clashes at the Sirte port gate killed two fighters.', sirte);
      const rules = ['dataset:acled'];
      const a = await place('ACLED row: clashes at the port gate in Sirte, two fighters killed.', { ...sirte, rules });
      assert.equal(a.placement.kind, 'attach');
      const b = await place('ACLED row again: Sirte port gate clashes, two fighters killed.', { ...sirte, rules });
      assert.equal(b.placement.kind, 'new');
      assert.equal(b.placement.candidate, a.event.id);
      assert.match(b.placement.rule, / held:acled$/);
    });

    test('a report saved without a merge search records no decision', async () => {
      const text = 'A report stored without placement.';
      const res = await store.saveIngest(doc(text), [report(text)]);
      assert.equal((await store.getReports(res.events[0]!.id))[0]!.placement, undefined);
    });
  });
}
