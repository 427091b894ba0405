// RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> a flat list of items. Anything else is not a feed
// (null), and the caller treats the URL as a plain page.

import { XMLParser } from 'fast-xml-parser';

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
});

const text = (v: unknown): string | null => {
  if (v == null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  if (typeof v === 'object' && '#text' in (v as object)) return text((v as Record<string, unknown>)['#text']);
  return null;
};

function isoDate(v: unknown): string | null {
  const s = text(v);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
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
        const url = absolute(text((it.link as unknown[] | undefined)?.[0]) ?? text(it.guid), baseUrl);
        const title = text(it.title);
        return {
          key: text(it.guid) ?? url ?? title ?? '',
          url,
          title,
          published: isoDate(it.pubDate ?? it.date),
          summary: text(it.encoded) ?? text(it.description),
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
          summary: text(e.content) ?? text(e.summary),
        };
      }).filter((i) => i.key),
    };
  }
  return null;
}
