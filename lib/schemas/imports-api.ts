// Query schemas of the imports API, shared by the routes that validate with
// them and the OpenAPI document that describes them.
import { z } from 'zod';

export const IMPORT_PAGE_MAX = 5000;

export const importFiltersSchema = z.object({
  force: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a data.police.uk force id such as metropolitan')
    .optional()
    .meta({ description: 'data.police.uk force id, e.g. metropolitan.' }),
  status: z.enum(['running', 'loaded', 'failed', 'replaced']).optional().meta({ description: 'Only batches with this outcome.' }),
});

export const importPageSchema = z.object({
  offset: z.coerce.number().int('must be a whole number').min(0, 'must not be negative').default(0).meta({ description: 'Rejected rows to skip.' }),
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(IMPORT_PAGE_MAX, `must be at most ${IMPORT_PAGE_MAX}`)
    .default(1000)
    .meta({ description: `Rejected rows per page, 1 to ${IMPORT_PAGE_MAX}.` }),
});
