// Helpers shared by the store contract suites.

import type { SitrepEvent } from '../../src/core/types.ts';
import type { EventQuery, Store } from '../../src/store/store.ts';
import { corpus } from './fixtures.ts';

export type MakeStore = () => Promise<Store>;

/** A fresh store holding the six fixture events. */
export async function seeded(make: MakeStore): Promise<{ store: Store; events: SitrepEvent[] }> {
  const store = await make();
  const events: SitrepEvent[] = [];
  for (const item of corpus()) events.push(...(await store.saveIngest(item.doc, item.reports)).events);
  return { store, events };
}

export async function all(store: Store, q: EventQuery): Promise<SitrepEvent[]> {
  const out: SitrepEvent[] = [];
  for await (const e of store.streamEvents(q)) out.push(e);
  return out;
}

export const locations = (evs: SitrepEvent[]) => evs.map((e) => e.location).sort();
