// Bench section "api": p50/p95 latency of the main list and aggregate queries through the HTTP
// app (fastify inject: routing, validation, store query, serialisation; no socket) on SQLite
// stores of 100,000 and 1,000,000 synthetic events. Target: p95 < 200 ms.
// Also reports how fast the store is filled (big transactions through saveIngest).
// --quick: 20,000 and 100,000 events, fewer runs.
// A filled store is kept in the OS temp folder and reused while the synthetic generator and
// the SQLite store code are unchanged; --refill (or SITREP_BENCH_REFILL=1) fills afresh.
// Sizes above FILL_MAX are grown from the FILL_MAX store by SQL replication (copies of every
// event with new ids, their reports, evidence, actor links and index rows): saveIngest costs
// ~0.35 ms CPU per event, so filling a million one by one takes most of an hour here.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { buildApp } from '../src/api/app.ts';
import type { EventFields } from '../src/core/types.ts';
import { searchBody } from '../src/store/sqlite/rows.ts';
import { openStore } from '../src/store/index.ts';
import { fillStore } from './synthetic.ts';

const COUNTRIES = ['LBY', 'YEM', 'SYR', 'MLI', 'NGA', 'SOM', 'SDN', 'UKR'];
const TYPES = ['Battles', 'Protests', 'Violence%20against%20civilians', 'Explosions%2FRemote%20violence'];
const WORDS = ['Houthi', 'Shabaab', 'Tripoli', 'clashed', 'Kharkiv', 'Sinaloa'];
const ACTORS = ['Houthi', 'Wagner', 'Rapid Support', 'Protesters (Mali)', 'Al Shabaab'];

/** Query templates; i varies the parameters so each run is not the same cached question. */
const QUERIES: Array<{ name: string; url: (i: number) => string }> = [
  { name: 'list: newest 50', url: () => '/api/events?limit=50' },
  { name: 'list: country + type + year', url: (i) => `/api/events?limit=50&country=${COUNTRIES[i % 8]}&event_type=${TYPES[i % 4]}&from=${2018 + (i % 6)}-01-01&to=${2018 + (i % 6)}-12-31` },
  { name: 'list: text search', url: (i) => `/api/events?limit=50&text=${WORDS[i % WORDS.length]}` },
  { name: 'list: text search, rare (a date)', url: (i) => `/api/events?limit=50&text=${2018 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}` },
  { name: 'list: text search + country', url: (i) => `/api/events?limit=50&text=clashed&country=${COUNTRIES[i % 8]}` },
  { name: 'list: actor', url: (i) => `/api/events?limit=50&actor=${encodeURIComponent(ACTORS[i % ACTORS.length])}` },
  { name: 'list: bbox', url: (i) => `/api/events?limit=50&bbox=${10 + (i % 5)},28,${20 + (i % 5)},36` },
  { name: 'list: bbox, small (0.2 degrees)', url: (i) => `/api/events?limit=50&bbox=${15 + (i % 5) * 0.2},31,${15.2 + (i % 5) * 0.2},31.2` },
  { name: 'list: fatalities >= 50, by toll', url: () => '/api/events?limit=50&fatalities_min=50&sort=-fatalities' },
  { name: 'list: page 2 (cursor) of a country', url: () => '' /* filled in at run time */ },
  { name: 'list: count (with_total) of a country', url: (i) => `/api/events?limit=50&with_total=true&country=${COUNTRIES[i % 8]}` },
  { name: 'aggregate: week, one country', url: (i) => `/api/aggregates?by=week&country=${COUNTRIES[i % 8]}` },
  { name: 'aggregate: month, all', url: () => '/api/aggregates?by=month' },
  { name: 'aggregate: event_type, one year', url: (i) => `/api/aggregates?by=event_type&from=${2018 + (i % 6)}-01-01&to=${2018 + (i % 6)}-12-31` },
  { name: 'aggregate: country, all', url: () => '/api/aggregates?by=country' },
  { name: 'aggregate: top 20 actors, one country', url: (i) => `/api/aggregates?by=actor&limit=20&country=${COUNTRIES[i % 8]}` },
  { name: 'aggregate: top 20 actor pairs, one country', url: (i) => `/api/aggregates?by=actor_pair&limit=20&country=${COUNTRIES[i % 8]}` },
  { name: 'aggregate: top 20 actors, all', url: () => '/api/aggregates?by=actor&limit=20' },
  { name: 'aggregate: top 20 actor pairs, all', url: () => '/api/aggregates?by=actor_pair&limit=20' },
  { name: 'aggregate: month, one type, two years', url: (i) => `/api/aggregates?by=month&event_type=${TYPES[i % 4]}&from=${2018 + (i % 5)}-01-01&to=${2019 + (i % 5)}-12-31` },
  { name: 'aggregate: week, one country + text (no rollup)', url: (i) => `/api/aggregates?by=week&country=${COUNTRIES[i % 8]}&text=clashed` },
  { name: 'map: 5,000 points, one country', url: (i) => `/api/map?limit=5000&country=${COUNTRIES[i % 8]}` },
  { name: 'map: 5,000 points, all', url: () => '/api/map?limit=5000' },
  { name: 'map: 10,000 points (the dashboard asks this many), one type', url: (i) => `/api/map?limit=10000&event_type=${TYPES[i % 4]}` },
  { name: 'event: one by id', url: () => '' /* filled in at run time */ },
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (x: number) => Math.round(x * 10) / 10;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(tmpdir(), 'sitrep-bench-cache');

/**
 * Identity of a filled store: its size and the synthetic generator. The store's migrations
 * bring a cached store up to date when it is opened (new indexes, rollup tables: each backfills
 * what the write path would have written), so query-side changes keep the cache. Bump
 * FILL_VERSION, or pass --refill, when a change alters what the write path stores.
 */
const FILL_VERSION = 1;
const keys = new Map<number, string>();
function fillKey(size: number): string {
  const known = keys.get(size);
  if (known) return known;
  const h = createHash('sha256').update(`${size}:${FILL_VERSION}`);
  const files = [join(ROOT, 'bench', 'synthetic.ts')];
  for (const f of files) h.update(readFileSync(f));
  keys.set(size, h.digest('hex').slice(0, 16));
  return keys.get(size)!;
}

const FILL_MAX = 100_000;

/** Every event of the store `times` times over (fields unchanged, ids and keys new), in one transaction. */
export function replicate(path: string, times: number): void {
  const db = new Database(path);
  db.pragma('cache_size = -524288');
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const N = one('SELECT max(seq) AS n FROM events');
  const maxRow = { reports: one('SELECT max(rowid) AS n FROM reports'), event_reports: one('SELECT max(rowid) AS n FROM event_reports') };
  const columns = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as Array<{ name: string }>).map((c) => c.name);
  /** INSERT INTO t SELECT every column of the originals, with some columns rewritten (null = left out). */
  const copy = (t: string, rewrite: Record<string, string | null>, where: string, extra: string[] = []) => {
    const cols = [...extra, ...columns(t)].filter((c) => rewrite[c] !== null);
    db.exec(`INSERT INTO ${t} (${cols.map((c) => `"${c}"`).join(', ')}) SELECT ${cols.map((c) => rewrite[c] ?? `"${c}"`).join(', ')} FROM ${t} WHERE ${where}`);
  };
  db.transaction(() => {
    for (let k = 1; k < times; k++) {
      const off = k * N;
      const id = (c: string) => `${c} || '~${k}'`;
      copy('events', { seq: `seq + ${off}`, id: id('id'), merged_into: id('merged_into') }, `seq <= ${N}`);
      copy('reports', { id: id('id') }, `rowid <= ${maxRow.reports}`);
      copy('event_reports', { report_id: id('report_id'), event_seq: `event_seq + ${off}` }, `rowid <= ${maxRow.event_reports}`);
      copy('event_actors', { event_seq: `event_seq + ${off}` }, `event_seq <= ${N}`);
      copy('events_rtree_days', { id: `id + ${off}` }, `id <= ${N}`);
    }
    // The full-text index keeps no text (contentless), so each copy's entry is built again
    // from the event's fields and evidence, as the store builds it.
    const insert = db.prepare('INSERT INTO events_fts (rowid, body) VALUES (?, ?)');
    const texts = db.prepare("SELECT e.value ->> 'text' FROM event_reports er JOIN reports r ON r.id = er.report_id, json_each(r.evidence) e WHERE er.event_seq = ?").pluck();
    for (const row of db.prepare(`SELECT * FROM events WHERE seq <= ${N}`).all() as Array<EventFields & { seq: number }>) {
      const body = searchBody(row, texts.all(row.seq) as string[]);
      for (let k = 1; k < times; k++) insert.run(row.seq + k * N, body);
    }
  })();
  db.close();
}

type Fill = { fill_s: number | string; fill_events_per_s: number | string; db_mb: number };

/** A store of `size` synthetic events: from the cache, or filled now (then cached). */
async function filledStore(size: number, refill: boolean): Promise<{ path: string; fill: Fill }> {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, `api-${size}-${fillKey(size)}.db`);
  const meta = `${path}.json`;
  if (!refill && existsSync(path) && existsSync(meta)) {
    const fill = JSON.parse(readFileSync(meta, 'utf8')) as Fill;
    return { path, fill: { ...fill, fill_s: `${fill.fill_s} (cached)` } };
  }
  for (const f of readdirSync(CACHE).filter((f) => f.startsWith(`api-${size}-`))) rmSync(join(CACHE, f), { force: true });
  const tmp = `${path}.${process.pid}.filling`;
  let fill: Fill;
  if (size > FILL_MAX && size % FILL_MAX === 0) {
    const base = await filledStore(FILL_MAX, false);
    copyFileSync(base.path, tmp);
    const t0 = performance.now();
    replicate(tmp, size / FILL_MAX);
    const secs = (performance.now() - t0) / 1000;
    fill = { fill_s: `${ms(secs)} (SQL copies of the ${FILL_MAX.toLocaleString('en-US')})`, fill_events_per_s: Math.round((size - FILL_MAX) / secs), db_mb: 0 };
  } else {
    const store = await openStore(tmp);
    const res = await fillStore(store, size, { seed: 42, batch: 50_000 });
    await store.close();
    fill = { fill_s: ms(res.ms / 1000), fill_events_per_s: Math.round(size / (res.ms / 1000)), db_mb: 0 };
  }
  renameSync(tmp, path);
  fill.db_mb = Math.round(statSync(path).size / 2 ** 20);
  writeFileSync(meta, JSON.stringify(fill));
  return { path, fill };
}

async function measure(size: number, runs: number, refill: boolean) {
  const { path, fill } = await filledStore(size, refill);
  const store = await openStore(path);
  const app = await buildApp({ store, web: false });
  try {
    const first = (await app.inject('/api/events?limit=50&country=YEM')).json();
    const ids: string[] = first.items.map((e: { id: string }) => e.id);
    const cursor = encodeURIComponent(first.next_cursor);
    const rows: Array<Record<string, string | number>> = [];
    for (const q of QUERIES) {
      const url = (i: number) =>
        q.name.startsWith('event:') ? `/api/events/${ids[i % ids.length]}` : q.name.includes('cursor') ? `/api/events?limit=50&country=YEM&cursor=${cursor}` : q.url(i);
      for (let i = 0; i < 3; i++) await app.inject(url(i)); // warm-up: statement cache, page cache
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const r = await app.inject(url(i));
        times.push(performance.now() - t0);
        if (r.statusCode !== 200) throw new Error(`${url(i)}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      }
      times.sort((a, b) => a - b);
      rows.push({ events: size, query: q.name, p50_ms: ms(pct(times, 50)), p95_ms: ms(pct(times, 95)), max_ms: ms(times[times.length - 1]), runs });
    }
    return { rows, fill: { events: size, ...fill } };
  } finally {
    await app.close();
    await store.close();
  }
}

export async function run(opts: { quick: boolean; refill?: boolean }) {
  const refill = opts.refill ?? (process.argv.includes('--refill') || process.env.SITREP_BENCH_REFILL === '1');
  const sizes = opts.quick ? [20_000, 100_000] : [100_000, 1_000_000];
  const runs = opts.quick ? 15 : 40;
  const rows: Array<Record<string, string | number>> = [];
  const json: Record<string, unknown> = { target_p95_ms: 200, runs };
  for (const size of sizes) {
    process.stderr.write(`api bench: filling ${size.toLocaleString('en-US')} synthetic events...\n`);
    const { rows: r, fill } = await measure(size, runs, refill);
    process.stderr.write(`api bench: filled in ${fill.fill_s} s (${fill.fill_events_per_s} events/s, ${fill.db_mb} MB)\n`);
    rows.push({ events: size, query: `(fill: ${fill.fill_s} s, ${fill.fill_events_per_s}/s, ${fill.db_mb} MB)`, p50_ms: '', p95_ms: '', max_ms: '', runs: '' }, ...r);
    json[String(size)] = { fill, queries: r, over_target: r.filter((x) => Number(x.p95_ms) > 200).map((x) => x.query) };
  }
  return { name: 'api', rows, json };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run({ quick: process.argv.includes('--quick') }).then((r) => console.table(r.rows));
}
