// The dashboard in a real browser (Debian's Chromium driven by playwright-core): a throwaway
// store with the bundled example reports ingested through the pipeline, synthetic events, and
// one incident told by two disagreeing sources; the server listens on a free port.
// Screenshots go to test-output/. Skips (saying why) only when /usr/bin/chromium is absent.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { CHROMIUM, useDashboard, type Dashboard } from './browser.ts';
import { fillStore } from '../../bench/synthetic.ts';
import { readDocumentFile } from '../../src/ingest/read.ts';
import { processDocument } from '../../src/pipeline/process.ts';
import type { Store } from '../../src/store/store.ts';
import { addIncident } from '../api/helper.ts';

/** Enough synthetic events that the map must draw 10,000+ points (on a canvas). */
const SYNTHETIC = 10_000;
const OUT = join(import.meta.dirname, '..', '..', 'test-output');
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const present = existsSync(CHROMIUM);
if (!present) console.log(`# skipping dashboard browser tests: ${CHROMIUM} is not installed (apt-get install chromium)`);

let store: Store;
let server: Dashboard['server'];
let page: Page;
let incidentId: string;
let pageErrors: string[];

const shot = (name: string) => page.screenshot({ path: join(OUT, `dashboard-${name}.png`) });
const markerCount = () => page.locator('#map path.event-marker').count();
const waitIdle = () => page.waitForLoadState('networkidle');

describe('dashboard in Chromium', { skip: !present && `${CHROMIUM} not installed`, timeout: 240_000 }, () => {
  const fx = useDashboard('web', async (s) => {
    for (const f of readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt'))) await processDocument(s, await readDocumentFile(join(EXAMPLES, f)));
    await fillStore(s, SYNTHETIC, { seed: 5, batch: 5000 });
    ({ incidentId } = await addIncident(s));
  });
  before(() => {
    mkdirSync(OUT, { recursive: true });
    ({ store, server, page, pageErrors } = fx);
    page.on('dialog', (d) => {
      pageErrors.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
  });

  test('draws 10,000+ events on the map (canvas), lists them and charts them', async () => {
    await page.goto(server.url);
    await page.waitForFunction((n) => Number(document.querySelector('#map')?.getAttribute('data-points')) >= n, SYNTHETIC);
    await page.waitForSelector('.event-item');
    await waitIdle();
    assert.equal(await page.locator('#map .leaflet-overlay-pane canvas').count(), 1, 'points drawn on one canvas');
    assert.ok((await page.locator('.event-item').count()) >= 100);
    assert.match((await page.locator('#list-heading').textContent())!, /Events \(10,0\d\d\)/);
    assert.ok((await page.locator('#timeline rect.bar').count()) > 10, 'the timeline has bars');
    await shot('map');
  });

  test('filtering by type changes the list, the map markers and the URL', async () => {
    await page.goto(`${server.url}?country=Libya`);
    await page.waitForSelector('.event-item');
    await waitIdle();
    const before = await markerCount();
    assert.ok(before > 100, `one SVG marker per located event in Libya (${before})`);
    await page.selectOption('#f-type', 'Battles');
    await page.waitForURL(/event_type=Battles&country=Libya/);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('.event-item')].every((b) => b.dataset.type === 'Battles'));
    await waitIdle();
    // The map redraws after the list (its markers come from their own request): on a loaded
    // machine the first count could still be the unfiltered map's, so wait for it to change.
    await page.waitForFunction((n) => document.querySelectorAll('#map path.event-marker').length !== n, before, { timeout: 15_000 }).catch(() => {});
    const after = await markerCount();
    assert.ok(after > 0 && after < before, `markers ${before} -> ${after}`);
    const types = await page.locator('.event-item').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
    assert.deepEqual([...new Set(types)], ['Battles']);
    await shot('filtered');
    // The URL alone restores the view.
    await page.goto(`${server.url}?event_type=Battles&country=Libya`);
    await page.waitForSelector('.event-item');
    assert.equal(await page.inputValue('#f-type'), 'Battles');
    assert.equal(await page.inputValue('#f-country'), 'Libya');
  });

  test('the filtered view downloads as ACLED CSV, GeoJSON or JSON', async () => {
    await page.goto(`${server.url}?event_type=Battles&country=Libya&from=2019-01-01`);
    await page.waitForSelector('.event-item');
    const href = await page.locator('a.download[data-format="acled-csv"]').getAttribute('href');
    assert.match(href!, /^\/api\/export\/acled-csv\?/);
    for (const f of ['event_type=Battles', 'country=Libya', 'from=2019-01-01']) assert.ok(href!.includes(f), `${f} in ${href}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'ACLED CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'sitrep-events.csv');
    const csv = await (await fetch(new URL(href!, server.url))).text();
    const rows = csv.trim().split('\n').slice(1);
    assert.ok(rows.length > 0 && rows.every((r) => r.includes(',Battles,') && r.includes(',Libya,')), 'only the filtered events');
    const geo = await (await fetch(new URL((await page.locator('a.download[data-format="geojson"]').getAttribute('href'))!, server.url))).json();
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(geo.features.length, rows.length);
  });

  test('dates picked in the wrong order are taken as the range between them, not an error', async () => {
    await page.goto(`${server.url}?country=Libya`);
    await page.waitForSelector('.event-item');
    await page.fill('#f-from', '2021-01-01');
    await page.fill('#f-to', '2019-06-01');
    await page.waitForURL(/from=2019-06-01&to=2021-01-01/);
    await waitIdle();
    assert.equal(await page.inputValue('#f-from'), '2019-06-01');
    assert.ok(await page.locator('#error').isHidden(), 'no error banner');
  });

  test('dragging across the timeline selects a date range (URL, date fields, list)', async () => {
    await page.goto(`${server.url}?country=Libya`);
    await page.waitForSelector('#timeline svg rect.bar');
    await waitIdle();
    const box = (await page.locator('#timeline svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
    const from = await page.inputValue('#f-from');
    const to = await page.inputValue('#f-to');
    assert.ok(from < to, `${from} < ${to}`);
    await page.waitForFunction(([a, b]) => {
      const titles = [...document.querySelectorAll('.event-item .event-title')].map((t) => t.textContent!.slice(0, 10));
      return titles.length > 0 && titles.every((d) => d >= a && d <= b);
    }, [from, to]);
    // The timeline redraws for the new range after the list does: wait for it, then count.
    await page.waitForSelector('#timeline rect.selection');
    await waitIdle();
    assert.equal(await page.locator('#timeline rect.selection').count(), 1);
  });

  test('the keyboard reaches every event: Enter opens the panel, Escape closes it and returns focus', async () => {
    await page.goto(`${server.url}?text=Qasr`);
    const item = page.locator(`.event-item[data-id="${incidentId}"]`);
    await item.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel mark.evidence');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'panel-title');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#panel', { state: 'hidden' });
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id), incidentId);
  });

  test('opening an event shows its fields, sources side by side and highlighted evidence', async () => {
    await page.goto(`${server.url}?text=Qasr`);
    await page.waitForSelector(`.event-item[data-id="${incidentId}"]`);
    await page.click(`.event-item[data-id="${incidentId}"]`);
    await page.waitForSelector('#panel mark.evidence');
    assert.match(page.url(), new RegExp(`event=${incidentId}`));
    assert.equal(await page.locator('#panel .source-doc').count(), 2, 'both sources');
    const fatalRow = page.locator('#panel table.side-by-side tr.disagrees', { hasText: 'Fatalities (best)' });
    assert.deepEqual((await fatalRow.locator('td').allTextContents()).sort(), ['10', '7']);
    const marks = await page.locator('#panel mark.evidence').allTextContents();
    assert.ok(marks.includes('3 March 2021') && marks.includes('Qasr Town'), marks.join(' | '));
    // The merge step's decision for each report: the second account was attached to the first's event.
    const decisions = await page.locator('#panel ul.placements li').allTextContents();
    assert.deepEqual(decisions, [`Test Radio: attached to ${incidentId} (score 0.95: date 1, place 1, type 1, actors 1, toll 0.8, text 0.9); 1 candidate(s) scored; rule test fixture`]);
    await shot('event');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#panel', { state: 'hidden' });
  });

  test('a reviewer confirms an event and edits a field in the panel; the audit log records both', async () => {
    await page.goto(`${server.url}?event=${incidentId}`);
    await page.waitForSelector('#panel .review');
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.waitForSelector('#panel .badge:has-text("status: confirmed")');
    await page.getByLabel('Field').selectOption('fatalities');
    await page.getByLabel('New value').fill('9');
    await page.getByLabel('Reason').fill('hospital list checked');
    await page.getByRole('button', { name: 'Save field' }).click();
    await page.waitForSelector('#panel .override');
    assert.match((await page.locator('#panel .lede').textContent())!, /9 fatalities/);
    await page.waitForSelector('#panel .audit tbody tr:has-text("edit")');
    const actions = await page.locator('#panel .audit tbody tr td:nth-child(3)').allTextContents();
    assert.ok(actions.includes('confirm') && actions.includes('edit'), actions.join(', '));
    await shot('review');
  });

  test('an ingested article with <script> and <img onerror> shows literally and runs nothing', async () => {
    const hostile = 'Hostile markup test\n\n<script>window.__pwned = 1; alert("script ran")</script>' +
      '<img src="x" onerror="window.__pwned = 2; alert(\'img ran\')"> Gunmen attacked a checkpoint in Gao, Mali on 4 April 2021, killing three soldiers.';
    const res = await fetch(new URL('/api/ingest', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: hostile, title: '<img src=x onerror="window.__pwned=3">Checkpoint attack', source: '<b>Bold Source</b>', published: '2021-04-05' }),
    });
    assert.equal(res.status, 201);
    const { document: doc, events } = await res.json();
    await page.goto(`${server.url}?view=documents&doc=${doc.id}`);
    await page.waitForSelector('#view-documents .doc-text');
    const text = await page.locator('#view-documents .doc-text').textContent();
    assert.ok(text?.includes('<script>window.__pwned = 1;'), 'the script tag is shown as text');
    assert.ok(text?.includes('onerror="window.__pwned = 2;'), 'the img tag is shown as text');
    assert.ok(await page.getByText('<img src=x onerror="window.__pwned=3">Checkpoint attack').first().isVisible(), 'title shown literally');
    await shot('hostile-document');
    if (events.length) {
      await page.goto(`${server.url}?event=${events[0].id}`);
      await page.waitForSelector('#panel .doc-text');
    }
    await waitIdle();
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'no injected code ran');
    assert.equal(await page.locator('#panel img, #view-documents img, .doc-text script').count(), 0, 'no element was created from the text');
    assert.deepEqual(pageErrors, []);
  });

  test('a very long unbroken title wraps inside the panel and the documents view; the list shows three lines of it', async () => {
    const title = 'Unbroken' + 'X'.repeat(900);
    const res = await fetch(new URL('/api/ingest', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Gunmen attacked a checkpoint in Gao, Mali on 6 April 2021, killing two soldiers.', title, published: '2021-04-07' }),
    });
    assert.equal(res.status, 201);
    const { document: doc, events } = await res.json();
    const overflow = (sel: string) => page.locator(sel).evaluate((n) => n.scrollWidth - n.clientWidth);
    await page.goto(`${server.url}?view=documents&doc=${doc.id}`);
    await page.waitForSelector('#doc-title');
    assert.ok((await overflow('#view-documents')) <= 1, 'the documents view does not scroll sideways');
    const cell = page.locator('#view-documents tbody tr').filter({ hasText: 'UnbrokenXXX' }).locator('td').first();
    assert.ok((await cell.evaluate((n) => n.getBoundingClientRect().height)) < 100, 'the list row stays a few lines high');
    assert.ok(events.length > 0);
    await page.goto(`${server.url}?event=${events[0].id}`);
    await page.waitForSelector('#panel .doc-text');
    assert.ok((await overflow('#panel')) <= 1, 'the event panel does not scroll sideways');
    await shot('long-title');
    assert.deepEqual(pageErrors, []);
  });

  test('the actor view lists actors and draws the network; choosing one filters the map', async () => {
    await page.goto(`${server.url}?view=actors`);
    await page.waitForSelector('svg.network .node');
    assert.ok((await page.locator('svg.network line.edge').count()) > 0);
    await shot('actors');
    const node = page.locator('svg.network .node').first();
    const name = (await node.getAttribute('aria-label'))!.replace(/^Filter by /, '');
    await node.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/actor=/);
    assert.equal(await page.inputValue('#f-actor'), name);
    await page.waitForSelector('.event-item');
  });

  test('the documents view lists what was ingested with event counts', async () => {
    await page.goto(`${server.url}?view=documents`);
    await page.waitForSelector('#view-documents tbody tr');
    assert.ok((await page.locator('#view-documents tbody tr').count()) >= 6);
    assert.ok(await page.locator('#filters').isHidden(), 'event filters are hidden here');
    await page.getByLabel('Search documents').fill('radio');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('#view-documents tbody tr').length === 1);
    assert.equal(await page.locator('#view-documents tbody tr td').first().textContent(), 'Market attack toll rises');
    await shot('documents');
  });
});
