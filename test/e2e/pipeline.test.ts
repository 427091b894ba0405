// processDocument on real and bundled reports: every event's evidence points at its document's
// text, dates never lie after publication, and processing the same document twice writes nothing.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadDefaultGazetteer } from '../../src/geo/index.ts';
import { readDocumentFile } from '../../src/ingest/read.ts';
import { processDocument } from '../../src/pipeline/process.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { ROOT } from '../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-pipeline-'));
let store: Store;
before(async () => (store = await openStore(join(dir, 'p.db'))));
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function checkFile(path: string) {
  const doc = await readDocumentFile(path);
  const gazetteer = loadDefaultGazetteer();
  const res = await processDocument(store, doc, { gazetteer });
  assert.equal(res.created, true);
  const stored = (await store.getDocument(res.document.id))!;
  for (const ev of res.events) {
    for (const e of ev.evidence) {
      const text = e.document_id === stored.id ? stored.text : (await store.getDocument(e.document_id))!.text;
      assert.equal(text.slice(e.start, e.end), e.text, `${ev.id} ${e.field} evidence matches the text`);
    }
    if (doc.published) assert.ok(ev.event_date <= doc.published, `${ev.event_date} is not after ${doc.published}`);
    assert.ok(ev.fatalities_min <= ev.fatalities && ev.fatalities <= ev.fatalities_max);
  }
  const again = await processDocument(store, doc, { gazetteer });
  assert.equal(again.created, false);
  assert.deepEqual(again.events.map((e) => e.id), res.events.map((e) => e.id));
  return res;
}

test('a bundled example', async () => {
  const res = await checkFile(join(ROOT, 'examples', 'tripoli-drone-strike.txt'));
  assert.ok(res.events.length >= 1);
  assert.equal(res.document.source, 'Sitrep Synthetic Wire');
});

const corpus = join(ROOT, '..', 'shared', 'corpus', '2019-12-06-fp-haftar-tripoli.txt');
test('the shared field report', { skip: !existsSync(corpus) && `absent: ${corpus}` }, async () => {
  const res = await checkFile(corpus);
  assert.equal(res.document.published, '2019-12-06', 'publication date from the sidecar');
  assert.ok(res.events.length >= 1);
  assert.ok(readFileSync(corpus, 'utf8').length > 1000);
});
