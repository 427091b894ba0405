// The dashboard: static files from the web build (built here on first use when missing or stale).

import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { ensureWebBuild } from '../../web/build.ts';

const webRoutes: FastifyPluginAsync = async (app) => {
  const root = await ensureWebBuild();
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
