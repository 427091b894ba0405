// Bench section "scale" (H7): what PostgreSQL + Redis workers buy over the embedded default.
// 1. Ingest+extract throughput on one corpus: in-process SQLite vs 1, 2 and 4 `sitrep worker`
//    processes consuming BullMQ jobs into PostgreSQL (docs/s and the ratio to SQLite).
// 2. List / aggregate latency p50/p95 at 1,000,000 events on both stores (store calls, no HTTP).
// Servers are throwaway (test/support/servers.ts), tuned as "Deploying at scale" suggests,
// with fsync off (a bench server holds nothing worth keeping). --quick: smaller sizes;
// SITREP_BENCH_SCALE_EVENTS overrides the store size of part 2.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDefaultGazetteer } from '../src/geo/index.ts';
import { processDocument } from '../src/pipeline/process.ts';
import { BullRunner } from '../src/queue/bull-runner.ts';
import { openStore } from '../src/store/index.ts';
import type { AggregateBy, EventQuery, Store } from '../src/store/store.ts';
import { startPostgres, startRedis, type PostgresServer, type RedisServer } from '../test/support/servers.ts';
import { exampleDocuments } from '../test/queue/helpers.ts';
import { fillStore } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..');
const API_CACHE = join(tmpdir(), 'sitrep-bench-cache');
type Row = Record<string, string | number>;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Bench PostgreSQL settings (see README "Deploying at scale"). */
export const PG_SETTINGS = { shared_buffers: '1GB', work_mem: '64MB', maintenance_work_mem: '512MB', effective_cache_size: '4GB', max_wal_size: '8GB', random_page_cost: '1.1', jit: 'off' };

async function worker(db: string, queue: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--queue', queue, '--concurrency', '1', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, SITREP_DB: db },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (b) => ((err += b), err.includes('worker ready') && resolve()));
    child.on('exit', (code) => reject(new Error(`worker exited ${code}: ${err.slice(-500)}`)));
  });
  return child;
}

export async function throughput(pg: PostgresServer | null, redis: RedisServer | null, docsCount: number): Promise<{ rows: Row[]; json: unknown }> {
  const variants = Math.ceil(docsCount / 6);
  const docs = exampleDocuments(variants, { digest: true, sections: 2 }).slice(0, docsCount);
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-scale-'));
  loadDefaultGazetteer();
  const lite = await openStore(join(dir, 'inproc.db'));
  let t0 = performance.now();
  let events = 0;
  for (const d of docs) events += (await processDocument(lite, d)).events.length;
  const liteS = (performance.now() - t0) / 1000;
  await lite.close();
  rmSync(dir, { recursive: true, force: true });
  const base = docs.length / liteS;
  rows.push({ setup: 'SQLite, in-process', workers: 1, docs: docs.length, seconds: round(liteS), docs_per_s: round(base), vs_sqlite: 1 });
  if (!pg || !redis) return { rows: [...rows, { setup: 'PostgreSQL + Redis: skipped (server binaries absent)' }], json: rows };
  for (const n of [1, 2, 4]) {
    const db = await pg.newDatabase();
    const store = await openStore(db); // migrates
    await store.close();
    const runner = new BullRunner(redis.url, 3);
    await runner.documents.obliterate({ force: true });
    await runner.dead.obliterate({ force: true });
    const procs = await Promise.all(Array.from({ length: n }, () => worker(db, redis.url)));
    try {
      t0 = performance.now();
      for (const d of docs) await runner.submit(d);
      for (;;) {
        const c = await runner.counts();
        if (c.completed + c.failed >= docs.length) {
          if (c.failed) throw new Error(`${c.failed} jobs failed`);
          break;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      const s = (performance.now() - t0) / 1000;
      rows.push({ setup: 'PostgreSQL + Redis, worker processes', workers: n, docs: docs.length, seconds: round(s), docs_per_s: round(docs.length / s), vs_sqlite: round(docs.length / s / base, 2) });
    } finally {
      for (const p of procs) p.kill('SIGTERM');
      await Promise.all(procs.map((p) => new Promise((r) => p.once('exit', r))));
      await runner.close();
    }
  }
  return { rows, json: { cores: cpus().length, events_in_process: events, rows } };
}

const QUERIES: Array<{ name: string; q: (i: number) => EventQuery; by?: AggregateBy }> = [
  { name: 'list: newest 50', q: () => ({ limit: 50 }) },
  { name: 'list: country + type + year', q: (i) => ({ limit: 50, country: ['LBY', 'YEM', 'SYR', 'MLI'][i % 4], event_type: 'Battles', from: `${2018 + (i % 6)}-01-01`, to: `${2018 + (i % 6)}-12-31` }) },
  { name: 'list: text search', q: (i) => ({ limit: 50, text: ['Houthi', 'Shabaab', 'Tripoli', 'clashed'][i % 4] }) },
  { name: 'list: actor substring', q: (i) => ({ limit: 50, actor: ['Houthi', 'Wagner', 'Rapid Support', 'Al Shabaab'][i % 4] }) },
  { name: 'list: bbox (map window)', q: (i) => ({ limit: 500, bbox: [10 + (i % 5), 28, 20 + (i % 5), 36] }) },
  { name: 'list: by toll, fatalities >= 50', q: () => ({ limit: 50, fatalities_min: 50, sort: '-fatalities' }) },
  { name: 'count: one country', q: (i) => ({ country: ['LBY', 'YEM', 'SYR', 'MLI'][i % 4] }) },
  { name: 'aggregate: month, all', q: () => ({}), by: 'month' },
  { name: 'aggregate: week, one country', q: (i) => ({ country: ['LBY', 'YEM', 'SYR', 'MLI'][i % 4] }), by: 'week' },
  { name: 'aggregate: event_type, one year', q: (i) => ({ from: `${2018 + (i % 6)}-01-01`, to: `${2018 + (i % 6)}-12-31` }), by: 'event_type' },
  { name: 'aggregate: top 20 actors, one country', q: (i) => ({ limit: 20, country: ['LBY', 'YEM', 'SYR', 'MLI'][i % 4] }), by: 'actor' },
  // Windows off week and month edges, as the timeline's brush and the date fields send them.
  { name: 'count: 3 Mar - 17 Apr', q: (i) => ({ from: `${2018 + (i % 6)}-03-03`, to: `${2018 + (i % 6)}-04-17` }) },
  { name: 'aggregate: event_type, 30 days, one country', q: (i) => ({ from: `${2018 + (i % 6)}-06-${10 + (i % 9)}`, to: `${2018 + (i % 6)}-07-${String(9 + (i % 9)).padStart(2, '0')}`, country: ['LBY', 'YEM', 'SYR', 'MLI'][i % 4] }), by: 'event_type' },
  { name: 'aggregate: top 20 actors, 5 Feb - 20 Sep', q: (i) => ({ limit: 20, from: `${2018 + (i % 6)}-02-05`, to: `${2018 + (i % 6)}-09-20` }), by: 'actor' },
  { name: 'candidates: 2-week window + box', q: (i) => ({ from: `2020-0${1 + (i % 9)}-01`, to: `2020-0${1 + (i % 9)}-14`, bbox: [12, 29, 16, 33] }) },
];

export async function latency(store: Store, label: string, size: number, runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { name, q, by } of QUERIES) {
    const once = async (i: number) => {
      if (name.startsWith('count')) return store.countEvents(q(i));
      if (by) return store.aggregate(q(i), by);
      if (name.startsWith('candidates')) return store.findCandidates(q(i) as never);
      return store.listEvents(q(i));
    };
    for (let i = 0; i < 3; i++) await once(i); // warm caches
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await once(i);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    rows.push({ store: label, events: size, query: name, p50_ms: round(pct(times, 50)), p95_ms: round(pct(times, 95)) });
  }
  return rows;
}

async function queries(pg: PostgresServer | null, size: number, runs: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-scale-q-'));
  const rows: Row[] = [];
  try {
    // The api bench fills the same synthetic events (seed 42) into SQLite and caches the file:
    // reuse it rather than spend many minutes filling an identical store.
    const cached = existsSync(API_CACHE) ? readdirSync(API_CACHE).find((f) => f.startsWith(`api-${size}-`) && f.endsWith('.db')) : undefined;
    const stores: Array<[string, () => Promise<Store>, boolean]> = [['sqlite', () => openStore(cached ? join(API_CACHE, cached) : join(dir, 'q.db')), !cached]];
    if (pg) stores.push(['postgres', async () => openStore(await pg.newDatabase()), true]);
    for (const [label, open, fillIt] of stores) {
      const store = await open();
      let note = '(filled by the api bench, reused)';
      if (fillIt) {
        process.stderr.write(`scale bench: filling ${label} with ${size.toLocaleString('en-US')} events...\n`);
        const fill = await fillStore(store, size, { seed: 42, batch: 20_000 });
        note = `(fill: ${round(fill.ms / 1000)} s, ${Math.round(size / (fill.ms / 1000))} events/s)`;
      }
      if (store.kind === 'postgres') await (store as unknown as { db: { q(s: string): Promise<unknown> } }).db.q('VACUUM ANALYZE');
      rows.push({ store: label, events: size, query: note, p50_ms: '', p95_ms: '' });
      rows.push(...(await latency(store, label, size, runs)));
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export async function run(opts: { quick: boolean }) {
  const [p, r] = await Promise.all([startPostgres({ settings: PG_SETTINGS }), startRedis()]);
  const pg = 'skip' in p ? null : p;
  const redis = 'skip' in r ? null : r;
  try {
    const tp = await throughput(pg, redis, opts.quick ? 36 : 180);
    const size = Number(process.env.SITREP_BENCH_SCALE_EVENTS ?? (opts.quick ? 50_000 : 1_000_000));
    const lat = await queries(pg, size, opts.quick ? 15 : 20);
    const rows: Row[] = [...tp.rows.map((x) => ({ part: 'ingest+extract', ...x })), ...lat.map((x) => ({ part: 'query latency', ...x }))];
    return { name: 'scale', rows, json: { throughput: tp.json, latency: lat, postgres_settings: PG_SETTINGS, skipped: [pg ? null : (p as { skip: string }).skip, redis ? null : (r as { skip: string }).skip].filter(Boolean) } };
  } finally {
    await redis?.stop();
    await pg?.stop();
  }
}
