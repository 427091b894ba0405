// Ingest one report over HTTP: plain text or HTML plus metadata, through the same pipeline as
// `sitrep ingest` (hash -> dedupe -> extract -> merge placement -> one transaction). With a
// BullMQ runner (`sitrep serve --queue redis://...`) the report is queued instead and a worker
// runs that pipeline: the reply is 202 with the job to follow at /api/jobs/:id.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { NewDocument } from '../../core/types.ts';
import { documentFromHtml } from '../../ingest/read.ts';
import { IngestError } from '../../ingest/errors.ts';
import { processDocument } from '../../pipeline/process.ts';
import { ApiError, ErrorSchema } from '../errors.ts';
import { TAGS, type ApiContext } from '../context.ts';
import { IngestBodySchema, IngestQueuedSchema, IngestResponseSchema } from '../schemas.ts';

const ingestRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store, gazetteer, runner }) => {
  app.post(
    '/api/ingest',
    {
      schema: {
        tags: [TAGS.ingest],
        summary: 'Ingest a report (text or HTML with metadata); returns the events found in it, or the queued job',
        description:
          'A document already stored (same content hash) is not written again: created is false and its events are returned. ' +
          'When the server runs with a Redis queue the report is queued for a worker instead: 202 with the job (id = content hash), whose progress is at status_url. ' +
          'Bodies over the configured limit get 413.',
        body: IngestBodySchema,
        response: { 200: IngestResponseSchema, 201: IngestResponseSchema, 202: IngestQueuedSchema, 400: ErrorSchema, 413: ErrorSchema, 415: ErrorSchema },
      },
    },
    async (req, reply) => {
      const { text, html, country, ...meta } = req.body;
      const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== null)) as Partial<NewDocument>;
      const doc: NewDocument = html
        ? { ...documentFromHtml(html, { kind: 'html' }), ...given, kind: 'html' }
        : { ...given, text: text!, kind: 'api' };
      if (country) doc.meta = { ...doc.meta, country };
      if (!doc.text.trim()) throw new ApiError(400, 'INVALID_DOCUMENT', 'the HTML has no readable article text');
      if (runner?.kind === 'bullmq') {
        const job = await runner.submit(doc);
        return reply.code(202).send({ job: { id: job.id, state: job.state }, status_url: `/api/jobs/${job.id}` });
      }
      try {
        const result = await processDocument(store, doc, { gazetteer });
        return reply.code(result.created ? 201 : 200).send(result);
      } catch (err) {
        // The pipeline names what is wrong with the document (empty, binary...): that is the client's 400.
        if (err instanceof IngestError) throw new ApiError(400, 'INVALID_DOCUMENT', err.message);
        throw err;
      }
    },
  );
};

export default ingestRoutes;
