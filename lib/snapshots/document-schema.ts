// The one shape of a published snapshot document. Everything a snapshot page,
// its downloads and the API show is read back through this schema.
import { z } from 'zod';
import { STATUS_KEYS } from '@/lib/commitments/status';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const snapshotEvidenceSchema = z.object({ title: z.string(), url: z.string() });

export const snapshotCommitmentSchema = z.object({
  id: z.string(),
  summary: z.string(),
  theme: z.string(),
  source_id: z.string(),
  due_on: isoDate.nullable(),
  url: z.string(),
  status: z.enum(STATUS_KEYS),
  /** The entry the status comes from, if any. */
  status_entry_id: z.string().nullable(),
  latest_entry: z
    .object({ id: z.string(), as_of: isoDate.nullable(), note: z.string(), evidence: z.array(snapshotEvidenceSchema) })
    .nullable(),
});

export const snapshotIndicatorSchema = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  source_id: z.string().nullable(),
  latest: z
    .object({
      period_label: z.string(),
      period_end: isoDate.nullable(),
      value: z.number(),
      url: z.string(),
    })
    .nullable(),
});

export const snapshotFigureSchema = z.object({
  area: z.string(),
  area_name: z.string(),
  ethnicity: z.string(),
  searches: z.number(),
  rate_per_1000: z.number().nullable(),
  ratio_to_white: z.number().nullable(),
  ratio_lower: z.number().nullable(),
  ratio_upper: z.number().nullable(),
  arrest_rate: z.number().nullable(),
});

export const snapshotBatchSchema = z.object({
  id: z.string(),
  file_name: z.string(),
  force: z.string(),
  month: z.string(),
  sha256: z.string(),
});

export const snapshotStopSearchSchema = z.object({
  /** The period frozen ("2025 Q2"), or null when nothing was imported up to the as-of date. */
  period: z.string().nullable(),
  period_start: z.string().nullable(),
  period_end: z.string().nullable(),
  complete: z.boolean(),
  note: z.string(),
  headlines: z.array(z.object({ key: z.string(), label: z.string(), value: z.string(), detail: z.string() })),
  figures: z.array(snapshotFigureSchema),
  import_batches: z.array(snapshotBatchSchema),
});

export const snapshotSourceSchema = z.object({ id: z.string(), title: z.string(), publisher: z.string(), url: z.string() });

export const snapshotDocumentSchema = z.object({
  format: z.literal('met-dashboard-snapshot/1'),
  quarter: z.string(),
  as_of: isoDate,
  status_rule: z.array(z.string()),
  commitments: z.array(snapshotCommitmentSchema),
  indicators: z.array(snapshotIndicatorSchema),
  stop_search: snapshotStopSearchSchema,
  sources: z.array(snapshotSourceSchema),
});

export type SnapshotDocument = z.infer<typeof snapshotDocumentSchema>;
export type SnapshotCommitment = z.infer<typeof snapshotCommitmentSchema>;
export type SnapshotIndicator = z.infer<typeof snapshotIndicatorSchema>;
export type SnapshotFigure = z.infer<typeof snapshotFigureSchema>;
