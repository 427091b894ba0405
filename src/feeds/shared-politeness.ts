// Politeness across processes: every worker polling feeds shares one gap per host, kept in
// Redis (the queue's own server). A host's turn is a key set with NX and a PX expiry of the
// delay: whoever sets it may fetch, the others wait out its remaining time and try again.
// So N workers on one site still make at most one request per delay, as one process would.

import { Redis } from 'ioredis';
import { politeDelayMs, type HostGate } from './fetch.ts';

const KEY_PREFIX = 'sitrep:polite:';
/** Never sleep less than this between tries (a key about to expire reports ~0 ms left). */
const MIN_RETRY_MS = 5;

export class SharedPoliteness implements HostGate {
  private readonly redis: Redis;

  constructor(url: string, readonly delayMs = politeDelayMs()) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  }

  async wait(url: string): Promise<void> {
    if (this.delayMs <= 0) return;
    const key = KEY_PREFIX + new URL(url).host;
    for (;;) {
      if ((await this.redis.set(key, String(process.pid), 'PX', this.delayMs, 'NX')) === 'OK') return;
      const left = await this.redis.pttl(key);
      await new Promise((r) => setTimeout(r, Math.max(MIN_RETRY_MS, left)));
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
