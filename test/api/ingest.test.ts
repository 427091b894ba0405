import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertErrorShape, makeTestApp, type TestApp } from './helper.ts';

let t: TestApp;
before(async () => {
  t = await makeTestApp({ bodyLimit: 64 * 1024 });
});
after(() => t.close());

// Written for this test in our own words.
const ARTICLE =
  'Clashes near Sirte leave four dead\n\nFighting broke out on the outskirts of Sirte, Libya on 12 February 2020 between the Libyan National Army and forces of the Government of National Accord. Four fighters were killed, a local official said.';

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/ingest', payload: payload as string, headers });

test('POST /api/ingest stores a text report and returns the events found; a repeat changes nothing', async () => {
  const before = (await t.app.inject('/api/events?limit=1&with_total=1')).json().total;
  const r = await post({ text: ARTICLE, title: 'Clashes near Sirte', source: 'Test Desk', published: '2020-02-13' });
  assert.equal(r.statusCode, 201, r.body);
  const body = r.json();
  assert.equal(body.created, true);
  assert.equal(body.document.source, 'Test Desk');
  assert.ok(body.events.length >= 1, 'the clash is found');
  const ev = body.events[0];
  assert.equal(ev.event_date, '2020-02-12');
  assert.ok(ev.evidence.every((e: { start: number; end: number; text: string }) => ARTICLE.slice(e.start, e.end) === e.text));
  const again = await post({ text: ARTICLE, title: 'Clashes near Sirte', source: 'Test Desk', published: '2020-02-13' });
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().created, false);
  assert.equal(again.json().document.id, body.document.id);
  const afterCount = (await t.app.inject('/api/events?limit=1&with_total=1')).json().total;
  assert.equal(afterCount, before + body.events.length);
});

test('HTML is reduced to its article text: scripts are dropped, never stored or echoed as markup', async () => {
  const html = `<html><head><title>Strike on depot</title><script>window.pwned = 1</script></head><body><article><h1>Strike on depot</h1>
    <p>An air strike hit a fuel depot in Misrata, Libya on 2 May 2020, killing two guards, the local council said.</p>
    <img src="x" onerror="window.pwned = 2"></article></body></html>`;
  const r = await post({ html, source: 'Test HTML', published: '2020-05-03' });
  assert.equal(r.statusCode, 201, r.body);
  const doc = r.json().document;
  assert.equal(doc.kind, 'html');
  assert.doesNotMatch(doc.text, /pwned/);
  assert.equal(doc.html, undefined, 'raw HTML is not served back');
  assert.match(doc.text, /fuel depot/);
});

test('a literal <script> in plain text is kept as text', async () => {
  const text = 'Notice\n\nSomeone pasted <script>alert(1)</script> into a report about Tripoli, Libya on 1 June 2020.';
  const r = await post({ text });
  assert.equal(r.statusCode, 201, r.body);
  assert.equal(r.json().document.text, text);
});

test('bad payloads get 400 with a reason; nothing is written', async () => {
  const docsBefore = (await t.app.inject('/api/documents?limit=500')).json().items.length;
  const cases: Array<[unknown, RegExp]> = [
    [{}, /text/],
    [{ text: '   ' }, /text/],
    [{ text: 'a', html: '<p>b</p>' }, /exactly one/],
    [{ text: 'Some report', published: '12/02/2020' }, /published/],
    [{ text: 'Some report', url: 'javascript:alert(1)' }, /url/],
    [{ text: 42 }, /text/],
    [{ text: 'Some report', country: 'Narnia' }, /country.*Narnia/],
  ];
  for (const [payload, reason] of cases) {
    const r = await post(payload);
    assertErrorShape(r.json(), 400, 'INVALID_REQUEST');
    assert.match(r.json().message, reason, JSON.stringify(payload));
  }
  const broken = await post('{"text": "unterminated', { 'content-type': 'application/json' });
  assertErrorShape(broken.json(), 400, 'INVALID_REQUEST');
  const noArticle = await post({ html: '<html><body><script>x()</script></body></html>' });
  assertErrorShape(noArticle.json(), 400, 'INVALID_DOCUMENT');
  assert.equal((await t.app.inject('/api/documents?limit=500')).json().items.length, docsBefore);
});

test('a body over the configured limit is refused with 413', async () => {
  const r = await post({ text: 'x '.repeat(40 * 1024) });
  assert.equal(r.statusCode, 413);
  assertErrorShape(r.json(), 413, 'PAYLOAD_TOO_LARGE');
});

test('a body that is not JSON is refused with 415', async () => {
  const r = await post('just words', { 'content-type': 'text/plain' });
  assertErrorShape(r.json(), 415, 'UNSUPPORTED_MEDIA_TYPE');
});

test('the country hint is stored as ISO3 whether given as a code or a name', async () => {
  for (const [country, iso3] of [['lby', 'LBY'], ['Libya', 'LBY'], ['Nigeria', 'NGA']]) {
    const r = await post({ text: `${ARTICLE} (${country})`, country });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().document.meta.country, iso3);
  }
  const html = await post({ html: '<p>Gunmen attacked a bus near Kidal on Sunday, killing two passengers.</p>', published: '2021-02-08' });
  assert.equal(html.statusCode, 201, html.body);
  assert.equal(html.json().document.text, 'Gunmen attacked a bus near Kidal on Sunday, killing two passengers.');
});
