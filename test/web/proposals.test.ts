// The merge proposals view in a real browser (Debian's Chromium via playwright-core): open
// proposals side by side, event text shown literally (never parsed as HTML), Accept merges,
// Decline keeps apart. Skips (saying why) only when /usr/bin/chromium is absent.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { CHROMIUM, useDashboard, type Dashboard } from './browser.ts';
import { strikeEvent } from '../review/strike.ts';
import type { Store } from '../../src/store/store.ts';

const OUT = join(import.meta.dirname, '..', '..', 'test-output');
const present = existsSync(CHROMIUM);


describe('merge proposals view in Chromium', { skip: !present && `${CHROMIUM} not installed`, timeout: 120_000 }, () => {
  const ids: Record<string, string> = {};
  const fx = useDashboard('web-proposals', async (store) => {
    ids.stored = await strikeEvent(store, 'Invented wire: a drone hit the Qasr Town market, 7 dead.', 7);
    ids.a = await strikeEvent(store, 'Invented radio: Qasr Town market toll rises to 10.', 10, { kind: 'propose', event_id: ids.stored, score: 0.55, rule: 'grey zone (test)' });
    ids.b = await strikeEvent(store, 'Invented blog <img src=x onerror="window.__pwned=1">: a strike near Qasr Town, 2 dead.', 2, { kind: 'propose', event_id: ids.stored, score: 0.42, rule: 'grey zone (test)' });
  });
  const pageErrors = fx.pageErrors;
  let store: Store;
  let server: Dashboard['server'];
  let page: Page;
  before(() => {
    mkdirSync(OUT, { recursive: true });
    ({ store, server, page } = fx);
  });

  test("an event's review panel lists its open merge proposals", async () => {
    await page.goto(`${server.url}?event=${ids.stored}`);
    await page.waitForSelector('#panel .review-proposals h4');
    assert.equal(await page.locator('#panel .review-proposals h4').textContent(), 'Merge proposed (2)');
    const items = await page.locator('#panel .event-proposals li').allTextContents();
    assert.ok(items.some((t) => t.includes(ids.a!) && t.includes('10 killed')), items.join(' | '));
    assert.equal(await page.locator('#panel img').count(), 0, 'the hostile source name stays text');
  });

  test('open proposals side by side, text shown literally; accept merges, decline keeps apart', async () => {
    await page.goto(`${server.url}?view=proposals`);
    await page.waitForSelector('#view-proposals article.proposal');
    assert.equal(await page.locator('#view-proposals article.proposal').count(), 2);
    const hostile = page.locator('#view-proposals article.proposal', { hasText: 'Invented blog' });
    assert.match((await hostile.textContent())!, /<img src=x onerror=/, 'markup shown as text');
    assert.equal(await page.locator('#view-proposals img').count(), 0, 'no element made from event text');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);

    const first = page.locator('#view-proposals article.proposal', { hasText: 'toll rises to 10' });
    await first.getByLabel('Reason').fill('same market strike');
    await first.getByRole('button', { name: 'Accept: same incident' }).click();
    await page.waitForSelector('#view-proposals [role=status]:has-text("accepted")');
    await page.waitForFunction(() => document.querySelectorAll('#view-proposals article.proposal').length === 1);
    assert.equal((await store.getEvent(ids.a!))!.merged_into, ids.stored);
    // The decision is recorded, then its merge (src/review/proposals.ts acceptProposal).
    assert.deepEqual((await store.auditLog(ids.a!)).slice(-2).map((e) => e.action), ['accept', 'merge']);

    await hostile.getByRole('button', { name: 'Decline: keep apart' }).click();
    await page.waitForSelector('#view-proposals p.muted:has-text("No open merge proposals")');
    assert.equal((await store.getEvent(ids.b!))!.status, 'new');
    await page.getByLabel('Show').selectOption('all');
    await page.waitForFunction(() => document.querySelectorAll('#view-proposals article.proposal').length === 2);
    await page.screenshot({ path: join(OUT, 'dashboard-proposals.png') });
    assert.deepEqual(pageErrors, []);
  });
});
