// Where an analyst sees why a report was placed: GET /api/events/{id} (reports[].placement) and
// `sitrep show` (its Placement section; --json: reports[].placement), for a report
// that became a new event beside a vetoed candidate (the contract tests cover attach and propose).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApp } from '../../src/api/app.ts';
import type { Report } from '../../src/core/types.ts';
import { renderEvent } from '../../src/cli/render-event.ts';
import { placeReports } from '../../src/merge/place.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { doc, report } from '../store/fixtures.ts';

let store: Store;
before(async () => (store = await openStore(':memory:')));
after(async () => store.close());

async function place(text: string, over: Partial<Report> = {}): Promise<string> {
  const r = report(text, over);
  return (await store.saveIngest(doc(text), [r], await placeReports(store, [r]))).events[0]!.id;
}

test('a new event shows the candidate it was kept apart from, in the API and in show', async () => {
  const libya = await place('Clashes at the Misrata checkpoint killed two fighters.');
  const other = await place('Clashes at the checkpoint killed two fighters, a second source said.', { iso3: 'TUN', country: 'Tunisia' });
  const app = await buildApp({ store, web: false });
  try {
    const detail = (await app.inject(`/api/events/${other}`)).json();
    assert.deepEqual(detail.reports[0].placement, { kind: 'new', candidate: libya, score: 0, parts: Object.fromEntries(['date', 'place', 'type', 'actors', 'toll', 'text'].map((k) => [k, null])), rule: 'merge/v1 veto:country', candidates: 1 });
    const first = (await app.inject(`/api/events/${libya}`)).json();
    assert.equal(first.reports[0].placement.rule, 'merge/v1 no candidate');
  } finally {
    await app.close();
  }
  const event = (await store.getEvent(other))!;
  const shown = renderEvent({ event, documents: new Map(), audit: [], color: false, reports: await store.getReports(other) });
  assert.match(shown, new RegExp(`Placement \\(merge step\\):\\n  \\S+  new +best candidate ${libya} score 0 of 1 scored  merge/v1 veto:country`));
});
