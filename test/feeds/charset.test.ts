// Pages and feeds in legacy encodings fetched over HTTP are decoded by their charset (header or
// declaration), not read as UTF-8. The texts are written for this test.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import iconv from 'iconv-lite';
import { politeFetch } from '../../src/feeds/fetch.ts';

const RUSSIAN = '<html><body><p>Обстрел Харькова: погибли четыре человека.</p></body></html>';
const ARABIC = '<html><head><meta charset="windows-1256"></head><body><p>قصف على حلب يوم الاثنين.</p></body></html>';
const pages: Record<string, { type: string; body: Buffer }> = {
  '/header.html': { type: 'text/html; charset=windows-1251', body: iconv.encode(RUSSIAN, 'windows-1251') },
  '/declared.html': { type: 'text/html', body: iconv.encode(ARABIC, 'windows-1256') },
  '/utf8.html': { type: 'text/html; charset=iso-8859-1', body: Buffer.from(RUSSIAN, 'utf8') },
};
let base = '';
const server = createServer((req, res) => {
  const page = pages[req.url ?? ''];
  res.writeHead(page ? 200 : 404, { 'content-type': page?.type ?? 'text/plain' }).end(page?.body ?? '');
});
before(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const gate = { wait: async () => {} };

test('a page is decoded by its Content-Type charset, else by the charset it declares', async () => {
  assert.equal((await politeFetch(`${base}/header.html`, gate)).body, RUSSIAN);
  assert.equal((await politeFetch(`${base}/declared.html`, gate)).body, ARABIC);
});

test('valid UTF-8 stays UTF-8 even when a server labels it Latin-1', async () => {
  assert.equal((await politeFetch(`${base}/utf8.html`, gate)).body, RUSSIAN);
});
