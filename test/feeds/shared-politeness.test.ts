// Workers in different processes share one polite gap per host through Redis.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SharedPoliteness } from '../../src/feeds/shared-politeness.ts';
import { startRedis, type RedisServer } from '../support/servers.ts';

let redis: RedisServer | null = null;
let skip: string | false = false;
before(async () => {
  const r = await startRedis();
  if ('skip' in r) skip = r.skip;
  else redis = r;
});
after(async () => redis?.stop());

const DELAY = 150;

test('two gates on separate connections never start requests to one host closer than the delay', async (t) => {
  if (skip) return t.skip(skip);
  // Two instances = two connections, as two worker processes would have.
  const gates = [new SharedPoliteness(redis!.url, DELAY), new SharedPoliteness(redis!.url, DELAY)];
  try {
    // Each turn after the first starts only once the previous one's key has expired, so six
    // turns take at least five delays after the first call. A lower bound on the total only:
    // when a waiter hears back depends on the machine's load, the turns' order in Redis does not.
    const t0 = performance.now();
    let done = 0;
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        await gates[i % 2]!.wait('https://news.example.org/feed.xml');
        done++;
      }),
    );
    const elapsed = performance.now() - t0;
    assert.equal(done, 6);
    assert.ok(elapsed >= 5 * DELAY - 2, `six turns in ${elapsed.toFixed(1)} ms, expected at least ${5 * DELAY}`);
  } finally {
    await Promise.all(gates.map((g) => g.close()));
  }
});

test('other hosts have their own turn', async (t) => {
  if (skip) return t.skip(skip);
  const gate = new SharedPoliteness(redis!.url, 60_000);
  try {
    // With a one-minute gap, a second host would hang this test if the turn were shared.
    await gate.wait('https://a.example.org/rss');
    await gate.wait('https://b.example.org/rss');
    await gate.wait('http://c.example.net:8080/atom');
  } finally {
    await gate.close();
  }
});
