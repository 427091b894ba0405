import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText } from '../../src/ingest/decode.ts';
import { contentHash, normaliseText } from '../../src/ingest/hash.ts';

const ok = (buf: Buffer) => {
  const r = decodeText(buf);
  assert.ok('text' in r, `expected text, got ${JSON.stringify(r)}`);
  return r;
};

test('UTF-8 with and without BOM', () => {
  assert.deepEqual(ok(Buffer.from('Café in Ṣabrātah', 'utf8')), { text: 'Café in Ṣabrātah', encoding: 'utf-8' });
  assert.equal(ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zawiya')])).text, 'Zawiya');
});

test('Windows-1252 / Latin-1 text is detected and decoded', () => {
  // "Le café de Bamako a été fermé – l’armée" in Windows-1252 (é = E9, – = 96, ’ = 92).
  const text = 'Le café de Bamako a été fermé – l’armée était présente. Les manifestants réclamaient des élections.';
  const r = ok(Buffer.from(text.replace(/–/g, '\x96').replace(/’/g, '\x92'), 'latin1'));
  assert.equal(r.text, text);
  assert.match(r.encoding, /1252|8859/);
});

test('a short Latin-1 text that chardet cannot place is still read as Western', () => {
  assert.deepEqual(ok(Buffer.from('Café à Mopti', 'latin1')), { text: 'Café à Mopti', encoding: 'windows-1252' });
});

test('other legacy encodings are refused, not guessed', () => {
  // "Protest in Moscow." in KOI8-R, and a Japanese sentence in Shift_JIS (bytes written out).
  const koi8 = Buffer.from([0xf0, 0xd2, 0xcf, 0xd4, 0xc5, 0xd3, 0xd4, 0x20, 0xd7, 0x20, 0xed, 0xcf, 0xd3, 0xcb, 0xd7, 0xc5, 0x2e]);
  const sjis = Buffer.from([0x93, 0x8c, 0x8b, 0x9e, 0x82, 0xc5, 0x8d, 0x52, 0x8b, 0x63, 0x83, 0x66, 0x83, 0x82, 0x82, 0xaa, 0x8d, 0x73, 0x82, 0xed, 0x82, 0xea, 0x82, 0xbd, 0x81, 0x42]);
  for (const buf of [koi8, sjis]) {
    const r = decodeText(buf);
    assert.ok('error' in r, JSON.stringify(r));
    assert.match(r.error, /not UTF-8 .*convert it to UTF-8/);
  }
});

test('a charset the page declares is honoured (Arabic Windows-1256 is no longer Windows-1252 mojibake)', async () => {
  const iconv = (await import('iconv-lite')).default;
  const arabic = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>قتل أربعة أشخاص في قصف على حلب.</p></body></html>';
  assert.deepEqual(ok(iconv.encode(arabic, 'windows-1256')), { text: arabic, encoding: 'windows-1256' });
  const russian = '<html><head><meta charset="windows-1251"><title>Обстрел Харькова</title></head><body><p>Погибли четыре человека.</p></body></html>';
  assert.deepEqual(ok(iconv.encode(russian, 'windows-1251')), { text: russian, encoding: 'windows-1251' });
  const feed = '<?xml version="1.0" encoding="KOI8-R"?><rss><channel><title>Протест в Москве</title></channel></rss>';
  assert.equal(ok(iconv.encode(feed, 'koi8-r')).text, feed);
  // A page that says UTF-8 but is not is still checked, not trusted.
  const mislabelled = Buffer.from('<meta charset="utf-8"><p>Café à Mopti</p>', 'latin1');
  assert.equal(ok(mislabelled).encoding, 'windows-1252');
});

test('UTF-16 with a byte-order mark', () => {
  const body = Buffer.from('Mopti, 3 May', 'utf16le');
  assert.equal(ok(Buffer.concat([Buffer.from([0xff, 0xfe]), body])).text, 'Mopti, 3 May');
});

test('binary and empty input are refused with a reason', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  assert.deepEqual(decodeText(png), { error: 'binary file, not text' });
  assert.deepEqual(decodeText(Buffer.alloc(0)), { error: 'empty file' });
});

test('content hash ignores line endings, BOM, trailing spaces and Unicode normal form', () => {
  const a = contentHash({ kind: 'text', text: 'Cafe\u0301 in Sirte.  \r\nSecond line.\r\n' });
  const b = contentHash({ kind: 'text', text: '\uFEFFCafé in Sirte.\nSecond line.' });
  assert.equal(a, b);
  assert.notEqual(a, contentHash({ kind: 'text', text: 'Café in Sirte.\nSecond line!' }));
  assert.equal(normaliseText('a\n\n\n\nb'), 'a\n\nb');
});

test('dataset rows with the same text are different documents', () => {
  const row = (id: string) => contentHash({ kind: 'acled', external_id: id, text: 'Protest in Haifa.' });
  assert.notEqual(row('ISR1'), row('ISR2'));
  assert.notEqual(row('ISR1'), contentHash({ kind: 'text', text: 'Protest in Haifa.' }));
});
