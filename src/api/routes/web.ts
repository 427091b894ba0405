// The dashboard: static files from the web build (built here on first use when missing or stale).

import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { ensureWebBuild } from '../../web/build.ts';

/**
 * Defence in depth for the dashboard: even if some document text reached the DOM as markup,
 * the browser would refuse inline scripts, event-handler attributes and foreign origins.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const webRoutes: FastifyPluginAsync = async (app) => {
  const root = await ensureWebBuild();
  // Hooks added here apply only to this plugin's routes (the static files), not to /docs.
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    return payload;
  });
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: 'index.html',
    // Files are rebuilt in place; let the browser revalidate instead of caching stale bundles.
    cacheControl: true,
    maxAge: 0,
    schemaHide: true,
  });
};

export default webRoutes;
