// What the imported stop-and-search records hold, force by force: files,
// months, rows as published, rows rejected, and the records the figures
// cannot place (no location, outside London) or cannot group (no ethnicity).
// Read by /stop-and-search/data-quality and its CSV, so the two agree.
import 'server-only';
import { getReadDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { getStopSearchReconciliation, type ReconciliationRow } from '@/lib/queries/stop-search-reconciliation';
import { cachedQuery } from '@/lib/cache/cached-query';

export interface ForceRecordQuality {
  force: string;
  files: number;
  first_month: string;
  last_month: string;
  /** Data rows in the files as published. */
  rows_published: number;
  rows_rejected: number;
  /** Files in which every row is repeated (each row counted once per copy). */
  repeated_files: number;
  /** Searches the figures count (rows loaded, less the repeats of a fully repeated file). */
  searches: number;
  no_location: number;
  outside_london: number;
  officer_ethnicity_not_stated: number;
  self_ethnicity_not_stated: number;
}

async function getStopSearchRecordQualityFromDb(db: Db = getReadDb()): Promise<ForceRecordQuality[]> {
  const rows = await db.$queryRaw<ForceRecordQuality[]>`
    WITH files AS (
      SELECT force, count(*)::int AS files,
             to_char(min(month), 'YYYY-MM') AS first_month, to_char(max(month), 'YYYY-MM') AS last_month,
             sum(rows_total)::int AS rows_published, sum(rows_rejected)::int AS rows_rejected,
             (count(*) FILTER (WHERE all_rows_repeated))::int AS repeated_files
        FROM import_batches WHERE status = 'loaded' GROUP BY force),
    counted AS (
      SELECT force, sum(searches)::int AS searches,
             coalesce(sum(searches) FILTER (WHERE location_status = 'none'), 0)::int AS no_location,
             coalesce(sum(searches) FILTER (WHERE location_status = 'outside'), 0)::int AS outside_london,
             coalesce(sum(searches) FILTER (WHERE officer_ethnic_group = 'Not stated'), 0)::int AS officer_ethnicity_not_stated,
             coalesce(sum(searches) FILTER (WHERE self_ethnic_group = 'Not stated'), 0)::int AS self_ethnicity_not_stated
        FROM stop_search_monthly GROUP BY force)
    SELECT f.force, f.files, f.first_month, f.last_month, f.rows_published, f.rows_rejected, f.repeated_files,
           coalesce(c.searches, 0) AS searches, coalesce(c.no_location, 0) AS no_location,
           coalesce(c.outside_london, 0) AS outside_london,
           coalesce(c.officer_ethnicity_not_stated, 0) AS officer_ethnicity_not_stated,
           coalesce(c.self_ethnicity_not_stated, 0) AS self_ethnicity_not_stated
      FROM files f LEFT JOIN counted c USING (force)
     ORDER BY f.force`;
  return rows;
}

export interface StopSearchDataQuality {
  records: ForceRecordQuality[];
  reconciliation: ReconciliationRow[];
}

/** Everything /stop-and-search/data-quality shows. */
async function getStopSearchDataQualityFromDb(db: Db = getReadDb()): Promise<StopSearchDataQuality> {
  const [records, reconciliation] = await Promise.all([getStopSearchRecordQuality(db), getStopSearchReconciliation(db)]);
  return { records, reconciliation };
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const getStopSearchRecordQuality = cachedQuery('stop-search-data-quality/getStopSearchRecordQuality', getStopSearchRecordQualityFromDb);
export const getStopSearchDataQuality = cachedQuery('stop-search-data-quality/getStopSearchDataQuality', getStopSearchDataQualityFromDb);
