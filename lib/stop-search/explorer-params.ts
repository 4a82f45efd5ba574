// The explorer's state, read once from the page's URL (or a CSV route's). Only
// the controls the page offers are accepted; each is checked by the summary's
// own parser (parseSummaryRequest), so the page, its CSV files and the API
// agree on what every value means. A bad value is a message, never a 500.
import type { LondonForce } from '@/lib/stop-search/forces';
import type { EthnicityField } from '@/lib/stop-search/dimensions';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import type { PeriodGrain } from '@/lib/stop-search/periods';
import { parseSummaryRequest, type SummaryParams } from '@/lib/stop-search/summary-params';

export const MAP_MEASURES = ['rate', 'ratio', 'searches'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** The URL parameters the explorer understands, in the order permalinks write them. */
export const EXPLORER_PARAMETERS = ['force', 'borough', 'ethnicity', 'legislation', 'period', 'from', 'to', 'measure'] as const;
type ExplorerParameter = (typeof EXPLORER_PARAMETERS)[number];

export const EXPLORER_DEFAULT_PERIOD: PeriodGrain = 'year';

export interface ExplorerParams {
  force?: LondonForce;
  borough?: string;
  ethnicity: EthnicityField;
  legislation?: string;
  period: PeriodGrain;
  from?: string;
  to?: string;
  measure: MapMeasure;
}

export type ExplorerParse = { ok: true; params: ExplorerParams } | { ok: false; parameter: string; message: string };

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function entries(raw: RawParams): [string, string][] {
  if (raw instanceof URLSearchParams) return [...raw.entries()];
  return Object.entries(raw).flatMap(([k, v]) => (v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]]));
}

export function parseExplorerParams(raw: RawParams, extraAllowed: readonly string[] = []): ExplorerParse {
  try {
    const summary = new URLSearchParams();
    let measure: MapMeasure = 'rate';
    const seen = new Set<string>();
    for (const [key, value] of entries(raw)) {
      if (extraAllowed.includes(key)) continue;
      if (!(EXPLORER_PARAMETERS as readonly string[]).includes(key)) {
        throw new ParameterError(key, `"${key}" is not a setting of this page; it understands: ${EXPLORER_PARAMETERS.join(', ')}`);
      }
      if (seen.has(key)) throw new ParameterError(key, `"${key}" is given more than once`);
      seen.add(key);
      if (value === '') continue; // an empty control means "all"
      if (key === 'measure') {
        const m = MAP_MEASURES.find((x) => x === value.trim().toLowerCase());
        if (!m) throw new ParameterError('measure', `measure must be one of: ${MAP_MEASURES.join(', ')}`);
        measure = m;
      } else summary.set(key, value);
    }
    if (!summary.has('period')) summary.set('period', EXPLORER_DEFAULT_PERIOD);
    const parsed = parseSummaryRequest(summary);
    return {
      ok: true,
      params: {
        ...(parsed.force ? { force: parsed.force } : {}),
        ...(parsed.filters.borough ? { borough: parsed.filters.borough } : {}),
        ethnicity: parsed.ethnicity,
        ...(parsed.filters.legislation ? { legislation: parsed.filters.legislation } : {}),
        period: parsed.period,
        ...(parsed.from ? { from: parsed.from } : {}),
        ...(parsed.to ? { to: parsed.to } : {}),
        measure,
      },
    };
  } catch (error) {
    if (error instanceof ParameterError) return { ok: false, parameter: error.parameter, message: error.message };
    throw error;
  }
}

/** The summary question behind one view of the explorer: its filters plus the view's own grouping and extra filters. */
export function toSummaryParams(p: ExplorerParams, by: SummaryParams['by'], extra: SummaryParams['filters'] = {}): SummaryParams {
  return {
    ...(p.force ? { force: p.force } : {}),
    ...(p.from ? { from: p.from } : {}),
    ...(p.to ? { to: p.to } : {}),
    period: p.period,
    by,
    ethnicity: p.ethnicity,
    filters: { ...(p.borough ? { borough: p.borough } : {}), ...(p.legislation ? { legislation: p.legislation } : {}), ...extra },
  };
}

/** The query string that reproduces the view; defaults are written out so a link keeps its meaning if defaults change. */
export function explorerQueryString(p: ExplorerParams, overrides: Partial<Record<ExplorerParameter, string | undefined>> = {}): string {
  const values: Record<ExplorerParameter, string | undefined> = {
    force: p.force,
    borough: p.borough,
    ethnicity: p.ethnicity,
    legislation: p.legislation,
    period: p.period,
    from: p.from,
    to: p.to,
    measure: p.measure === 'rate' ? undefined : p.measure,
    ...overrides,
  };
  const search = new URLSearchParams();
  for (const key of EXPLORER_PARAMETERS) {
    const v = values[key];
    if (v !== undefined && v !== '') search.set(key, v);
  }
  return search.toString();
}
