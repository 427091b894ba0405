// Documents: what was ingested and when, and one document with its text and the events found in it.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorSchema, notFound } from '../errors.ts';
import { TAGS, type ApiContext } from '../context.ts';
import { DocumentDetailSchema, DocumentListQuerySchema, DocumentSummarySchema, IdParamsSchema, pageOf } from '../schemas.ts';

/** Events of one document are listed whole; a document rarely yields more. */
const MAX_EVENTS_PER_DOCUMENT = 1000;

const documentRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/documents',
    {
      schema: {
        tags: [TAGS.documents],
        summary: 'List ingested documents, newest first, with the number of events each yielded',
        querystring: DocumentListQuerySchema,
        response: { 200: pageOf(DocumentSummarySchema), 400: ErrorSchema },
      },
    },
    async (req) => store.listDocuments({ limit: req.query.limit, cursor: req.query.cursor ?? null, text: req.query.text }),
  );

  app.get(
    '/api/documents/:id',
    {
      schema: {
        tags: [TAGS.documents],
        summary: 'One document with its full text and the events found in it',
        params: IdParamsSchema,
        response: { 200: DocumentDetailSchema, 404: ErrorSchema },
      },
    },
    async (req) => {
      const document = await store.getDocument(req.params.id);
      if (!document) throw notFound('DOCUMENT_NOT_FOUND', `no document with id ${req.params.id}`);
      const page = await store.listEvents({ document_id: document.id, include_hidden: true, sort: 'date', limit: MAX_EVENTS_PER_DOCUMENT });
      return { document, events: page.items };
    },
  );
};

export default documentRoutes;
