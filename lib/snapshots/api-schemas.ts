// Response shapes of /api/v1/snapshots and /api/v1/snapshots/{quarter}, for
// the OpenAPI document to register.
import { z } from 'zod';
import { snapshotDocumentSchema } from '@/lib/snapshots/document-schema';
import { quarterSchema } from '@/lib/snapshots/quarter';

/** The {quarter} of /api/v1/snapshots/{quarter}, as the handler parses it. */
export const snapshotQuarterSchema = quarterSchema.meta({ description: 'A quarter written YYYY-QN, e.g. 2025-Q3.' });
export const snapshotPathSchema = z.object({ quarter: snapshotQuarterSchema });

export const snapshotSummarySchema = z.object({
  quarter: z.string(),
  revision: z.number().int(),
  as_of: z.string(),
  sha256: z.string(),
  published_at: z.string(),
  corrects_id: z.string().nullable(),
  correction_note: z.string().nullable(),
  links: z.object({ self: z.string(), page: z.string(), json: z.string() }),
});

export const snapshotListResponseSchema = z.object({ snapshots: z.array(snapshotSummarySchema) });

export const snapshotResponseSchema = z.object({
  snapshot: snapshotSummarySchema,
  revisions: z.array(snapshotSummarySchema.omit({ links: true })),
  document: snapshotDocumentSchema,
});

export function snapshotLinks(s: { quarter: string }) {
  return { self: `/api/v1/snapshots/${s.quarter}`, page: `/snapshots/${s.quarter}`, json: `/snapshots/${s.quarter}/snapshot.json` };
}
