// One poll of one watch: conditional fetch; for a feed, each item not seen before has its
// article fetched (politely), its body extracted and handed to the job runner; for a plain
// page, the page itself is the document when its content changed. An item is marked seen only
// once it has been handed over, so a failure is retried at the next poll, never lost.

import type { NewDocument } from '../core/types.ts';
import { contentHash } from '../ingest/hash.ts';
import { documentFromHtml } from '../ingest/html.ts';
import type { Watch, WatchStore } from '../store/store.ts';
import { politeFetch, type HostGate } from './fetch.ts';
import { parseFeed, type FeedItem } from './parse.ts';

export interface PollDeps {
  watches: WatchStore;
  /** Hands a document over for processing (a JobRunner's submit). */
  submit: (doc: NewDocument) => Promise<unknown>;
  polite: HostGate;
  log?: (line: string) => void;
}

export interface PollOutcome {
  status: 'not-modified' | 'ok' | 'error';
  submitted: number;
  failed: number;
  message: string;
}

export async function pollWatch(watch: Watch, deps: PollDeps): Promise<PollOutcome> {
  const log = deps.log ?? (() => {});
  let res;
  try {
    res = await politeFetch(watch.url, deps.polite, { etag: watch.etag, lastModified: watch.last_modified });
  } catch (err) {
    const message = `error: ${describeError(err)}`;
    await deps.watches.recordPoll(watch.id, { etag: watch.etag, last_modified: watch.last_modified, status: message });
    return { status: 'error', submitted: 0, failed: 0, message };
  }
  if (res.status === 304) {
    await deps.watches.recordPoll(watch.id, { etag: res.etag, last_modified: res.lastModified, status: 'not modified' });
    return { status: 'not-modified', submitted: 0, failed: 0, message: 'not modified' };
  }
  const feed = parseFeed(res.body, res.url);
  let submitted = 0;
  let failed = 0;
  if (feed) {
    const byKey = new Map(feed.items.map((i) => [i.key, i]));
    // Feeds list newest first: hand items over oldest first, so the store sees them in order.
    const fresh = (await deps.watches.unseen(watch.id, [...byKey.keys()])).reverse();
    for (const key of fresh) {
      const item = byKey.get(key)!;
      if (!item.url && !item.summary) {
        // Nothing to read now or ever (a bare title): set aside, not retried at every poll.
        await deps.watches.markSeen(watch.id, [key]);
        log(`watch ${watch.id}: item ${key}: skipped, it has neither a link nor text`);
        continue;
      }
      try {
        await deps.submit(await itemDocument(item, watch, feed.title, deps.polite));
        await deps.watches.markSeen(watch.id, [key]);
        submitted++;
      } catch (err) {
        failed++;
        log(`watch ${watch.id}: item ${item.url ?? key}: ${describeError(err)}`);
      }
    }
  } else {
    const doc = pageDocument(res.body, res.url, watch);
    const key = `page:${contentHash(doc)}`;
    if ((await deps.watches.unseen(watch.id, [key])).length) {
      await deps.submit(doc);
      await deps.watches.markSeen(watch.id, [key]);
      submitted++;
    }
  }
  const message = `ok: ${submitted} new${failed ? `, ${failed} failed` : ''}`;
  // After a failed item the validators are dropped, so the next poll reads the feed whole and
  // retries it: with them, an unchanged feed answers 304 and the item waited for the feed to change.
  const keep = failed === 0;
  await deps.watches.recordPoll(watch.id, { etag: keep ? res.etag : null, last_modified: keep ? res.lastModified : null, status: message });
  return { status: 'ok', submitted, failed, message };
}

/** The article behind a feed item; its own summary when it has no link or the link yields nothing. */
async function itemDocument(item: FeedItem, watch: Watch, feedTitle: string | null, polite: HostGate): Promise<NewDocument> {
  const source = watch.source ?? feedTitle ?? new URL(watch.url).host;
  let doc: NewDocument | null = null;
  if (item.url) {
    const page = await politeFetch(item.url, polite);
    const d = documentFromHtml(page.body, { kind: 'feed' });
    if (d.text.trim()) doc = d;
  }
  if (!doc && item.summary) doc = documentFromHtml(`<html><body><h1>${escapeHtml(item.title ?? '')}</h1><div>${item.summary}</div></body></html>`, { kind: 'feed' });
  if (!doc || !doc.text.trim()) throw new Error('no article text');
  return {
    ...doc,
    kind: 'feed',
    title: doc.title ?? item.title,
    url: item.url ?? doc.url ?? null,
    source: watch.source ?? doc.source ?? source,
    published: item.published ?? doc.published ?? null,
    meta: { ...doc.meta, feed: watch.url, feed_item: item.key },
  };
}

function pageDocument(html: string, url: string, watch: Watch): NewDocument {
  const doc = documentFromHtml(html, { kind: 'html' });
  return { ...doc, url: doc.url ?? url, source: watch.source ?? doc.source ?? new URL(url).host, meta: { ...doc.meta, watch: watch.url } };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** fetch() hides the network cause ("fetch failed"): name it. */
function describeError(err: unknown): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  return e.cause ? `${e.message} (${e.cause.code ?? e.cause.message})` : e.message;
}
