// The dashboard on an empty store, in Chromium: it says how to get events in (not "no match"),
// a filter that matches nothing says so, and nothing throws. Skips only without Chromium.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from './browser.ts';
import { startServer } from '../../src/api/server.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';

describe('dashboard on an empty store', { skip: !existsSync(CHROMIUM) && `${CHROMIUM} not installed`, timeout: 120_000 }, () => {
  let dir: string;
  let store: Store;
  let server: { url: string; close(): Promise<void> };
  let ctx: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-web-empty-'));
    store = await openStore(join(dir, 'empty.db'));
    server = await startServer({ store, port: 0 });
    ({ ctx, page } = await launchChromium(dir, pageErrors));
  });
  after(async () => {
    await ctx?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('no events yet: the list says how to add some; a filter that matches nothing says so', async () => {
    await page.goto(server.url);
    await page.waitForSelector('#list [role=status]:has-text("No events")');
    assert.match((await page.locator('#list [role=status]').textContent())!, /No events stored yet: ingest reports/);
    await page.goto(`${server.url}?event_type=Battles`);
    await page.waitForSelector('#list [role=status]:has-text("match these filters")');
    assert.deepEqual(pageErrors, []);
  });
});
