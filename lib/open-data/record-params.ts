// Parameters of the record export and the records API: the summary's filters
// (parsed by the summary's own schema, so a filter means the same everywhere)
// plus, for the API, a keyset cursor and a page size.
import { z } from 'zod';
import type { RecordFilters } from '@/lib/open-data/record-query';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { parseSummaryRequest } from '@/lib/stop-search/summary-params';

export const RECORD_PAGE_MAX = 1000;

export const recordPageSchema = z.object({
  after: z
    .string()
    .regex(/^\d{1,18}$/, 'must be a record id (digits), as given in the previous page\'s links.next')
    .optional()
    .meta({ description: 'Cursor: only records with a larger id. Use the `next` link of the previous page.' }),
  limit: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(RECORD_PAGE_MAX, `must be at most ${RECORD_PAGE_MAX}`)
    .default(100)
    .meta({ description: `Records per page, 1 to ${RECORD_PAGE_MAX}.` }),
});

/** Grouping makes no sense for records: say so rather than ignore it. */
const SUMMARY_ONLY = ['period', 'by'];

export interface RecordRequest {
  filters: RecordFilters;
  format: 'json' | 'csv';
  after?: bigint;
  limit: number;
}

export function parseRecordRequest(search: URLSearchParams, options: { paged: boolean }): RecordRequest {
  const rest = new URLSearchParams();
  const paging: Record<string, string> = {};
  for (const [key, value] of search) {
    // An HTML form sends every field, the unused ones empty: empty means "no filter".
    if (value === '') continue;
    if (SUMMARY_ONLY.includes(key)) throw new ParameterError(key, `${key} groups a summary; records are never grouped (see /api/v1/stop-search/summary)`);
    if (options.paged && (key === 'after' || key === 'limit')) paging[key] = value;
    else rest.append(key, value);
  }
  const { force, from, to, ethnicity, filters, format } = parseSummaryRequest(rest);
  const page = recordPageSchema.safeParse(paging);
  if (!page.success) {
    const issue = page.error.issues[0]!;
    const parameter = String(issue.path[0]);
    throw new ParameterError(parameter, `${parameter} ${issue.message}`);
  }
  return {
    filters: { ...(force ? { force } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ethnicity, filters },
    format,
    ...(page.data.after ? { after: BigInt(page.data.after) } : {}),
    limit: page.data.limit,
  };
}
