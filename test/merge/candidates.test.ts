// findCandidatesMany (the import's batched candidate search) answers each query with the same
// events, in the same order, as findCandidates (less those of the query's own document), as
// sketches with the same screening fields; candidateEvents reads them in full with the same
// fields; eventReportRules gives each event's report rules; on SQLite and,
// when its binaries are present, PostgreSQL.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_COLUMNS, SKETCH_FIELDS } from '../../src/store/fields.ts';
import { openStore } from '../../src/store/index.ts';
import type { CandidateQuery, Store } from '../../src/store/store.ts';
import { seeded } from '../store/contract-helpers.ts';
import { doc, report } from '../store/fixtures.ts';
import { usePostgres } from '../postgres/helpers.ts';

const pg = usePostgres();

const QUERIES: CandidateQuery[] = [
  { from: '2020-05-02', to: '2020-05-04' },
  { from: '2020-04-01', to: '2020-06-01', bbox: [13, 31, 17, 33] },
  { from: '2020-04-01', to: '2020-06-01', country: 'UKR' },
  { from: '2020-04-01', to: '2020-06-01', bbox: [13, 31, 17, 33], limit: 2 },
  { from: '2021-05-01', to: '2021-05-09', bbox: [9, 19, 26, 34] },
  { from: '2020-04-20', to: '2020-05-02', bbox: [170, -90, 10, 90] },
];

async function check(store: Store) {
  // One event told by a dataset row as well, so its reports carry two sets of rules.
  const [first] = (await store.listEvents({ sort: 'date', limit: 1 })).items;
  const row = report('A dataset row tells the same clash.', { rules: ['dataset:acled'], event_date: first!.event_date, latitude: first!.latitude, longitude: first!.longitude });
  await store.saveIngest(doc('A dataset row tells the same clash.', { kind: 'acled' }), [row], [{ kind: 'attach', event_id: first!.id, score: 0.9, rule: 'test' }]);

  const many = await store.findCandidatesMany(QUERIES);
  assert.equal(many.length, QUERIES.length);
  let seen = 0;
  for (const [i, q] of QUERIES.entries()) {
    const full = await store.findCandidates(q);
    assert.deepEqual(many[i]!.map((e) => e.id), full.map((e) => e.id), JSON.stringify(q));
    const read = await store.candidateEvents(full.map((e) => e.id));
    for (const [j, e] of full.entries()) {
      const sketch = many[i]![j]!;
      for (const c of SKETCH_FIELDS) assert.deepEqual(sketch[c], e[c], `sketch ${e.id}.${c}`);
      const lean = read.get(e.id)!;
      for (const c of EVENT_COLUMNS) assert.deepEqual(lean[c], e[c], `${e.id}.${c}`);
      assert.equal(lean.status, e.status);
      seen++;
    }
  }
  assert.ok(seen > 3, 'the queries find events');
  // An event found by two queries is one sketch; unknown ids are absent from a read.
  const twice = many[1]!.find((s) => many[3]!.some((t) => t.id === s.id))!;
  assert.equal(many[3]!.find((t) => t.id === twice.id), twice);
  assert.deepEqual([...(await store.candidateEvents(['evt_unknown', twice.id])).keys()], [twice.id]);
  assert.equal((await store.candidateEvents([])).size, 0);

  // A query's own document leaves out exactly the events holding one of its reports, after the limit.
  const own = (await store.getReports(first!.id))[0]!.document_id;
  let excluded = 0;
  for (const q of QUERIES) {
    const full = await store.findCandidates(q);
    const [without] = await store.findCandidatesMany([{ ...q, exclude_document: own }]);
    assert.deepEqual(without!.map((e) => e.id), full.filter((e) => !e.document_ids.includes(own)).map((e) => e.id));
    excluded += full.length - without!.length;
  }
  assert.ok(excluded > 0, 'the excluded document is among the candidates');

  // The rules of each event's reports, in link order.
  const ids = [...new Set(many.flat().map((e) => e.id))];
  const rules = await store.eventReportRules([...ids, 'evt_unknown']);
  for (const id of ids) assert.deepEqual(rules.get(id), (await store.getReports(id)).map((r) => r.rules ?? []), id);
  assert.deepEqual(rules.get('evt_unknown'), []);
  assert.ok([...rules.values()].some((l) => l.some((r) => r.includes('dataset:acled'))), 'a dataset row is seen in its event');
  assert.deepEqual(await store.findCandidatesMany([]), []);
  assert.equal((await store.eventReportRules([])).size, 0);
}

test('sqlite: batched candidates equal one query at a time', async () => {
  const { store } = await seeded(() => openStore(':memory:'));
  await check(store);
  await store.close();
});

test('postgres: batched candidates equal one query at a time', async (t) => {
  if (pg.skip) return t.skip(pg.skip);
  const { store } = await seeded(() => pg.newStore());
  await check(store);
});
