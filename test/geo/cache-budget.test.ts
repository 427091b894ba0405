// The gazetteer cache keeps snapshots by a budget in bytes, newest first: many tiny snapshots
// (the tests' fixture gazetteers) must not evict a big one, and the oldest go once over budget.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readCache, writeCache } from '../../src/geo/cache.ts';

test('tiny snapshots do not evict a big one; the oldest go once the budget is exceeded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-geo-cache-'));
  const before = process.env.SITREP_GEO_CACHE;
  process.env.SITREP_GEO_CACHE = dir;
  try {
    const big = 'x'.repeat(10_000);
    writeCache('big', big, 12_000);
    for (let n = 0; n < 6; n++) {
      await sleep(5); // distinct modification times
      writeCache(`tiny${n}`, n, 12_000);
    }
    assert.equal(readCache<string>('big'), big);
    assert.equal(readdirSync(dir).length, 7);
    await sleep(5);
    writeCache('big2', big, 12_000); // with it, the first big one no longer fits
    assert.equal(readCache('big'), null);
    assert.equal(readCache<string>('big2'), big);
    assert.equal(readCache<number>('tiny5'), 5);
  } finally {
    if (before === undefined) delete process.env.SITREP_GEO_CACHE;
    else process.env.SITREP_GEO_CACHE = before;
    rmSync(dir, { recursive: true, force: true });
  }
});
