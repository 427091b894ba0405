// Liveness and readiness: answers 200 only when the store answers a query.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TAGS, type ApiContext } from '../context.ts';

const healthRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: [TAGS.system],
        summary: 'Health check: the server runs and its store answers',
        response: { 200: z.object({ status: z.literal('ok'), store: z.string() }) },
      },
    },
    async () => {
      await store.listDocuments({ limit: 1 });
      return { status: 'ok' as const, store: store.kind };
    },
  );
};

export default healthRoutes;
