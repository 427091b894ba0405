import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeed } from '../../src/feeds/parse.ts';

test('RSS 2.0: items with guid, absolute link, date and summary, entities decoded', () => {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
    <title>Desk &amp; Wire</title>
    <item><title>Clashes near the border</title><link>/news/1</link><guid isPermaLink="false">n-1</guid>
      <pubDate>Tue, 05 Nov 2019 10:00:00 GMT</pubDate><description>Short &lt;b&gt;summary&lt;/b&gt;</description></item>
    <item><title>Only a link</title><link>https://example.org/news/2</link></item>
  </channel></rss>`;
  const feed = parseFeed(xml, 'https://example.org/feed')!;
  assert.equal(feed.title, 'Desk & Wire');
  assert.deepEqual(feed.items[0], { key: 'n-1', url: 'https://example.org/news/1', title: 'Clashes near the border', published: '2019-11-05', summary: 'Short <b>summary</b>' });
  assert.equal(feed.items[1].key, 'https://example.org/news/2');
});

test('Atom: entry id, alternate link, published date, content', () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title>
    <entry><id>tag:example.org,2019:1</id><title>Drone strike reported</title>
      <link rel="self" href="https://example.org/api/1"/><link rel="alternate" href="https://example.org/a/1"/>
      <published>2019-12-01T07:00:00Z</published><content type="html">Body text</content></entry></feed>`;
  const feed = parseFeed(xml, 'https://example.org/atom')!;
  assert.deepEqual(feed.items, [{ key: 'tag:example.org,2019:1', url: 'https://example.org/a/1', title: 'Drone strike reported', published: '2019-12-01', summary: 'Body text' }]);
});

test('RSS 1.0 (RDF) items are read; HTML and broken XML are not feeds', () => {
  const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>RDF desk</title></channel>
    <item><title>Protest in the capital</title><link>https://example.org/r/1</link><dc:date>2020-01-02</dc:date></item></rdf:RDF>`;
  const feed = parseFeed(rdf, 'https://example.org/rdf')!;
  assert.equal(feed.title, 'RDF desk');
  assert.equal(feed.items[0].url, 'https://example.org/r/1');
  assert.equal(feed.items[0].published, '2020-01-02');
  assert.equal(parseFeed('<!doctype html><html><body>hi</body></html>', 'https://example.org/'), null);
  assert.equal(parseFeed('<rss><channel><item><title>x</ti', 'https://example.org/'), null);
});

test('item bodies: Atom xhtml, escaped and CDATA HTML, plain text; dates as written; a guid is a link only when it is a URL', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
    <entry><id>urn:1</id><title>Clash</title><updated>2024-02-13T23:30:00-05:00</updated>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Soldiers <b>and</b> rebels clashed near Kidal.</p></div></content></entry>
    <entry><id>urn:2</id><title>Note</title><published>2024-02-10T08:00:00+02:00</published><summary type="text">5 &lt; 6 &amp; more</summary></entry></feed>`;
  const a = parseFeed(atom, 'https://example.org/atom')!;
  assert.match(a.items[0].summary!, /<p>Soldiers <b>and<\/b> rebels clashed near Kidal\.<\/p>/);
  assert.equal(a.items[0].published, '2024-02-13');
  assert.equal(a.items[1].summary, '5 &lt; 6 &amp; more');
  const rss = `<rss version="2.0"><channel><title>Wire</title>
    <item><title>A</title><guid>zam-1</guid><pubDate>Mon, 12 Feb 2024 22:30:00 -0500</pubDate>
      <description><![CDATA[<p>Gunmen killed nine villagers in Maru &amp; Gusau.</p>]]></description></item>
    <item><title>B</title><guid>https://example.org/b</guid><description>&lt;p&gt;Tear gas in Dakar &amp;amp; Thies&lt;/p&gt;</description></item></channel></rss>`;
  const r = parseFeed(rss, 'https://example.org/rss')!;
  assert.equal(r.items[0].url, null, "'zam-1' is an id, not a relative link to fetch");
  assert.equal(r.items[0].key, 'zam-1');
  assert.equal(r.items[0].published, '2024-02-12');
  assert.equal(r.items[0].summary, '<p>Gunmen killed nine villagers in Maru &amp; Gusau.</p>');
  assert.equal(r.items[1].url, 'https://example.org/b');
  assert.equal(r.items[1].summary, '<p>Tear gas in Dakar &amp; Thies</p>');
});
