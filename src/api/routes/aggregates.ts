// Aggregates: event counts and fatalities per period, type, place, actor or actor pair.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorSchema } from '../errors.ts';
import { TAGS, type ApiContext } from '../context.ts';
import { AggregateQuerySchema, AggregateResponseSchema, toEventQuery } from '../schemas.ts';

const PERIODS = new Set(['day', 'week', 'month']);

const aggregateRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  app.get(
    '/api/aggregates',
    {
      schema: {
        tags: [TAGS.aggregates],
        summary: 'Counts and fatalities by day/week/month, type, sub-type, country, admin1, actor or actor pair ("A | B")',
        description: 'Periods are listed in date order; other keys by number of events, largest first.',
        querystring: AggregateQuerySchema,
        response: { 200: AggregateResponseSchema, 400: ErrorSchema },
      },
    },
    async (req) => {
      const { by, limit, ...filters } = req.query;
      const rows = await store.aggregate(toEventQuery({ ...filters, limit }), by);
      const sorted = PERIODS.has(by)
        ? [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        : [...rows].sort((a, b) => b.events - a.events || b.fatalities - a.fatalities || (a.key < b.key ? -1 : 1));
      return { by, rows: limit ? sorted.slice(0, limit) : sorted };
    },
  );
};

export default aggregateRoutes;
