// `sitrep review proposals | accept | decline | undo` through the real CLI (a child process)
// on a temp database holding two invented events and a merge proposal between them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { doc, report } from '../store/fixtures.ts';
import { sitrep } from '../cli/run.ts';

test('review proposals lists open proposals with both events; accept merges, decline keeps apart, undo reopens', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-proposals-cli-'));
  const db = join(dir, 'p.db');
  const store = await openStore(db);
  const t1 = 'Invented wire: clashes in Misrata, two dead.';
  const [stored] = (await store.saveIngest(doc(t1), [report(t1)])).events;
  const ids: string[] = [];
  for (const [n, fat] of [[1, 3], [2, 9]] as const) {
    const t = `Invented radio ${n}: clashes in Misrata, ${fat} dead.`;
    ids.push((await store.saveIngest(doc(t), [report(t, { fatalities: fat })], [{ kind: 'propose', event_id: stored!.id, score: 0.6, rule: 'grey zone (test)' }])).events[0]!.id);
  }
  const [p1, p2] = (await store.listProposals({})).items.map((p) => p.id);
  await store.close();
  const run = (...args: string[]) => sitrep(['--db', db, 'review', ...args, '--by', 'ana']);

  const list = await run('proposals');
  assert.equal(list.code, 0, list.stderr);
  assert.match(list.stdout, new RegExp(`#${p1} open score 0.6 \\(grey zone \\(test\\)\\)`));
  assert.match(list.stdout, new RegExp(`new: +${ids[0]}: new`));
  assert.match(list.stdout, new RegExp(`candidate: ${stored!.id}`));

  const accepted = await run('accept', String(p1), '--reason', 'same clash');
  assert.equal(accepted.code, 0, accepted.stderr);
  assert.match(accepted.stdout, new RegExp(`^${stored!.id}: new, grade contested`));
  const declined = await run('decline', String(p2));
  assert.equal(declined.code, 0, declined.stderr);
  assert.match(declined.stdout, new RegExp(`#${p2} declined: ${ids[1]} stays apart from ${stored!.id}`));
  assert.match((await run('proposals')).stdout, /no proposals/);
  assert.equal((await run('decline', String(p2))).code !== 0, true, 'already declined');
  const bad = await run('decline', 'abc');
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /not a proposal id/);

  assert.equal((await run('undo', ids[0]!)).code, 0);
  const reopened = await run('proposals', '--status', 'open', '--json');
  assert.deepEqual(JSON.parse(reopened.stdout).items.map((p: { id: number }) => p.id), [p1]);
  assert.match((await run('log', ids[0]!)).stdout, /ana accept[\s\S]*ana undo/);
  rmSync(dir, { recursive: true, force: true });
});
