// The CLI on bad input and on each listing command. One folder holds good reports and every
// kind of bad file; the good ones must be stored, each bad one named on its own line.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sitrep } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'cli.db');
const inbox = join(dir, 'inbox');

// Synthetic reports written for this test.
const STRIKE =
  'TRIPOLI, Libya - A drone strike hit a metal workshop in Qasr bin Ghashir, south of Tripoli, on Tuesday, killing four workers and wounding nine others, a hospital director said.';
const PROTEST_HTML = `<!doctype html><html lang="en"><head><title>Protest in Bamako</title>
  <meta property="article:published_time" content="2021-02-12"><meta property="og:site_name" content="Example Mali News"></head>
  <body><article><p>BAMAKO, Mali - Hundreds of people protested in Bamako on Thursday against rising fuel prices, and police fired tear gas to disperse them, witnesses said.</p>
  <script>alert("never run")</script></article></body></html>`;

describe('sitrep ingest on a folder with good and bad files', () => {
  let first: Awaited<ReturnType<typeof sitrep>>;
  const bad = ['empty.txt', 'binary.txt', 'big.txt', 'dangling.txt', 'folder.txt'];
  before(async () => {
    mkdirSync(join(inbox, 'folder.txt'), { recursive: true });
    writeFileSync(join(inbox, 'strike.txt'), STRIKE);
    writeFileSync(join(inbox, 'strike.meta.json'), JSON.stringify({ published: '2019-11-22', source: 'Synthetic Wire' }));
    writeFileSync(join(inbox, 'protest.html'), PROTEST_HTML);
    writeFileSync(join(inbox, 'empty.txt'), '');
    writeFileSync(join(inbox, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0]));
    writeFileSync(join(inbox, 'big.txt'), '');
    truncateSync(join(inbox, 'big.txt'), 50 * 1024 * 1024);
    symlinkSync(join(inbox, 'gone.txt'), join(inbox, 'dangling.txt'));
    first = await sitrep(['--db', db, 'ingest', inbox]);
  });

  test('the exit code says something failed; each bad file has one line naming it', () => {
    assert.equal(first.code, 1, first.stderr);
    const errors = first.stderr.split('\n').filter((l) => l.startsWith('sitrep: '));
    for (const name of bad) {
      const lines = errors.filter((l) => l.includes(join(inbox, name)));
      assert.equal(lines.length, 1, `one line for ${name} in:\n${first.stderr}`);
    }
    assert.equal(errors.length, bad.length, first.stderr);
    assert.match(first.stderr, /big\.txt: too large \(50\.0 MB/);
    assert.match(first.stdout, /ingested: 2 new document\(s\), \d+ event\(s\), 0 unchanged, 5 failed/);
  });

  test('the good files were stored, with their metadata', async () => {
    const events = JSON.parse((await sitrep(['--db', db, 'events', '--format', 'json'])).stdout);
    assert.ok(events.length >= 2, `events: ${events.length}`);
    const sources = new Set(events.map((e: any) => e.source));
    assert.ok(sources.has('Synthetic Wire') && sources.has('Example Mali News'), [...sources].join(', '));
    assert.ok(!JSON.stringify(events).includes('never run'), 'script text never stored as evidence');
  });

  test('re-ingesting changes nothing and says so', async () => {
    const before = (await sitrep(['--db', db, 'events', '--format', 'json'])).stdout;
    const again = await sitrep(['--db', db, 'ingest', join(inbox, 'strike.txt'), join(inbox, 'protest.html')]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /strike\.txt: already stored, nothing changed/);
    assert.match(again.stdout, /0 new document\(s\), 0 event\(s\), 2 unchanged/);
    assert.equal((await sitrep(['--db', db, 'events', '--format', 'json'])).stdout, before);
  });

  test('events: table, csv, geojson and filters', async () => {
    const table = await sitrep(['--db', db, 'events']);
    assert.equal(table.code, 0);
    assert.match(table.stdout.split('\n')[0], /^id\s+date\s+type\s+location/);
    const csv = await sitrep(['--db', db, 'events', '--format', 'csv']);
    assert.match(csv.stdout.split('\n')[0], /^data_id,iso,event_id_cnty,/);
    const geo = JSON.parse((await sitrep(['--db', db, 'events', '--format', 'geojson'])).stdout);
    assert.equal(geo.type, 'FeatureCollection');
    const none = JSON.parse((await sitrep(['--db', db, 'events', '--format', 'json', '--from', '2030-01-01'])).stdout);
    assert.deepEqual(none, []);
  });

  test('bad filter values get a one-line error and exit code 2', async () => {
    for (const args of [['--from', 'yesterday'], ['--type', 'Skirmish'], ['--bbox', '1,2,3'], ['--limit', '-4']]) {
      const r = await sitrep(['--db', db, 'events', ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^sitrep: /);
    }
  });

  test('show: every field with the evidence sentence, span in brackets', async () => {
    const [ev] = JSON.parse((await sitrep(['--db', db, 'events', '--format', 'json', '--limit', '1'])).stdout);
    const r = await sitrep(['--db', db, 'show', ev.id]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^Event ${ev.id}`));
    assert.match(r.stdout, /event_date\s+\d{4}-\d{2}-\d{2}/);
    assert.match(r.stdout, /"[^"\n]*\[[^\]\n]+\][^"\n]*"/, 'a quoted sentence with a bracketed span');
    assert.ok(!r.stdout.includes('\x1b['), 'no ANSI codes when not a terminal');
    assert.match(r.stdout, /History:\n.*create/);
    const missing = await sitrep(['--db', db, 'show', 'evt_nope']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no event with id "evt_nope"/);
  });

  test('export -o writes each format whole, leaving no partial file', async () => {
    for (const format of ['acled-csv', 'geojson', 'json']) {
      const out = join(dir, `out.${format}`);
      const r = await sitrep(['--db', db, 'export', '--format', format, '-o', out]);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(existsSync(out));
      assert.match(r.stderr, /exported \d+ event\(s\)/);
    }
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.partial-')), []);
    const bad = await sitrep(['--db', db, 'export', '--format', 'pdf', '-o', join(dir, 'x.pdf')]);
    assert.notEqual(bad.code, 0);
    const nowhere = await sitrep(['--db', db, 'export', '--format', 'json', '-o', join(dir, 'no-such-folder', 'x.json')]);
    assert.equal(nowhere.code, 2);
    assert.match(nowhere.stderr, /^sitrep: cannot write .*no-such-folder.*x\.json \(no such folder\)\n$/);
  });
});

test('a file that is not a database gets one line, no stack trace', async () => {
  const bogus = join(dir, 'bogus.db');
  writeFileSync(bogus, 'this is not a SQLite database, just some text that is long enough to be read');
  const r = await sitrep(['--db', bogus, 'events']);
  assert.equal(r.code, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^sitrep: SQLITE_NOTADB: file is not a database/);
});

describe('sitrep extract', () => {
  test('prints the events of a file as JSON and stores nothing', async () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, STRIKE);
    const r = await sitrep(['--db', join(dir, 'never.db'), 'extract', file, '--published', '2019-11-22']);
    assert.equal(r.code, 0, r.stderr);
    const reports = JSON.parse(r.stdout);
    assert.ok(Array.isArray(reports) && reports.length >= 1);
    assert.equal(reports[0].event_date, '2019-11-19', 'Tuesday before 22 Nov 2019');
    assert.equal(reports[0].document_ids.length, 1);
    assert.ok(reports[0].confidence && reports[0].sub_event_type);
    for (const e of reports[0].evidence) assert.equal(STRIKE.slice(e.start, e.end), e.text);
    assert.ok(!existsSync(join(dir, 'never.db')));
  });

  test('refuses a bad date and a missing file with one line', async () => {
    const r = await sitrep(['extract', join(dir, 'one.txt'), '--published', 'soon']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--published must be a date/);
    const m = await sitrep(['extract', join(dir, 'missing.txt')]);
    assert.equal(m.code, 2);
    assert.match(m.stderr, /missing\.txt: cannot read/);
  });
});
