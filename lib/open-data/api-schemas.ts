// zod schemas of the API: the query schemas the routes validate with, and
// the response schemas built from the dataset registry. The OpenAPI document
// is generated from these same objects.
import { z } from 'zod';
import type { Dataset } from '@/lib/open-data/dataset-types';
import { jsonValueSchema } from '@/lib/open-data/field-types';
import { RECORD_COLUMNS } from '@/lib/open-data/record-columns';

export const formatSchema = z.enum(['json', 'csv']).default('json').meta({ description: 'json (the default) or csv: the same rows as a CSV file.' });

export const datasetQuerySchema = z.object({ format: formatSchema });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(['invalid_parameter', 'not_found', 'internal_error']),
      message: z.string(),
      parameter: z.string().nullable(),
    }),
  })
  .meta({ description: 'Every error: code, a message naming the problem, and the parameter at fault (or null).' });

export function datasetRowSchema(dataset: Dataset) {
  return z.object(
    Object.fromEntries(dataset.fields.map((f) => [f.name, jsonValueSchema(f.type, f.values).meta({ description: f.description })])),
  ).strict();
}

export function datasetResponseSchema(dataset: Dataset) {
  return z
    .object({
      dataset: z.literal(dataset.id),
      last_changed: z.iso.datetime().nullable(),
      rows: z.array(datasetRowSchema(dataset)),
      links: z.object({ self: z.string(), csv: z.string(), dictionary: z.string() }),
    })
    .strict();
}

/** One record in the records API: every export column under its export name. */
export const recordRowSchema = z
  .object(Object.fromEntries(RECORD_COLUMNS.map((c) => [c.name, jsonValueSchema(c.type).meta({ description: c.description })])))
  .strict();

export const recordPageResponseSchema = z
  .object({
    records: z.array(recordRowSchema),
    links: z.object({ self: z.string(), next: z.string().nullable(), csv: z.string() }),
  })
  .strict();
