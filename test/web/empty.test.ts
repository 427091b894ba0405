// The dashboard on an empty store, in Chromium: it says how to get events in (not "no match"),
// a filter that matches nothing says so, and nothing throws. Skips only without Chromium.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CHROMIUM, useDashboard } from './browser.ts';

describe('dashboard on an empty store', { skip: !existsSync(CHROMIUM) && `${CHROMIUM} not installed`, timeout: 120_000 }, () => {
  const fx = useDashboard('web-empty');

  test('no events yet: the list says how to add some; a filter that matches nothing says so', async () => {
    await fx.page.goto(fx.server.url);
    await fx.page.waitForSelector('#list [role=status]:has-text("No events")');
    assert.match((await fx.page.locator('#list [role=status]').textContent())!, /No events stored yet: ingest reports/);
    await fx.page.goto(`${fx.server.url}?event_type=Battles`);
    await fx.page.waitForSelector('#list [role=status]:has-text("match these filters")');
    assert.deepEqual(fx.pageErrors, []);
  });
});
