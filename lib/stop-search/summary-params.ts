// The summary's parameters, parsed once at the edge (API route or page) from
// a query string. Every problem names its parameter. `ethnicity` chooses the
// field (officer- or self-defined, as the issue specifies), so the filter on
// ethnic group is `ethnic_group`; every other filter has its dimension's name.
import { z } from 'zod';
import { BOROUGH_CODES, LONDON_FORCES, type LondonForce } from '@/lib/stop-search/forces';
import {
  DIMENSIONS,
  ETHNIC_GROUPS,
  ETHNICITY_FIELDS,
  NO_LOCATION,
  OPEN_DIMENSIONS,
  OUTSIDE_LONDON,
  type Dimension,
  type EthnicityField,
} from '@/lib/stop-search/dimensions';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { MONTH_PATTERN, PERIOD_GRAINS, type PeriodGrain } from '@/lib/stop-search/periods';

export interface SummaryParams {
  /** Omitted: both London forces together. */
  force?: LondonForce;
  /** "YYYY-MM"; omitted: the first (or last) month with data. */
  from?: string;
  to?: string;
  period: PeriodGrain;
  by: Dimension[];
  ethnicity: EthnicityField;
  /** One value per dimension; the ethnic group filter is under `ethnicity`. */
  filters: Partial<Record<Dimension, string>>;
}

export interface SummaryRequest extends SummaryParams {
  format: 'json' | 'csv';
}

const FILTER_PARAMETERS: Record<string, Dimension> = {
  ethnic_group: 'ethnicity',
  borough: 'borough',
  ...Object.fromEntries(OPEN_DIMENSIONS.map((d) => [d, d])),
};
export const SUMMARY_PARAMETERS = ['force', 'from', 'to', 'period', 'by', 'ethnicity', 'format', ...Object.keys(FILTER_PARAMETERS)];

const list = (values: readonly string[]) => values.join(', ');
const month = z.string().regex(MONTH_PATTERN, 'must be a month written YYYY-MM, e.g. 2018-04').meta({ description: 'A month, YYYY-MM (London time); omitted: the first or latest month with data.' });
/** Matches a closed list ignoring case, and returns the value as listed. */
function oneOf<T extends string>(values: readonly T[]) {
  const byKey = new Map(values.map((v) => [v.toLowerCase(), v]));
  return z
    .string()
    .meta({ description: `One of: ${list(values)} (any case).` })
    .transform((v, ctx) => {
      const found = byKey.get(v.trim().toLowerCase());
      if (found) return found;
      ctx.addIssue({ code: 'custom', message: `must be one of: ${list(values)}` });
      return z.NEVER;
    });
}

const byList = z.string().meta({ description: `Comma list of dimensions to group by: ${list(DIMENSIONS)}.` }).transform((v, ctx) => {
  const items = v.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = items.filter((d) => !(DIMENSIONS as readonly string[]).includes(d));
  if (unknown.length) ctx.addIssue({ code: 'custom', message: `"${unknown[0]}" is not a dimension; use a comma list of: ${list(DIMENSIONS)}` });
  else if (new Set(items).size !== items.length) ctx.addIssue({ code: 'custom', message: 'names a dimension twice' });
  return items as Dimension[];
});

const openValue = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'is longer than 200 characters')
  .meta({ description: 'Keep only this value, as published ("Not recorded" selects empty fields).' });

/** The query parameters, without the cross-field rule (the API reference lists them from here). */
export const summaryQuerySchema = z.object({
  force: oneOf(LONDON_FORCES).optional(),
  from: month.optional(),
  to: month.optional(),
  period: oneOf(PERIOD_GRAINS).default('month'),
  by: byList.default([]),
  ethnicity: oneOf(ETHNICITY_FIELDS).default('officer'),
  format: oneOf(['json', 'csv'] as const).default('json'),
  ethnic_group: oneOf(ETHNIC_GROUPS).optional(),
  borough: oneOf([...BOROUGH_CODES, OUTSIDE_LONDON, NO_LOCATION]).optional(),
  ...Object.fromEntries(OPEN_DIMENSIONS.map((d) => [d, openValue.optional()])),
});

export const summaryRequestSchema = summaryQuerySchema
  .refine((p) => !p.from || !p.to || p.from <= p.to, { path: ['to'], message: 'must not be before from' });

function toObject(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of search) {
    if (!SUMMARY_PARAMETERS.includes(key)) throw new ParameterError(key, `unknown parameter "${key}"; known: ${list(SUMMARY_PARAMETERS)}`);
    if (key in out) throw new ParameterError(key, `"${key}" is given more than once`);
    out[key] = value;
  }
  return out;
}

function explainEthnicity(raw: Record<string, string>): void {
  const value = raw.ethnicity?.trim().toLowerCase();
  if (value && ETHNIC_GROUPS.some((g) => g.toLowerCase() === value)) {
    throw new ParameterError('ethnicity', `ethnicity chooses the field (officer or self); to keep one group use ethnic_group=${raw.ethnicity}`);
  }
}

/** Parses a summary query string; throws ParameterError naming the first bad parameter. */
export function parseSummaryRequest(search: URLSearchParams): SummaryRequest {
  const raw = toObject(search);
  explainEthnicity(raw);
  const result = summaryRequestSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const parameter = String(issue.path[0] ?? 'query');
    throw new ParameterError(parameter, `${parameter} ${issue.message}`);
  }
  const p = result.data as z.output<typeof summaryRequestSchema> & Record<string, string | undefined>;
  const filters: Partial<Record<Dimension, string>> = {};
  for (const [parameter, dimension] of Object.entries(FILTER_PARAMETERS)) {
    const value = p[parameter];
    if (value !== undefined) filters[dimension] = value;
  }
  return {
    ...(p.force ? { force: p.force } : {}),
    ...(p.from ? { from: p.from } : {}),
    ...(p.to ? { to: p.to } : {}),
    period: p.period,
    by: p.by,
    ethnicity: p.ethnicity,
    format: p.format,
    filters,
  };
}

/** The query string that reproduces a summary (for permalinks and CSV links). */
export function summaryQueryString(params: SummaryParams): string {
  const search = new URLSearchParams();
  if (params.force) search.set('force', params.force);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  search.set('period', params.period);
  if (params.by.length) search.set('by', params.by.join(','));
  search.set('ethnicity', params.ethnicity);
  for (const [parameter, dimension] of Object.entries(FILTER_PARAMETERS)) {
    const value = params.filters[dimension];
    if (value !== undefined) search.set(parameter, value);
  }
  return search.toString();
}
