// HTML -> document: the article body found by @mozilla/readability on a linkedom DOM (linkedom
// has no script engine, so nothing in the page ever runs), plus the metadata publishers put in
// meta tags and JSON-LD. Scripts, styles and templates are removed before anything reads text.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { NewDocument } from '../core/types.ts';
import { toIsoDate } from './meta.ts';

/** Elements whose content is never text of the article. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'BR', 'HR', 'ADDRESS',
]);

type Meta = Pick<NewDocument, 'title' | 'byline' | 'source' | 'url' | 'published' | 'language'>;

/** The article text and metadata of an HTML page. `text` starts with the title as a heading line. */
export function documentFromHtml(html: string, base: Partial<NewDocument> = {}): NewDocument {
  const { document } = parseWhole(html);
  const meta = readMeta(document);
  for (const el of [...document.querySelectorAll('script, style, noscript, template, iframe')]) el.remove();
  const article = new Readability<Node>(document.cloneNode(true) as unknown as Document, { serializer: (n) => n }).parse();
  let body = article?.content ? nodeText(article.content) : '';
  if (body.length < 200) {
    // Readability gives up on short pages; the whole body (scripts removed) is then the text.
    const whole = document.body ? nodeText(document.body) : '';
    if (whole.length > body.length) body = whole;
  }
  const title = meta.title || article?.title || null;
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return {
    kind: 'html',
    ...base,
    html,
    text,
    title,
    byline: meta.byline || article?.byline || null,
    source: meta.source || article?.siteName || null,
    url: meta.url,
    published: meta.published || toIsoDate(article?.publishedTime ?? null),
    language: meta.language || article?.lang || null,
  };
}

/**
 * linkedom builds no implied <html>/<head>/<body> (as browsers do): a fragment ('<p>...</p>', an
 * API or feed snippet) or a page that omits <body> parses into an empty body and all its text is
 * lost. Such input is re-parsed inside an explicit skeleton, its head elements kept in the head.
 */
function parseWhole(html: string): { document: Document } {
  const parsed = parseHTML(html) as unknown as { document: Document };
  const { document } = parsed;
  const root = document.documentElement;
  if (root?.tagName === 'HTML' && document.body && (document.body.textContent ?? '').trim()) return parsed;
  const htmlAttrs = /<html(\s[^>]*)?>/i.exec(html)?.[1] ?? '';
  const head: string[] = [];
  const rest = html
    .replace(/<!doctype[^>]*>|<\/?html(\s[^>]*)?>|<\/?body(\s[^>]*)?>/gi, '')
    .replace(/<head(\s[^>]*)?>([\s\S]*?)<\/head>/gi, (_m, _a, inner: string) => (head.push(inner), ''))
    .replace(HEAD_ONLY, (m) => (head.push(m), ''));
  return parseHTML(`<!doctype html><html${htmlAttrs}><head>${head.join('')}</head><body>${rest}</body></html>`) as unknown as {
    document: Document;
  };
}

/** Elements that belong in the head even when a fragment puts them elsewhere (their text is no article text). */
const HEAD_ONLY = /<title[^>]*>[\s\S]*?<\/title>|<(meta|link|base)(\s[^>]*)?\/?>/gi;

function readMeta(document: Document): Meta {
  const attr = (selector: string, name = 'content') => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const ld = jsonLd(document);
  const published =
    attr('meta[property="article:published_time"]') ??
    ldText(ld, 'datePublished') ??
    attr('meta[property="og:published_time"]') ??
    attr('meta[itemprop="datePublished"]') ??
    attr('meta[name="date"]') ??
    attr('meta[name="pubdate"]') ??
    attr('meta[name="dc.date"]') ??
    attr('time[datetime]', 'datetime');
  const source = attr('meta[property="og:site_name"]') ?? ldText(ld, 'publisher') ?? attr('meta[name="application-name"]');
  const title = attr('meta[property="og:title"]') ?? ldText(ld, 'headline') ?? (document.title?.trim() || null);
  return {
    title: title && source ? withoutSiteName(title, source) : title,
    byline: attr('meta[name="author"]') ?? attr('meta[property="article:author"]') ?? ldText(ld, 'author'),
    source,
    url: attr('link[rel="canonical"]', 'href') ?? attr('meta[property="og:url"]'),
    published: toIsoDate(published),
    language: document.documentElement?.getAttribute('lang')?.trim() || null,
  };
}

/** '<title>Headline - Site</title>' (or '| Site', '– Site') names the site, which is the source, not the title. */
function withoutSiteName(title: string, site: string): string {
  const suffix = new RegExp(`\\s+[-|–—:·•]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  const cut = title.replace(suffix, '').trim();
  return cut || title;
}

/** The page's JSON-LD blocks, parsed (a broken block is common and harmless: other sources remain). */
function jsonLd(document: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      blocks.push(JSON.parse(s.textContent ?? ''));
    } catch {
      // skipped: see above
    }
  }
  return blocks;
}

/** The first `key` in the JSON-LD (any depth, including @graph) as text: a string, or the name of an object. */
function ldText(blocks: unknown[], key: string): string | null {
  const v = findKey(blocks, key);
  const one = Array.isArray(v) ? v[0] : v;
  const text = typeof one === 'string' ? one : one && typeof one === 'object' ? (one as { name?: unknown }).name : null;
  return typeof text === 'string' && text.trim() ? text.trim() : null;
}

function findKey(v: unknown, key: string): unknown {
  if (Array.isArray(v)) {
    for (const x of v) {
      const f = findKey(x, key);
      if (f !== undefined) return f;
    }
  } else if (v && typeof v === 'object') {
    if (key in v) return (v as Record<string, unknown>)[key];
    for (const x of Object.values(v)) {
      const f = findKey(x, key);
      if (f !== undefined) return f;
    }
  }
  return undefined;
}

/** Visible text of a node: paragraphs separated by a blank line, whitespace collapsed within. */
export function nodeText(root: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = (n as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n\n');
    for (const c of n.childNodes) walk(c);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
