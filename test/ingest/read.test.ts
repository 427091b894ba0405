import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { IngestError } from '../../src/ingest/errors.ts';
import { readDocumentFile } from '../../src/ingest/read.ts';
import { listInputs } from '../../src/ingest/walk.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-read-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const fails = async (p: string, reason: RegExp, opts = {}) => {
  const err = await readDocumentFile(p, {}, opts).then(
    () => assert.fail(`expected ${p} to be refused`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof IngestError);
  assert.ok(err.message.startsWith(p + ': '), 'the message names the file');
  assert.match(err.message, reason);
  assert.ok(!err.message.includes('\n'), 'one line');
};

describe('readDocumentFile', () => {
  test('plain text with a sidecar; flags win over the sidecar', async () => {
    const p = file('report.txt', 'Clashes in Sirte\r\n\r\nFighting resumed on Tuesday.\r\n');
    file('report.meta.json', JSON.stringify({ published: '2019-12-06', source: 'Sidecar Wire', url: 'https://example.org/a', title: 'T' }));
    const d = await readDocumentFile(p);
    assert.deepEqual([d.kind, d.text, d.published, d.source, d.url, d.title], ['text', 'Clashes in Sirte\n\nFighting resumed on Tuesday.', '2019-12-06', 'Sidecar Wire', 'https://example.org/a', 'T']);
    assert.equal(d.meta?.file, 'report.txt');
    const flagged = await readDocumentFile(p, { source: 'Flag Wire', published: '2019-12-07' });
    assert.deepEqual([flagged.source, flagged.published, flagged.url], ['Flag Wire', '2019-12-07', 'https://example.org/a']);
  });

  test('a broken sidecar is named in the error', async () => {
    const p = file('broken.txt', 'Some report.');
    file('broken.meta.json', '{ not json');
    await fails(p, /broken\.meta\.json|sidecar/);
  });

  test('a sidecar country is kept as ISO3 (code or name); one naming no country is refused', async () => {
    const p = file('hinted.txt', 'Gunmen attacked a bus on Sunday.');
    file('hinted.meta.json', JSON.stringify({ country: 'Mali' }));
    assert.equal((await readDocumentFile(p)).meta?.country, 'MLI');
    const q = file('wrong.txt', 'Gunmen attacked a bus on Sunday.');
    file('wrong.meta.json', JSON.stringify({ country: 'Narnia' }));
    await fails(q, /wrong\.meta\.json: country "Narnia"/);
  });

  test('an RSS or Atom feed file is refused with what to do instead, never stored as XML text', async () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Clash</title><description>Soldiers clashed.</description></item></channel></rss>';
    await fails(file('wire.xml', rss), /wire\.xml: is an RSS\/Atom feed \(1 items\): monitor it with `sitrep watch add URL`/);
    await fails(file('atom.txt', '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>'), /RSS\/Atom feed \(0 items\)/);
  });

  test("a plain-text article's dateline gives the publication date when nothing else does", async () => {
    const text = '3 soldiers killed in clashes\n\nXinhua, January 20, 2015\n\nClashes left three soldiers dead on Monday, officials said.';
    const d = await readDocumentFile(file('wire.txt', text));
    assert.equal(d.published, '2015-01-20');
    assert.equal(d.meta?.published_from, 'dateline');
    const flagged = await readDocumentFile(file('wire2.txt', text), { published: '2015-01-21' });
    assert.equal(flagged.published, '2015-01-21', 'a flag (or sidecar) wins');
    const sentence = await readDocumentFile(file('wire3.txt', 'Clashes\nGunmen killed 4 on May 5, 2009\nMore text.'));
    assert.equal(sentence.published ?? null, null, 'a sentence mentioning a date is no dateline');
  });

  test('Markdown keeps the words, drops the markup', async () => {
    const d = await readDocumentFile(file('note.md', '# Attack in Mopti\n\n**Gunmen** abducted a [teacher](https://x.org) on *Monday*.\n'));
    assert.equal(d.kind, 'markdown');
    assert.equal(d.text, 'Attack in Mopti\n\nGunmen abducted a teacher on Monday.');
    assert.equal(d.title, 'Attack in Mopti');
  });

  test('Latin-1 text is decoded', async () => {
    const d = await readDocumentFile(file('latin1.txt', Buffer.from('Les forces armées ont été déployées à Ménaka après une attaque contre un poste de contrôle.', 'latin1')));
    assert.match(d.text, /armées ont été déployées à Ménaka/);
    assert.equal(d.meta?.encoding, 'windows-1252');
  });

  test('bad input: empty, whitespace, binary, too large, missing, directory', async () => {
    await fails(file('empty.txt', ''), /empty file/);
    await fails(file('blank.txt', ' \n\t\n'), /no text/);
    await fails(file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48])), /binary/);
    const big = file('big.txt', '');
    truncateSync(big, 50 * 1024 * 1024); // a sparse 50 MB file: the size check comes before reading
    await fails(big, /too large \(50\.0 MB; the limit is 20\.0 MB/);
    await fails(file('small-limit.txt', 'x'.repeat(2000)), /too large/, { maxBytes: 1000 });
    await fails(join(dir, 'missing.txt'), /cannot read/);
    mkdirSync(join(dir, 'folder.txt'));
    await fails(join(dir, 'folder.txt'), /directory/);
  });
});

describe('listInputs', () => {
  test('walks folders recursively and names what cannot be read', async () => {
    const root = join(dir, 'batch');
    mkdirSync(join(root, 'sub', 'x.txt'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'A');
    writeFileSync(join(root, 'sub', 'b.html'), '<p>B</p>');
    writeFileSync(join(root, 'a.meta.json'), '{}');
    writeFileSync(join(root, 'photo.jpg'), 'not ingested');
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'dangling.txt'));
    const inputs = await listInputs([root]);
    assert.deepEqual(inputs.files.map((f) => f.slice(root.length + 1)), ['a.txt', 'dangling.txt', 'sub/b.html']);
    assert.deepEqual(inputs.problems.map((p) => p.message), [`${join(root, 'sub', 'x.txt')}: is a directory, not a file`]);
    assert.equal(inputs.skipped, 2);
    await fails(join(root, 'dangling.txt'), /cannot read \(no such file, or a broken link\)/);
  });
});
