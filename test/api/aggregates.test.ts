import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AGGREGATE_BY } from '../../src/api/schemas.ts';
import { assertErrorShape, makeTestApp, SYNTHETIC, type TestApp } from './helper.ts';

let t: TestApp;
before(async () => {
  t = await makeTestApp();
});
after(() => t.close());

const agg = async (qs: string) => {
  const r = await t.app.inject(`/api/aggregates?${qs}`);
  assert.equal(r.statusCode, 200, r.body);
  return r.json().rows as Array<{ key: string; events: number; fatalities: number }>;
};

test('every grouping without a limit counts each event once (pairs and actors aside)', async () => {
  const { total } = (await t.app.inject('/api/events?limit=1&with_total=true')).json();
  assert.equal(total, SYNTHETIC + 1);
  for (const by of ['day', 'week', 'month', 'event_type', 'sub_event_type', 'country', 'admin1']) {
    const rows = await agg(`by=${by}`);
    assert.equal(rows.reduce((s, r) => s + r.events, 0), total, by);
  }
});

test('periods come in date order with period-start keys', async () => {
  const weeks = await agg('by=week');
  assert.deepEqual(weeks.map((r) => r.key), weeks.map((r) => r.key).sort());
  for (const w of weeks) assert.equal(new Date(`${w.key}T00:00:00Z`).getUTCDay(), 1, `${w.key} is a Monday`);
  const months = await agg('by=month&from=2020-01-01&to=2020-12-31');
  assert.ok(months.length > 1 && months.length <= 12);
  for (const m of months) assert.match(m.key, /^2020-\d\d-01$/);
});

test('filters apply and the limit keeps the largest groups', async () => {
  const types = await agg('by=event_type&country=LBY');
  const n = (await t.app.inject('/api/events?country=LBY&limit=1&with_total=1')).json().total;
  assert.equal(types.reduce((s, r) => s + r.events, 0), n);
  const top = await agg('by=actor&limit=3');
  assert.equal(top.length, 3);
  assert.ok(top[0].events >= top[1].events && top[1].events >= top[2].events);
  const pairs = await agg('by=actor_pair&limit=5');
  for (const p of pairs) assert.match(p.key, / \| /);
});

test('an unknown grouping or a missing one is a 400 naming "by"', async () => {
  for (const qs of ['by=colour', '', 'by=week&limit=0']) {
    const body = (await t.app.inject(`/api/aggregates?${qs}`)).json();
    assertErrorShape(body, 400, 'INVALID_REQUEST');
    assert.match(body.message, /by|limit/);
  }
  assert.ok(AGGREGATE_BY.includes('actor_pair'));
});
