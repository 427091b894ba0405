// Request and response schemas of the review routes (src/api/routes/review.ts): merge proposals
// and the audit log. Kept apart from schemas.ts (events, documents, aggregates) so each area
// grows on its own; OpenAPI gets them through the routes.

import { z } from 'zod';
import { EventSchema, pageOf } from './schemas.ts';

export const reasonField = z.string().trim().max(2000).optional().describe('Why (kept in the audit log)');

export const AuditEntrySchema = z
  .object({ id: z.number(), event_id: z.string(), action: z.string(), actor: z.string(), at: z.string(), before: z.unknown(), after: z.unknown(), reason: z.string().nullish() })
  .meta({ id: 'AuditEntry' });

export const ProposalStatusSchema = z.enum(['open', 'accepted', 'declined', 'superseded']).describe("'superseded': closed because one of its events was merged elsewhere or rejected");

export const ProposalSchema = z
  .object({
    id: z.number().int().describe('Proposal id'),
    event_id: z.string().describe('The event that arrived and was kept apart'),
    candidate: z.string().describe('The stored event it may be the same incident as'),
    score: z.number().describe('Merge score (between the proposal and the automatic merge thresholds)'),
    rule: z.string().describe('How the score was reached'),
    status: ProposalStatusSchema,
    created_at: z.string(),
  })
  .meta({ id: 'MergeProposal' });

/** A proposal with both events, so a reviewer can compare them side by side. */
export const ProposalViewSchema = ProposalSchema.extend({ event: EventSchema.nullable(), candidate_event: EventSchema.nullable() }).meta({ id: 'MergeProposalView' });

export const ProposalListQuerySchema = z
  .object({
    status: z.enum(['open', 'accepted', 'declined', 'superseded', 'all']).default('open').describe('Which proposals (default: open ones)'),
    event_id: z.string().min(1).max(200).optional().describe('Only proposals with this event on either side'),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().regex(/^\d{1,15}$/, 'a cursor from next_cursor').optional(),
  })
  .strict();

export const ProposalListSchema = pageOf(ProposalViewSchema);
export const ProposalParamsSchema = z.object({ id: z.coerce.number().int().min(1).describe('Proposal id') });
export const ProposalDecisionSchema = z.object({ reason: reasonField }).strict().nullish();
export const ProposalAcceptedSchema = z.object({ proposal: ProposalSchema, event: EventSchema.describe('The merged event') });
