// Events: the filtered list (cursor pages), one event with its evidence, reports and source
// documents, and compact map points for the dashboard.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EVENT_TYPES } from '../../core/taxonomy.ts';
import type { StoredDocument } from '../../core/types.ts';
import { ErrorSchema, notFound } from '../errors.ts';
import { TAGS, type ApiContext } from '../context.ts';
import {
  EventDetailSchema,
  EventListQuerySchema,
  EventSchema,
  IdParamsSchema,
  MapQuerySchema,
  MapResponseSchema,
  pageOf,
  toEventQuery,
} from '../schemas.ts';

const eventRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/events',
    {
      schema: {
        tags: [TAGS.events],
        summary: 'List events matching the filters, one cursor page at a time',
        querystring: EventListQuerySchema,
        response: { 200: pageOf(EventSchema), 400: ErrorSchema },
      },
    },
    async (req) => {
      const { with_total, ...query } = req.query;
      const q = toEventQuery(query);
      if (!with_total) return store.listEvents(q);
      const [page, total] = await Promise.all([store.listEvents(q), store.countEvents({ ...q, cursor: null })]);
      return { ...page, total };
    },
  );

  app.get(
    '/api/events/:id',
    {
      schema: {
        tags: [TAGS.events],
        summary: 'One event with its evidence, the reports it merges and their source documents',
        params: IdParamsSchema,
        response: { 200: EventDetailSchema, 404: ErrorSchema },
      },
    },
    async (req) => {
      const event = await store.getEvent(req.params.id);
      if (!event) throw notFound('EVENT_NOT_FOUND', `no event with id ${req.params.id}`);
      const reports = await store.getReports(event.id);
      const ids = [...new Set([...event.document_ids, ...reports.map((r) => r.document_id)])];
      const documents = (await Promise.all(ids.map((id) => store.getDocument(id)))).filter((d): d is StoredDocument => d !== null);
      return { event, reports, documents };
    },
  );

  app.get(
    '/api/map',
    {
      schema: {
        tags: [TAGS.events],
        summary: 'Compact points of matching events for the map (largest tolls first when truncated)',
        querystring: MapQuerySchema,
        response: { 200: MapResponseSchema, 400: ErrorSchema },
      },
      // Up to 50,000 points built just above from typed store rows: checking each tuple against
      // the schema again cost ~20 ms per 1,000 points, so this route serialises them directly
      // (the schema still documents the response; tests check its shape).
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (req) => {
      const { limit, ...filters } = req.query;
      const q = toEventQuery(filters);
      const typeIndex = new Map<string, number>(EVENT_TYPES.map((t, i) => [t, i]));
      // One more than asked tells whether more match; only the marker columns are read.
      const found = await store.mapPoints(q, limit + 1);
      const points = found
        .slice(0, limit)
        .map((p): [string, number, number, number, number, string, string] => [p.id, p.latitude, p.longitude, typeIndex.get(p.event_type) ?? -1, p.fatalities, p.event_date, p.location]);
      const total = await store.countEvents(q);
      return { types: [...EVENT_TYPES], points, total, truncated: found.length > limit };
    },
  );
};

export default eventRoutes;
