// HTTP for feeds and articles: conditional requests (ETag / Last-Modified) so an unchanged
// feed costs one 304, a per-host politeness delay so that many watches on one site never
// hammer it, a timeout and a size cap so that one bad server cannot stall the poller.

import iconv from 'iconv-lite';
import { decodeText } from '../ingest/decode.ts';

export interface FetchResult {
  status: number;
  /** Body text (empty on 304). */
  body: string;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  url: string;
}

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
}

const USER_AGENT = 'sitrep-feed-monitor/0.1 (+https://github.com/; conflict-event monitoring)';

const STALE_SOCKET = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

/** Holds each request back until its host may be asked again. */
export interface HostGate {
  wait(url: string): Promise<void>;
}

/** Default polite gap between two requests to one host, in ms. */
export function politeDelayMs(): number {
  return Number(process.env.SITREP_POLITE_MS ?? 1000);
}

/** In one process: serialises requests per host with at least `delayMs` between their starts. */
export class Politeness implements HostGate {
  private readonly next = new Map<string, Promise<void>>();

  constructor(readonly delayMs = politeDelayMs()) {}

  async wait(url: string): Promise<void> {
    const host = new URL(url).host;
    const prev = this.next.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    this.next.set(host, prev.then(() => mine));
    await prev;
    setTimeout(release, this.delayMs).unref?.();
  }
}

export async function politeFetch(url: string, polite: HostGate, opts: FetchOptions = {}): Promise<FetchResult> {
  await polite.wait(url);
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const get = () => fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) });
  let res: Response;
  try {
    res = await get();
  } catch (err) {
    // A pooled keep-alive connection the server closed while we were busy (extracting the
    // previous article) fails at once; one fresh attempt tells that from a real outage.
    if (!STALE_SOCKET.has((err as { cause?: { code?: string } }).cause?.code ?? '')) throw err;
    res = await get();
  }
  const base = {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
    url: res.url || url,
  };
  if (res.status === 304) return { ...base, body: '', etag: base.etag ?? opts.etag ?? null, lastModified: base.lastModified ?? opts.lastModified ?? null };
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`HTTP ${res.status} from ${url}`);
  }
  return { ...base, body: await readCapped(res, opts.maxBytes ?? 10 * 1024 * 1024, url) };
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new Error(`${url}: response larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return decodeBody(Buffer.concat(chunks), res.headers.get('content-type') ?? '');
}

/**
 * Response bytes as text: valid UTF-8 as it is; else the charset of the Content-Type header, else
 * what the page declares or is recognised as (as for files). A Windows-1251 or -1256 page was
 * decoded as UTF-8 into replacement characters.
 */
export function decodeBody(bytes: Buffer, contentType: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: see below
  }
  const header = /charset\s*=\s*"?([\w:.-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (header && !/^utf-?8$/.test(header) && iconv.encodingExists(header)) return iconv.decode(bytes, header);
  const decoded = decodeText(bytes);
  return 'text' in decoded ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}
