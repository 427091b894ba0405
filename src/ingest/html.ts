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
  const { document } = parseHTML(html);
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

function readMeta(document: Document): Meta {
  const attr = (selector: string, name = 'content') => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const published =
    attr('meta[property="article:published_time"]') ??
    jsonLdDate(document) ??
    attr('meta[property="og:published_time"]') ??
    attr('meta[itemprop="datePublished"]') ??
    attr('meta[name="date"]') ??
    attr('meta[name="pubdate"]') ??
    attr('meta[name="dc.date"]') ??
    attr('time[datetime]', 'datetime');
  return {
    title: attr('meta[property="og:title"]') ?? (document.title?.trim() || null),
    byline: attr('meta[name="author"]') ?? attr('meta[property="article:author"]'),
    source: attr('meta[property="og:site_name"]') ?? attr('meta[name="application-name"]'),
    url: attr('link[rel="canonical"]', 'href') ?? attr('meta[property="og:url"]'),
    published: toIsoDate(published),
    language: document.documentElement?.getAttribute('lang')?.trim() || null,
  };
}

/** datePublished from the page's JSON-LD blocks (any depth, including @graph). */
function jsonLdDate(document: Document): string | null {
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findKey(JSON.parse(s.textContent ?? ''), 'datePublished');
      if (typeof found === 'string') return found;
    } catch {
      // A broken JSON-LD block is common and harmless: other sources of the date remain.
    }
  }
  return null;
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
