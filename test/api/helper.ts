// Test support for the API: a throwaway SQLite store filled with synthetic events plus two
// hand-written reports of one incident (two sources that disagree on the toll), and the app
// built on it. No port is opened: tests call app.inject().

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { fillStore } from '../../bench/synthetic.ts';
import type { Report } from '../../src/core/types.ts';
import { buildApp, type AppOptions } from '../../src/api/app.ts';
import { contentHash } from '../../src/ingest/hash.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';

export const SYNTHETIC = 400;

// Written for these tests; not taken from any article.
export const WIRE_TEXT =
  'Drone strike hits market in Qasr Town\n\nA drone struck the central market of Qasr Town on 3 March 2021, killing 7 civilians, officials said. <script>alert(1)</script> Residents fled north.';
export const LOCAL_TEXT =
  'Local radio: market attack toll rises\n\nThe toll from the drone attack on the Qasr Town market on 3 March 2021 rose to 10 dead, a hospital source told the station.';

function report(id: string, text: string, fatalities: number, source: string): Report {
  const span = (field: string, s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture: "${s}" not in text`);
    return { field, document_id: '', start, end: start + s.length, text: s };
  };
  return {
    id,
    document_id: '',
    event_date: '2021-03-03', time_precision: 1,
    event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
    actor1: 'Unidentified Military Forces', assoc_actor_1: '', inter1: 8,
    actor2: 'Civilians (Libya)', assoc_actor_2: '', inter2: 7, interaction: 78,
    civilian_targeting: 'Civilian targeting',
    iso3: 'LBY', country: 'Libya', admin1: 'Qasr Region', admin2: '', location: 'Qasr Town',
    latitude: 30.5, longitude: 17.25, geo_precision: 1,
    fatalities, fatalities_min: fatalities, fatalities_max: fatalities, injuries: null, displaced: null,
    notes: `Drone strike on a market in Qasr Town; ${fatalities} killed.`, source,
    confidence: { overall: 0.8, fatalities: 0.9, location: 0.85 },
    evidence: [span('event_date', '3 March 2021'), span('location', 'Qasr Town'), span('fatalities', String(fatalities))],
  };
}

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** Event made of the two hand-written reports. */
  incidentId: string;
  wireDocId: string;
  close(): Promise<void>;
}

/** Stores the two hand-written reports of one incident as one event (the second attached). */
export async function addIncident(store: Store): Promise<{ incidentId: string; wireDocId: string }> {
  const wire = { text: WIRE_TEXT, kind: 'text', title: 'Drone strike hits market', source: 'Test Wire', published: '2021-03-04' };
  const first = await store.saveIngest({ ...wire, content_hash: contentHash(wire) }, [report('wire-1', WIRE_TEXT, 7, 'Test Wire')]);
  const incidentId = first.events[0].id;
  const local = { text: LOCAL_TEXT, kind: 'text', title: 'Market attack toll rises', source: 'Test Radio', published: '2021-03-05' };
  await store.saveIngest({ ...local, content_hash: contentHash(local) }, [report('local-1', LOCAL_TEXT, 10, 'Test Radio')], [
    // With the decision record the merge step keeps (shown by the API, `show` and the dashboard).
    { kind: 'attach', event_id: incidentId, score: 0.95, rule: 'test fixture', why: {
      kind: 'attach', candidate: incidentId, score: 0.95, rule: 'test fixture', candidates: 1,
      parts: { date: 1, place: 1, type: 1, actors: 1, toll: 0.8, text: 0.9 },
    } },
  ]);
  return { incidentId, wireDocId: first.document.id };
}

export async function makeTestApp(opts: Partial<AppOptions> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const store = await openStore(join(dir, 'api.db'));
  await fillStore(store, SYNTHETIC, { seed: 11, batch: 200 });
  const { incidentId, wireDocId } = await addIncident(store);
  const app = await buildApp({ store, web: false, ...opts });
  return {
    app,
    store,
    incidentId,
    wireDocId,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every error response has the same four fields. */
export function assertErrorShape(body: unknown, status: number, code?: string): void {
  const b = body as Record<string, unknown>;
  if (b.statusCode !== status || typeof b.code !== 'string' || typeof b.error !== 'string' || typeof b.message !== 'string' || !b.message) {
    throw new Error(`not the error shape for ${status}: ${JSON.stringify(body)}`);
  }
  if (code && b.code !== code) throw new Error(`expected code ${code}, got ${b.code}: ${b.message}`);
}
