// Review over HTTP: confirm, edit, grade, reject, merge, split, accept a proposal, undo, the
// audit log, and the merge proposals queue (list, accept, decline). Analysts and admins act
// (viewers read); the reviewer's name in the audit log is the token's user. Same library
// functions as `sitrep review`.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SitrepEvent } from '../../core/types.ts';
import { requireRole } from '../../auth/plugin.ts';
import * as review from '../../review/actions.ts';
import { EditableFields } from '../../review/fields.ts';
import * as proposals from '../../review/proposals.ts';
import { undo } from '../../review/undo.ts';
import { ApiError, ErrorSchema } from '../errors.ts';
import type { ApiContext } from '../context.ts';
import { EventSchema, IdParamsSchema } from '../schemas.ts';
import {
  AuditEntrySchema,
  ProposalAcceptedSchema,
  ProposalDecisionSchema,
  ProposalListQuerySchema,
  ProposalListSchema,
  ProposalParamsSchema,
  ProposalSchema,
  reasonField as reason,
} from '../review-schemas.ts';

const TAG = 'review';
const Reason = z.object({ reason }).strict();
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

/** Review errors carry the HTTP status they mean. */
async function act<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof review.ReviewError) {
      const code = err.status === 404 ? (/proposal/.test(err.message) ? 'PROPOSAL_NOT_FOUND' : 'EVENT_NOT_FOUND') : err.status === 409 ? 'CONFLICT' : 'INVALID_REQUEST';
      throw new ApiError(err.status, code, err.message);
    }
    throw err;
  }
}

const reviewRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  const analyst = requireRole('analyst', { store });
  const who = (req: { user?: { name: string } | null }) => req.user?.name ?? 'anonymous';
  const post = <B extends z.ZodType>(path: string, summary: string, body: B, run: (id: string, body: z.infer<B>, actor: string) => Promise<SitrepEvent>) =>
    app.post(
      `/api/events/:id/${path}`,
      { preHandler: analyst, schema: { tags: [TAG], summary, params: IdParamsSchema, body, response: { 200: EventSchema, ...errors } } },
      async (req) => act(() => run(req.params.id, req.body as z.infer<B>, who(req))),
    );

  post('confirm', 'Confirm an event (checked and right)', Reason.nullish(), (id, b, by) => review.confirm(store, id, by, b?.reason));
  post('reject', 'Reject an event with a reason (hidden from lists, kept with its sources)', z.object({ reason: z.string().trim().min(1).max(2000) }).strict(), (id, b, by) =>
    review.reject(store, id, by, b.reason),
  );
  post('grade', 'Override the derived grade', z.object({ grade: z.enum(['confirmed', 'fair', 'weak', 'contested', 'discounted']), reason }).strict(), (id, b, by) =>
    review.grade(store, id, b.grade, by, b.reason),
  );
  post('edit', 'Set fields by hand; the extracted value and its evidence are kept beside each', z.object({ fields: EditableFields, reason }).strict(), (id, b, by) =>
    review.edit(store, id, b.fields, by, b.reason),
  );
  post('merge', 'Merge another event (source) into this one; every claim is kept', z.object({ source: z.string().min(1).max(200), reason }).strict(), (id, b, by) =>
    review.merge(store, id, b.source, by, b.reason),
  );
  post('split', 'Move some reports of this event into a new event (returned)', z.object({ report_ids: z.array(z.string().min(1)).min(1), reason }).strict(), (id, b, by) =>
    review.split(store, id, b.report_ids, by, b.reason),
  );
  post('accept', 'Accept the merge proposed for this event (merges it into the candidate)', Reason.nullish(), (id, b, by) => proposals.acceptProposalOf(store, id, by, b?.reason));
  post('undo', "Reverse the event's last review action (or automatic merge)", z.object({}).strict().nullish(), (id, _b, by) => undo(store, id, by));

  app.get(
    '/api/events/:id/audit',
    { schema: { tags: [TAG], summary: "The event's append-only audit log: who, when, what, before and after", params: IdParamsSchema, response: { 200: z.array(AuditEntrySchema), 404: ErrorSchema } } },
    async (req) => {
      await act(() => review.requireEvent(store, req.params.id));
      return store.auditLog(req.params.id);
    },
  );

  app.get(
    '/api/proposals',
    {
      schema: {
        tags: [TAG],
        summary: 'Merge proposals (grey-zone scores) with both events, oldest first',
        querystring: ProposalListQuerySchema,
        response: { 200: ProposalListSchema, 400: ErrorSchema },
      },
    },
    async (req) => {
      const q = req.query;
      const page = await store.listProposals({ status: proposals.checkStatus(q.status), event_id: q.event_id, limit: q.limit, cursor: q.cursor });
      const items = [];
      for (const p of page.items) items.push({ ...p, event: await store.getEvent(p.event_id), candidate_event: await store.getEvent(p.candidate) });
      return { items, next_cursor: page.next_cursor };
    },
  );
  const decide = { params: ProposalParamsSchema, body: ProposalDecisionSchema };
  app.post(
    '/api/proposals/:id/accept',
    { preHandler: analyst, schema: { tags: [TAG], summary: 'Accept a proposal: merge the event into its candidate (audited; undo reopens it)', ...decide, response: { 200: ProposalAcceptedSchema, ...errors } } },
    async (req) => act(() => proposals.acceptProposal(store, req.params.id, who(req), req.body?.reason)),
  );
  app.post(
    '/api/proposals/:id/decline',
    { preHandler: analyst, schema: { tags: [TAG], summary: 'Decline a proposal: the two events stay apart (audited; undo reopens it)', ...decide, response: { 200: ProposalSchema, ...errors } } },
    async (req) => act(() => proposals.declineProposal(store, req.params.id, who(req), req.body?.reason)),
  );
};

export default reviewRoutes;
