// Stop-and-search figures for any period grain, filters and grouping: the
// explorer page, its CSV and GET /api/v1/stop-search/summary all read here.
// Counting happens in SQL on the monthly rollup; rates, ratios and intervals
// come from the pure functions in lib/stats (see docs/figures.md).
import 'server-only';
import { cache } from 'react';
import { getReadDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { OPEN_DIMENSIONS, type Dimension } from '@/lib/stop-search/dimensions';
import { LONDON_FORCES } from '@/lib/stop-search/forces';
import { ParameterError } from '@/lib/stop-search/parameter-error';
import { populationBase } from '@/lib/stop-search/population-base';
import { chooseRollup } from '@/lib/stop-search/rollup-choice';
import { BOROUGH_BOUNDARIES_SOURCE, POLICE_RECORDS_SOURCE, type SourceRef } from '@/lib/stop-search/sources';
import { compareSummaryRows, toSummaryRow } from '@/lib/stop-search/summary-figures';
import { summaryNotes } from '@/lib/stop-search/summary-notes';
import type { SummaryParams } from '@/lib/stop-search/summary-params';
import { buildSummarySql, CENSUS_YEAR, type SummarySqlInput, type SummarySqlRow } from '@/lib/stop-search/summary-sql';
import type { StopSearchSummaryData } from '@/lib/stop-search/summary-types';
import { cachedQuery } from '@/lib/cache/cached-query';
import { loadedBatches } from '@/lib/queries/loaded-batches';
import { batchesWithin, coverageOf } from '@/lib/stop-search/batch-coverage';

/** The most rows one summary returns; a bigger question gets a 400 asking to narrow it. */
export const MAX_SUMMARY_ROWS = 50_000;

/** Open-vocabulary filters must name a value the data has (matched ignoring case), or the answer would be silently empty. */
async function canonicalFilters(db: Db, params: SummaryParams): Promise<Partial<Record<Dimension, string>>> {
  const filters = { ...params.filters };
  for (const dimension of OPEN_DIMENSIONS) {
    const wanted = filters[dimension];
    if (wanted === undefined) continue;
    const values = (
      // The narrow rollup's slice holds the same labels as the wide rollup in far fewer rows.
      await db.$queryRawUnsafe<{ v: string }[]>(`SELECT DISTINCT value AS v FROM stop_search_monthly_by WHERE dimension = $1 ORDER BY 1`, dimension)
    ).map((r) => r.v);
    const match = values.find((v) => v.toLowerCase() === wanted.trim().toLowerCase());
    if (!match) {
      const known = values.length <= 40 ? `; values in the data: ${values.join(' | ')}` : '';
      throw new ParameterError(dimension, `no imported search has ${dimension} "${wanted}"${known}`);
    }
    filters[dimension] = match;
  }
  return filters;
}

// Both memoised per server render (React's cache): every question of a page needs the same rows.
const populationSources = cache(async (db: Db): Promise<SourceRef[]> => {
  return db.$queryRawUnsafe<SourceRef[]>(
    `SELECT s.id, s.title, s.publisher, s.url, s.note FROM sources s
      WHERE s.id IN (SELECT DISTINCT source_id FROM population WHERE census_year = $1) ORDER BY s.id`,
    CENSUS_YEAR,
  );
});

const boroughNames = cache(async (db: Db): Promise<Map<string, string>> => {
  const rows = await db.$queryRawUnsafe<{ code: string; name: string }[]>(`SELECT code, name FROM areas WHERE code LIKE 'E09%'`);
  return new Map(rows.map((r) => [r.code, r.name]));
});

/**
 * Refuses a question whose answer would be too long to serve (every month by
 * eight dimensions runs to millions of rows). A question the narrow rollup
 * answers is at most a few dozen rows per period, so its statement simply
 * stops at one row more than is served. One crossing several dimensions is
 * sized first (periods × groups, without building the rows), so a refusal
 * never waits for millions of rows to be built.
 */
function assertAnswerSize(n: number): void {
  if (n > MAX_SUMMARY_ROWS) {
    throw new ParameterError(
      'by',
      `the answer would have ${n.toLocaleString('en-GB')} rows, more than the ${MAX_SUMMARY_ROWS.toLocaleString('en-GB')} served at once: group by fewer dimensions, choose a longer period or fewer months`,
    );
  }
}

async function answerSize(db: Db, input: SummarySqlInput): Promise<number> {
  const size = buildSummarySql(input, undefined, 'size');
  const [row] = await db.$queryRawUnsafe<{ n: number }[]>(size.text, ...size.values);
  return row?.n ?? 0;
}

async function getStopSearchSummaryFromDb(params: SummaryParams, db: Db = getReadDb()): Promise<StopSearchSummaryData> {
  // Independent lookups, so they run side by side rather than one after the other.
  const [loaded, filters] = await Promise.all([loadedBatches(db), canonicalFilters(db, params)]);
  const covered = coverageOf(loaded.batches, params.force ? [params.force] : LONDON_FORCES);
  const forces = covered.map((c) => c.force);
  const from = params.from ?? covered.map((c) => c.first).sort()[0] ?? null;
  const to = params.to ?? covered.map((c) => c.last).sort().at(-1) ?? null;
  const base = populationBase(params.force, params.by.includes('borough'), filters.borough);
  const query = { force: params.force ?? null, forces, from, to, period: params.period, by: params.by, ethnicity: params.ethnicity, filters };
  const notes = summaryNotes(params, base);
  if (!forces.length || !from || !to || from > to) return { query, rows: [], sources: [POLICE_RECORDS_SOURCE], import_batches: [], notes };

  const input = { grain: params.period, forces, from, to, by: params.by, field: params.ethnicity, filters, base };
  if (chooseRollup(input.by, input.filters).table === 'wide') assertAnswerSize(await answerSize(db, input));
  const sql = buildSummarySql(input, MAX_SUMMARY_ROWS + 1);
  const batchRefs = batchesWithin(loaded.batches, forces, from, to);
  const [raw, popSources, names] = await Promise.all([
    db.$queryRawUnsafe<SummarySqlRow[]>(sql.text, ...sql.values),
    base.kind === 'none' ? Promise.resolve([]) : populationSources(db),
    params.by.includes('borough') ? boroughNames(db) : Promise.resolve(new Map<string, string>()),
  ]);
  if (raw.length > MAX_SUMMARY_ROWS) assertAnswerSize(await answerSize(db, input));
  const context = { grain: params.period, forceCount: forces.length, by: params.by, base, ethnicFilter: filters.ethnicity, boroughNames: names };
  const rows = raw.map((row) => toSummaryRow(row, context)).sort(compareSummaryRows(params.by));
  const sources = [POLICE_RECORDS_SOURCE, ...popSources, BOROUGH_BOUNDARIES_SOURCE];
  return { query, rows, sources, import_batches: batchRefs, notes };
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const getStopSearchSummary = cachedQuery('stop-search-summary/getStopSearchSummary', getStopSearchSummaryFromDb);
