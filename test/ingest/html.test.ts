import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentFromHtml } from '../../src/ingest/html.ts';

const PARAS = [
  'A drone strike hit a workshop in Qasr bin Ghashir on Tuesday, killing four workers, a hospital director said.',
  'Officials blamed forces loyal to the eastern commander; the other side did not comment on the accusation.',
  'Relief agencies said more than two thousand families had left the southern districts over the past month.',
];

const page = (head: string, extra = '') => `<!doctype html><html lang="en"><head>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <script>window.stolen = document.cookie; alert("xss")</script>
  <article><h1>Strike on the southern front</h1>
    ${PARAS.map((p) => `<p>${p}</p>`).join('\n')}
    <p>Witnesses <img src=x onerror="alert(1)"> described <b>heavy</b> damage.<script>document.write("injected")</script></p>
    ${extra}
  </article><footer>Copyright notice</footer></body></html>`;

test('article body, title and meta tags; scripts never reach the text', () => {
  const d = documentFromHtml(
    page(`<title>Strike | Example News</title>
      <meta property="og:title" content="Strike on the southern front">
      <meta property="og:site_name" content="Example News">
      <meta name="author" content="A. Reporter">
      <meta property="article:published_time" content="2019-11-22T08:30:00+01:00">
      <link rel="canonical" href="https://example.org/strike">`),
  );
  assert.equal(d.kind, 'html');
  assert.equal(d.title, 'Strike on the southern front');
  assert.equal(d.source, 'Example News');
  assert.equal(d.byline, 'A. Reporter');
  assert.equal(d.published, '2019-11-22');
  assert.equal(d.url, 'https://example.org/strike');
  assert.equal(d.language, 'en');
  for (const p of PARAS) assert.ok(d.text.includes(p), `body keeps: ${p.slice(0, 30)}`);
  assert.match(d.text, /Witnesses described heavy damage\./);
  for (const bad of ['alert', 'cookie', 'injected', 'onerror', '<']) assert.ok(!d.text.includes(bad), `no "${bad}" in text`);
  assert.ok(d.text.startsWith('Strike on the southern front\n\n'));
  assert.ok(!d.text.includes('Copyright'), 'boilerplate outside the article is dropped');
  assert.ok(d.html?.includes('<script>'), 'the original markup is kept as it was');
});

test('datePublished from JSON-LD when there is no meta tag', () => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', datePublished: '2020-05-03T10:00:00Z' }] });
  const d = documentFromHtml(page(`<title>Strike</title><script type="application/ld+json">${ld}</script>`));
  assert.equal(d.published, '2020-05-03');
  assert.ok(!d.text.includes('NewsArticle'));
});

test('a short page without an article still yields its text', () => {
  const d = documentFromHtml('<html><body><p>Protest in Bamako today.</p><script>evil()</script></body></html>');
  assert.equal(d.text, 'Protest in Bamako today.');
});

test('a fragment or a page without <body> keeps its text (linkedom builds no implied body)', () => {
  const frag = documentFromHtml('<p>Armed men &lt;script&gt;x&lt;/script&gt; killed four villagers in Tillaberi on Friday.</p><img src=x onerror=alert(2)>');
  assert.equal(frag.text, 'Armed men <script>x</script> killed four villagers in Tillaberi on Friday.');
  const bare = documentFromHtml('Gunmen attacked a bus near Kidal <br> on Sunday.');
  assert.equal(bare.text, 'Gunmen attacked a bus near Kidal\n\non Sunday.');
  const noBody = documentFromHtml('<html lang="fr"><head><title>Attaque à Kidal</title></head><p>Des hommes armés ont attaqué un bus.</p><script>evil()</script></html>');
  assert.equal(noBody.title, 'Attaque à Kidal');
  assert.equal(noBody.language, 'fr');
  assert.equal(noBody.text, 'Attaque à Kidal\n\nDes hommes armés ont attaqué un bus.');
  const loose = documentFromHtml('<title>Clash in Kidal</title><meta name="date" content="2021-02-03"><p>Soldiers and rebels clashed.</p>');
  assert.equal(loose.title, 'Clash in Kidal');
  assert.equal(loose.published, '2021-02-03');
  assert.equal(loose.text, 'Clash in Kidal\n\nSoldiers and rebels clashed.');
});

test('JSON-LD headline, publisher and author; the site name is cut from a <title> that carries it', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Police fire tear gas at protest',
    datePublished: '2011-10-26T04:12:00+05:00',
    author: [{ '@type': 'Person', name: 'B. Writer' }],
    publisher: { '@type': 'Organization', name: 'Daily Example' },
  });
  const d = documentFromHtml(page(`<title>Police fire tear gas at protest - Daily Example</title><script type="application/ld+json">${ld}</script>`));
  assert.equal(d.title, 'Police fire tear gas at protest');
  assert.equal(d.source, 'Daily Example');
  assert.equal(d.byline, 'B. Writer');
  assert.equal(d.published, '2011-10-26');
  const t = documentFromHtml(page('<title>Strike on the front | Example News</title><meta property="og:site_name" content="Example News">'));
  assert.equal(t.title, 'Strike on the front');
  const keep = documentFromHtml(page('<title>Gunmen kill five - police</title><meta property="og:site_name" content="Example News">'));
  assert.equal(keep.title, 'Gunmen kill five - police', 'a dash that does not name the site stays');
});
