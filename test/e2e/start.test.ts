// End to end as a new user runs it: `sitrep start` ingests the bundled examples into a fresh
// database, lists what it found and serves the dashboard; events can be read back, shown and
// exported; a second start changes nothing.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { ROOT, sitrep } from '../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'start.db');
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.txt'));

test('start ingests the examples, events read back, show and export work, and a second start is a no-op', async () => {
  const first = await sitrep(['--db', db, 'start', '--no-serve']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, new RegExp(`Examples: ${examples.length} new document\\(s\\), 0 already stored`));
  const events = JSON.parse((await sitrep(['--db', db, 'events', '--format', 'json'])).stdout);
  assert.ok(events.length >= examples.length - 1, `${events.length} events from ${examples.length} examples`);
  for (const ev of events) {
    assert.match(ev.id, /^evt_/);
    assert.match(ev.event_date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(ev.document_ids.length >= 1 && ev.evidence.length >= 1);
  }
  const shown = await sitrep(['--db', db, 'show', events[0].id]);
  assert.equal(shown.code, 0, shown.stderr);
  const out = join(dir, 'all.csv');
  assert.equal((await sitrep(['--db', db, 'export', '--format', 'acled-csv', '-o', out])).code, 0);
  const rows = parse(readFileSync(out), { columns: true }) as Array<Record<string, string>>;
  assert.deepEqual(rows.map((r) => r.sitrep_id).sort(), events.map((e: any) => e.id).sort());

  const second = await sitrep(['--db', db, 'start', '--no-serve']);
  assert.match(second.stdout, new RegExp(`Examples: 0 new document\\(s\\), ${examples.length} already stored`));
  assert.doesNotMatch(second.stderr, /loading the gazetteer/, 'known documents need no gazetteer');
  assert.equal(JSON.parse((await sitrep(['--db', db, 'events', '--format', 'json'])).stdout).length, events.length);
});

test('start serves the dashboard and prints its URL', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), '--db', db, 'start', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, SITREP_DB: '', NO_COLOR: '1' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /Dashboard: (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`start exited (${code}) before serving:\n${out}`)));
    });
    const health = await fetch(new URL('healthz', url));
    assert.equal(health.status, 200);
    const page = await fetch(url);
    assert.equal(page.status, 200);
  } finally {
    child.kill('SIGTERM');
  }
});
