// RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> a flat list of items. Anything else is not a feed
// (null), and the caller treats the URL as a plain page.

import { XMLParser } from 'fast-xml-parser';
import { toIsoDate } from '../ingest/meta.ts';

export interface FeedItem {
  /** Stable identity of the item within its feed: guid/id, else link, else title. */
  key: string;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD when the feed dates the item. */
  published: string | null;
  /** The item's own text (description/summary/content) as HTML or text, if any. */
  summary: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
  // Entities: only XML's own; feeds do not get to expand anything else.
  processEntities: true,
  htmlEntities: true,
  // Bodies are kept as written (markup, CDATA, escaped HTML) and decoded by `body`: parsed as XML,
  // Atom's xhtml content came out empty and mixed text/markup lost its order.
  stopNodes: ['*.description', '*.encoded', '*.content', '*.summary'],
});

const text = (v: unknown): string | null => {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (typeof v === 'object' && '#text' in (v as object)) return text((v as Record<string, unknown>)['#text']);
  return null;
};

/** The calendar date as the feed writes it ('Mon, 12 Feb 2024 22:30 -0500' is the 12th, not UTC's 13th). */
const isoDate = (v: unknown): string | null => toIsoDate(text(v));

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * A raw item body as HTML: Atom xhtml is markup already; otherwise CDATA sections are taken
 * literally and the rest has its XML escapes undone once (escaped HTML becomes HTML); Atom
 * type="text" is plain text, escaped so that a '<' in it stays a character.
 */
function body(v: unknown): string | null {
  const raw = text(v);
  if (!raw) return null;
  const type = v && typeof v === 'object' ? (v as Record<string, unknown>)['@type'] : null;
  if (type === 'xhtml') return raw;
  const decoded = raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) =>
            e[0] === '#' ? codePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10), m) : XML_ENTITIES[e.toLowerCase()] ?? m,
          ),
    )
    .join('')
    .trim();
  if (!decoded) return null;
  return type === 'text' ? decoded.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!) : decoded;
}

function codePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/** An RSS guid is the item's address only when it is one: isPermaLink not "false" and an absolute http(s) URL. */
function guidUrl(guid: unknown): string | null {
  const g = text(guid);
  const permalink = !(guid && typeof guid === 'object' && (guid as Record<string, unknown>)['@isPermaLink'] === 'false');
  return g && permalink && /^https?:\/\//i.test(g) ? g : null;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Atom links: the rel="alternate" (or rel-less) href. */
function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]) as Array<Record<string, string> | string>;
  for (const l of list) {
    if (typeof l === 'string') return l;
    if (l && (!l['@rel'] || l['@rel'] === 'alternate') && l['@href']) return l['@href'];
  }
  return null;
}

export function parseFeed(xml: string, baseUrl: string): Feed | null {
  if (!/<(rss|feed|rdf:RDF|RDF)[\s>]/.test(xml.slice(0, 4000))) return null;
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml);
  } catch {
    return null;
  }
  if (doc.rss?.channel || doc.RDF) {
    const channel = doc.rss?.channel ?? doc.RDF.channel ?? {};
    const items: Array<Record<string, unknown>> = doc.rss?.channel?.item ?? doc.RDF?.item ?? [];
    return {
      title: text(channel.title),
      items: items.map((it) => {
        const url = absolute(text((it.link as unknown[] | undefined)?.[0]) ?? guidUrl(it.guid), baseUrl);
        const title = text(it.title);
        return {
          key: text(it.guid) ?? url ?? title ?? '',
          url,
          title,
          published: isoDate(it.pubDate ?? it.date),
          summary: body(it.encoded) ?? body(it.description),
        };
      }).filter((i) => i.key),
    };
  }
  if (doc.feed) {
    const entries: Array<Record<string, unknown>> = doc.feed.entry ?? [];
    return {
      title: text(doc.feed.title),
      items: entries.map((e) => {
        const url = absolute(atomLink(e.link), baseUrl);
        const title = text(e.title);
        return {
          key: text(e.id) ?? url ?? title ?? '',
          url,
          title,
          published: isoDate(e.published ?? e.updated),
          summary: body(e.content) ?? body(e.summary),
        };
      }).filter((i) => i.key),
    };
  }
  return null;
}
