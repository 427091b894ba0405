// The only file that listens on a port. Everything else builds the app as a plugin.

import type { Store } from '../store/store.ts';
import { buildApp, type AppOptions } from './app.ts';

export interface ServerOptions extends Omit<AppOptions, 'logger'> {
  store: Store;
  port?: number;
  host?: string;
  /** Log each request (JSON lines on stdout). Default false: the CLI prints one line instead. */
  log?: boolean;
}

export async function startServer(opts: ServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const { port = 8080, host = '127.0.0.1', log = false, ...appOpts } = opts;
  const app = await buildApp({ ...appOpts, logger: log ? { level: 'info' } : false });
  await app.listen({ port, host });
  const addr = app.server.address();
  const actualPort = typeof addr === 'object' && addr ? addr.port : port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shown}:${actualPort}/`, close: () => app.close() };
}
