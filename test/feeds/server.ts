// A local feed site on 127.0.0.1 for feed tests: an RSS feed with ETag/Last-Modified support,
// article pages, a plain page, and a log of every request. All text is synthetic.

import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FeedSite {
  url: string;
  /** Requests seen: method path and the conditional headers sent. */
  log: Array<{ path: string; ifNoneMatch: string | null; ifModifiedSince: string | null; status: number }>;
  /** Highest number of requests in progress at once (politeness: must stay 1 per host). */
  maxInFlight: number;
  /** `bare`: listed with a title only (no link, no description). */
  items: Array<{ id: string; title: string; date: string; body: string | null; bare?: boolean }>;
  page: string;
  close(): Promise<void>;
}

const article = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Synthetic Gazette"></head>
   <body><nav>Home | World | Sport</nav><article><h1>${title}</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article>
   <footer>Copyright Synthetic Gazette</footer><script>document.write('not text')</script></body></html>`;

export async function startFeedSite(): Promise<FeedSite> {
  let inFlight = 0;
  const site = {
    url: '',
    log: [],
    maxInFlight: 0,
    items: [],
    page: article('Situation update', 'Militia fighters attacked a police post in Gao on Tuesday, killing two officers, local officials said.'),
  } as unknown as FeedSite;
  const rss = () => {
    const items = [...site.items].reverse().map(
      (i) => i.bare ? `<item><title>${i.title}</title><guid isPermaLink="false">item-${i.id}</guid></item>` : `<item><title>${i.title}</title><link>${site.url}/articles/${i.id}.html</link><guid isPermaLink="false">item-${i.id}</guid>
              <pubDate>${new Date(i.date + 'T08:00:00Z').toUTCString()}</pubDate><description>${i.title}</description></item>`,
    );
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Synthetic Gazette</title><link>${site.url}</link>${items.join('')}</channel></rss>`;
  };
  const etag = () => `"v${site.items.length}"`;
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    inFlight++;
    site.maxInFlight = Math.max(site.maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 5)); // a little latency, so overlapping requests would show
    const path = new URL(req.url!, 'http://x').pathname;
    let status = 200;
    let body = '';
    let type = 'text/html';
    const headers: Record<string, string> = {};
    const item = /^\/articles\/(\w+)\.html$/.exec(path);
    if (path === '/feed.xml') {
      headers.etag = etag();
      if (req.headers['if-none-match'] === etag()) status = 304;
      else [body, type] = [rss(), 'application/rss+xml'];
    } else if (path === '/page.html') {
      body = site.page;
    } else if (item && site.items.some((i) => i.id === item[1] && i.body)) {
      const it = site.items.find((i) => i.id === item[1])!;
      body = article(it.title, it.body!);
    } else status = 404;
    site.log.push({ path, ifNoneMatch: (req.headers['if-none-match'] as string) ?? null, ifModifiedSince: (req.headers['if-modified-since'] as string) ?? null, status });
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(status === 200 ? body : undefined);
    inFlight--;
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  site.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  site.close = () => new Promise((r) => server.close(() => r()));
  return site;
}
