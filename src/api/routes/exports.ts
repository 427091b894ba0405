// Exports: every matching event as ACLED CSV, GeoJSON or JSON, streamed from the store page by
// page through the same formats as `sitrep export`, so a million events never sit in memory.

import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FORMATS } from '../../export/index.ts';
import { ErrorSchema } from '../errors.ts';
import { TAGS, type ApiContext } from '../context.ts';
import { ExportParamsSchema, ExportQuerySchema, toEventQuery } from '../schemas.ts';

const exportRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/export/:format',
    {
      schema: {
        tags: [TAGS.exports],
        summary: 'Download matching events as ACLED CSV (acled-csv), GeoJSON (geojson) or JSON (json), streamed',
        params: ExportParamsSchema,
        querystring: ExportQuerySchema,
        response: { 400: ErrorSchema },
      },
    },
    async (req, reply) => {
      const format = FORMATS[req.params.format];
      const q = toEventQuery({ sort: 'date', ...req.query });
      const body = Readable.from(format.render(store.streamEvents(q), store), { objectMode: false });
      return reply
        .type(format.contentType)
        .header('content-disposition', `attachment; filename="sitrep-events.${format.extension}"`)
        // A stream is written as it comes, never through the response schema.
        .send(body as never);
    },
  );
};

export default exportRoutes;
