// The HTTP application as a plugin-built fastify instance. It never listens: server.ts does,
// and tests call it with inject(). Routes are plugins in routes/*.ts, registered from ROUTES.

import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Store } from '../store/store.ts';
import type { GazetteerSource } from '../pipeline/process.ts';
import { installErrorHandlers } from './errors.ts';
import type { ApiContext } from './context.ts';
import healthRoutes from './routes/health.ts';
import eventRoutes from './routes/events.ts';
import documentRoutes from './routes/documents.ts';
import aggregateRoutes from './routes/aggregates.ts';
import exportRoutes from './routes/exports.ts';
import ingestRoutes from './routes/ingest.ts';
import reviewRoutes from './routes/review.ts';
import userRoutes from './routes/users.ts';
import webRoutes from './routes/web.ts';
import authPlugin from '../auth/plugin.ts';
import { createJobRunner, type JobRunner } from '../queue/index.ts';
import jobRoutes from '../queue/routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The event store this app serves (for plugins that need it beyond their options). */
    store: Store;
  }
}

export interface AppOptions {
  store: Store;
  /** Gazetteer (or its loader) for ingest; default: the bundled one. */
  gazetteer?: GazetteerSource;
  /**
   * Job runner for ingest and the /api/jobs routes. A BullMQ runner makes POST /api/ingest
   * queue the report (202) for `sitrep worker`s; default: an in-process runner, closed with the app.
   * A runner passed in is the caller's to close.
   */
  runner?: JobRunner;
  /** Largest accepted request body in bytes (413 above). Default 5 MB. */
  bodyLimit?: number;
  /** Serve the dashboard at / (built on demand). Default true. */
  web?: boolean;
  logger?: FastifyServerOptions['logger'];
}

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

/** Every route plugin, in registration order. Add new route files here. */
const ROUTES = [healthRoutes, eventRoutes, documentRoutes, ingestRoutes, aggregateRoutes, exportRoutes, reviewRoutes, userRoutes];

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a text/plain body would otherwise reach the schemas as a bare string.
  app.removeContentTypeParser('text/plain');
  app.decorate('store', opts.store);
  installErrorHandlers(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'sitrep API',
        description: 'Structured, evidenced, ACLED-compatible conflict events. Errors share one shape: {statusCode, code, error, message}.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Sets request.user for every route; mutating routes need an analyst once users exist.
  await app.register(authPlugin, { store: opts.store });
  const runner = opts.runner ?? (await createJobRunner({ store: opts.store, gazetteer: opts.gazetteer }));
  if (!opts.runner) app.addHook('onClose', () => runner.close());
  const ctx: ApiContext = { store: opts.store, gazetteer: opts.gazetteer, runner };
  for (const route of ROUTES) await app.register(route, ctx);
  await app.register(jobRoutes, { runner });
  if (opts.web !== false) await app.register(webRoutes);
  return app;
}
