// Job progress over HTTP, for the dashboard and for clients that queued documents:
//   GET /api/jobs      -> { runner: "inline" | "bullmq", counts: {waiting, active, ...} }
//   GET /api/jobs/:id  -> one job (id = the document's content hash): state, attempts, error, result
// Register with the app's runner: app.register(jobRoutes, { runner }).

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorSchema, notFound } from '../api/errors.ts';
import type { JobRunner } from './index.ts';

const CountsSchema = z.object({
  waiting: z.number(),
  active: z.number(),
  delayed: z.number(),
  completed: z.number(),
  failed: z.number(),
  dead: z.number().describe('jobs that failed every attempt (dead-lettered with their error)'),
});

const JobSchema = z
  .object({
    id: z.string().describe("the document's content hash"),
    state: z.enum(['waiting', 'active', 'delayed', 'completed', 'failed', 'unknown']),
    attempts: z.number(),
    error: z.string().nullable(),
    result: z.object({ document_id: z.string(), created: z.boolean(), events: z.number() }).nullable(),
    title: z.string().nullable(),
  })
  .meta({ id: 'Job' });

const jobRoutes: FastifyPluginAsyncZod<{ runner: JobRunner }> = async (app, { runner }) => {
  app.get(
    '/api/jobs',
    { schema: { tags: ['jobs'], summary: 'Processing queue: how many jobs wait, run, finished or failed', response: { 200: z.object({ runner: z.enum(['inline', 'bullmq']), counts: CountsSchema }) } } },
    async () => ({ runner: runner.kind, counts: await runner.counts() }),
  );
  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'One processing job: state, attempts, last error and result',
        params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }),
        response: { 200: JobSchema, 404: ErrorSchema },
      },
    },
    async (req) => {
      const job = await runner.job(req.params.id);
      if (!job) throw notFound('NOT_FOUND', `no job ${req.params.id}`);
      return job;
    },
  );
};

export default jobRoutes;
