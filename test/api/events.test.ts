import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { SitrepEvent } from '../../src/core/types.ts';
import { assertErrorShape, makeTestApp, SYNTHETIC, type TestApp } from './helper.ts';

let t: TestApp;
before(async () => {
  t = await makeTestApp();
});
after(() => t.close());

const get = async (url: string) => {
  const r = await t.app.inject(url);
  return { status: r.statusCode, body: r.json() };
};
const list = async (qs: string) => {
  const r = await get(`/api/events?limit=1000&${qs}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body.items as SitrepEvent[];
};

describe('GET /api/events', () => {
  test('lists every event newest first, with total on request', async () => {
    const r = await get('/api/events?limit=5&with_total=true');
    assert.equal(r.status, 200);
    assert.equal(r.body.items.length, 5);
    assert.equal(r.body.total, SYNTHETIC + 1);
    const dates = r.body.items.map((e: SitrepEvent) => e.event_date);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('each filter returns only matching events, and some of them', async () => {
    const checks: Array<[string, (e: SitrepEvent) => boolean]> = [
      ['event_type=Battles', (e) => e.event_type === 'Battles'],
      ['sub_event_type=Armed%20clash', (e) => e.sub_event_type === 'Armed clash'],
      ['country=LBY', (e) => e.iso3 === 'LBY'],
      ['country=Libya', (e) => e.country === 'Libya'],
      ['admin1=Tripoli', (e) => e.admin1 === 'Tripoli'],
      ['actor=Houthi', (e) => `${e.actor1}|${e.actor2}|${e.assoc_actor_1}|${e.assoc_actor_2}`.includes('Houthi')],
      ['fatalities_min=10&fatalities_max=50', (e) => e.fatalities >= 10 && e.fatalities <= 50],
      ['from=2020-01-01&to=2020-06-30', (e) => e.event_date >= '2020-01-01' && e.event_date <= '2020-06-30'],
      ['bbox=10,28,20,35', (e) => e.longitude! >= 10 && e.longitude! <= 20 && e.latitude! >= 28 && e.latitude! <= 35],
      ['text=Qasr', (e) => e.id === t.incidentId],
    ];
    const all = await list('');
    for (const [qs, ok] of checks) {
      const items = await list(qs);
      assert.ok(items.length > 0, `${qs} matched nothing`);
      assert.ok(items.length < all.length, `${qs} did not narrow the list`);
      for (const e of items) assert.ok(ok(e), `${qs} let through ${e.id}`);
    }
  });

  test('sorts by fatalities both ways', async () => {
    const up = (await list('sort=fatalities')).map((e) => e.fatalities);
    assert.deepEqual(up, [...up].sort((a, b) => a - b));
    const down = (await list('sort=-fatalities')).map((e) => e.fatalities);
    assert.deepEqual(down, [...down].sort((a, b) => b - a));
  });

  test('cursor pages cover the result exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await get(`/api/events?limit=37&country=YEM${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      assert.equal(r.status, 200);
      seen.push(...r.body.items.map((e: SitrepEvent) => e.id));
      cursor = r.body.next_cursor;
      pages++;
    } while (cursor && pages < 100);
    const all = await list('country=YEM');
    assert.ok(pages > 1);
    assert.equal(new Set(seen).size, seen.length);
    assert.deepEqual(new Set(seen), new Set(all.map((e) => e.id)));
  });

  test('bad parameters get 400 with a readable reason naming the parameter', async () => {
    const bad: Array<[string, string]> = [
      ['from=2020-13-01', 'from'],
      ['from=2021-01-01&to=2020-01-01', 'from'],
      ['event_type=Picnic', 'event_type'],
      ['sub_event_type=Picnic', 'sub_event_type'],
      ['fatalities_min=-1', 'fatalities_min'],
      ['fatalities_min=9&fatalities_max=2', 'fatalities_min'],
      ['bbox=1,2,3', 'bbox'],
      ['bbox=0,50,10,40', 'bbox'],
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['sort=color', 'sort'],
      ['include_hidden=maybe', 'include_hidden'],
      ['cursor=' + 'x'.repeat(600), 'cursor'],
      ['cursor=garbage', 'cursor'],
      ['min_fatalities=3', 'min_fatalities'],
      ['type=Battles', 'type'],
    ];
    for (const [qs, param] of bad) {
      const r = await get(`/api/events?${qs}`);
      assertErrorShape(r.body, 400, 'INVALID_REQUEST');
      assert.match(r.body.message, new RegExp(param), `${qs}: ${r.body.message}`);
    }
  });

  test('a misspelt filter is refused on every filtered endpoint, not silently ignored', async () => {
    for (const path of ['/api/events', '/api/map', '/api/aggregates?by=month&', '/api/export/json']) {
      const r = await get(`${path}${path.endsWith('&') ? '' : '?'}countrty=YEM`);
      assertErrorShape(r.body, 400, 'INVALID_REQUEST');
      assert.match(r.body.message, /countrty/, `${path}: ${r.body.message}`);
    }
    assert.equal((await get('/api/aggregates?by=month&country=YEM&limit=3')).status, 200);
  });

  test('text search with SQL or FTS syntax is just text', async () => {
    for (const q of ["'; DROP TABLE events; --", 'market OR "', 'NEAR(a b', '*']) {
      const r = await get(`/api/events?text=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, `${q}: ${JSON.stringify(r.body)}`);
    }
    assert.equal((await get('/api/events?limit=1&with_total=1')).body.total, SYNTHETIC + 1);
  });
});

describe('GET /api/events/:id', () => {
  test('returns the event with its evidence, both reports and both documents', async () => {
    const r = await get(`/api/events/${t.incidentId}`);
    assert.equal(r.status, 200);
    const { event, reports, documents } = r.body;
    assert.equal(event.id, t.incidentId);
    assert.equal(reports.length, 2);
    assert.deepEqual(reports.map((x: { fatalities: number }) => x.fatalities).sort(), [10, 7]);
    assert.equal(documents.length, 2);
    assert.ok(documents.every((d: { text: string; html?: string }) => d.text.length > 0 && d.html === undefined));
    assert.ok(event.disagreements?.fatalities, 'the toll disagreement is reported');
    for (const ev of event.evidence) {
      const doc = documents.find((d: { id: string }) => d.id === ev.document_id);
      assert.equal(doc.text.slice(ev.start, ev.end), ev.text, 'evidence offsets point at the quoted text');
    }
  });

  test('unknown id is a 404 with the error shape', async () => {
    const r = await get('/api/events/evt_does_not_exist');
    assertErrorShape(r.body, 404, 'EVENT_NOT_FOUND');
  });
});

describe('GET /api/map', () => {
  test('returns compact points for matching events, largest tolls first', async () => {
    const r = await get('/api/map?event_type=Battles&limit=20');
    assert.equal(r.status, 200);
    assert.ok(r.body.truncated);
    assert.equal(r.body.points.length, 20);
    const battles = r.body.types.indexOf('Battles');
    for (const [id, lat, lon, type, , date, place] of r.body.points) {
      assert.equal(typeof id, 'string');
      assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(typeof place, 'string');
      assert.ok(Math.abs(lat) <= 90 && Math.abs(lon) <= 180);
      assert.equal(type, battles);
    }
    const tolls = r.body.points.map((p: number[]) => p[4]);
    assert.deepEqual(tolls, [...tolls].sort((a, b) => b - a));
    assert.equal(r.body.total, (await list('event_type=Battles')).length);
    const everything = await get(`/api/map?event_type=Battles&limit=${r.body.total}`);
    assert.equal(everything.body.truncated, false);
    assert.ok(everything.body.points.length <= r.body.total);
  });

  test('rejects a limit that is too large', async () => {
    assertErrorShape((await get('/api/map?limit=999999')).body, 400);
  });
});
