import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ensureWebBuild } from '../../src/web/build.ts';

const out = mkdtempSync(join(tmpdir(), 'sitrep-web-build-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('the dashboard builds offline into one folder and is not rebuilt while its sources are unchanged', async () => {
  await ensureWebBuild(out);
  for (const f of ['index.html', 'app.js', 'style.css', 'countries.json']) assert.ok(existsSync(join(out, f)), f);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(html, /src="app.js"/);
  assert.doesNotMatch(html, /https?:\/\//, 'no resource from the internet');
  assert.match(readFileSync(join(out, 'style.css'), 'utf8'), /\.leaflet-container/, "Leaflet's CSS is bundled");
  const built = statSync(join(out, 'app.js')).mtimeMs;
  await ensureWebBuild(out);
  assert.equal(statSync(join(out, 'app.js')).mtimeMs, built);
});

test('no dashboard source parses strings as HTML (documents are shown as text only)', () => {
  const dir = join(import.meta.dirname, '..', '..', 'src', 'web', 'client');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const code = readFileSync(join(dir, f), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    // Leaflet's setContent/bindPopup/bindTooltip parse a string as HTML: only elements may go in.
    assert.doesNotMatch(code, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|bindPopup|bindTooltip|setContent\(\s*[`'"]/, f);
  }
});
