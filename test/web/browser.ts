// The one way the browser tests start Debian's Chromium: headless, no sandbox, nothing fetched
// from the network on its own, and every uncaught page error collected for the test to assert on.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/api/server.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(dir: string, pageErrors: string[]): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { ctx, page };
}

export interface Dashboard {
  dir: string;
  store: Store;
  server: { url: string; close(): Promise<void> };
  ctx: BrowserContext;
  page: Page;
  pageErrors: string[];
}

/**
 * Registers the suite's before/after hooks: a throwaway store filled by `seed`, the server on a
 * free port and a Chromium page. The fields are set by the time the suite's tests run.
 */
export function useDashboard(name: string, seed: (store: Store) => Promise<unknown> = async () => {}): Dashboard {
  const fx = { pageErrors: [] as string[] } as Dashboard;
  before(async () => {
    fx.dir = mkdtempSync(join(tmpdir(), `sitrep-${name}-`));
    fx.store = await openStore(join(fx.dir, `${name}.db`));
    await seed(fx.store);
    fx.server = await startServer({ store: fx.store, port: 0 });
    Object.assign(fx, await launchChromium(fx.dir, fx.pageErrors));
  });
  after(async () => {
    await fx.ctx?.close();
    await fx.server?.close();
    await fx.store?.close();
    if (fx.dir) rmSync(fx.dir, { recursive: true, force: true });
  });
  return fx;
}
