// When the WAL copier makes a save wait for its copies (so that SQLite starts the WAL over), with
// a stand-in for the copying thread whose answers the test gives. That the start-over happens
// on a real SQLite file is test/merge/place-ahead.test.ts's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { DB } from '../../src/store/sqlite/db.ts';
import { WalCopier, type Copied } from '../../src/merge/wal-copier.ts';

/** A copying thread that counts the copies asked and answers when told to. */
class FakeThread extends EventEmitter {
  asked = 0;
  postMessage(): void {
    this.asked++;
  }
  ref(): void {}
  unref(): void {}
  async terminate(): Promise<number> {
    return 0;
  }
  answer(copied: Copied): void {
    this.emit('message', copied);
  }
}

const KB = 1024;

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-wal-copier-'));
  const path = join(dir, 'store.db');
  // The WAL file is past the size from which every save is copied back.
  writeFileSync(`${path}-wal`, Buffer.alloc(200 * KB));
  const threads: FakeThread[] = [];
  const db = { pragma: () => [] } as unknown as DB;
  const copier = new WalCopier(path, db, () => (threads.push(new FakeThread()), threads.at(-1)! as unknown as Worker), 100 * KB);
  return { copier, threads, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Whether a promise has settled by the time pending callbacks have run. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setImmediate(r));
  return done;
}

test('a save waits for the copies only once a whole copy found enough frames to start over', async () => {
  const { copier, threads, done } = setUp();
  try {
    copier.afterSave();
    const [thread] = threads;
    assert.equal(thread!.asked, 1);
    // Fewer frames than the start-over size: the next save goes ahead.
    thread!.answer({ walBytes: 40 * KB, whole: true });
    assert.equal(copier.beforeSave(), null);
    // A copy a reader cut short cannot lead to a start-over: no wait, however many frames.
    copier.afterSave();
    thread!.answer({ walBytes: 500 * KB, whole: false });
    assert.equal(copier.beforeSave(), null);
    // A whole copy with enough frames: the next save waits for the copy asked after it.
    copier.afterSave();
    thread!.answer({ walBytes: 120 * KB, whole: true });
    copier.afterSave();
    const wait = copier.beforeSave();
    assert.ok(wait);
    assert.equal(await settled(wait), false);
    thread!.answer({ walBytes: 130 * KB, whole: true });
    assert.equal(await settled(wait), true);
    // That save started the WAL over: the one after it does not wait.
    assert.equal(copier.beforeSave(), null);
    await copier.close();
  } finally {
    done();
  }
});

test('a copying thread that exits releases the waiting save, and its late answers count for nothing', async () => {
  const { copier, threads, done } = setUp();
  try {
    copier.afterSave();
    threads[0]!.answer({ walBytes: 150 * KB, whole: true });
    copier.afterSave();
    copier.afterSave();
    const wait = copier.beforeSave()!;
    threads[0]!.emit('exit', 1);
    assert.equal(await settled(wait), true);
    // A stray answer from the dead thread does not settle the new thread's copy.
    copier.afterSave();
    assert.equal(threads.length, 2);
    threads[0]!.answer({ walBytes: 150 * KB, whole: true });
    threads[1]!.answer({ walBytes: 150 * KB, whole: true });
    copier.afterSave();
    const next = copier.beforeSave()!;
    assert.equal(await settled(next), false);
    threads[1]!.answer({ walBytes: 10 * KB, whole: true });
    assert.equal(await settled(next), true);
    await copier.close();
  } finally {
    done();
  }
});
