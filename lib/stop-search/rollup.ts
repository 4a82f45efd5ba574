// Keeps stop_search_monthly and stop_search_monthly_by in step with stop_search_records. The importer
// calls refreshStopSearchRollup inside the transaction that loads a file, so
// a month's records and its rollup change together or not at all.
import type pg from 'pg';
import { ARREST_OUTCOMES, NO_FURTHER_ACTION_OUTCOMES } from '@/lib/stop-search/outcomes';
import { MONTH_PATTERN } from '@/lib/stop-search/periods';
import { dimensionSql } from '@/lib/stop-search/dimensions';

// Every dimension is kept, so any filter or grouping the summary offers can
// be answered from this table alone.
const DIMENSIONS = `force, local_month, borough_code, location_status, self_ethnic_group, officer_ethnic_group,
  type, gender, age_range, legislation, object_of_search, outcome, outcome_linked_to_object`;

// Everything the force published about a search (our line number aside), plus
// what we derived from it: two records equal here are the same published row.
const CONTENT = `${DIMENSIONS}, occurred_at, local_date, part_of_policing_operation, policing_operation, latitude, longitude,
  self_defined_ethnicity, officer_defined_ethnicity, removal_of_more_than_outer_clothing`;

// Identical rows are normally kept: with times rounded to the minute and
// snapped locations they can be separate searches (several people in one
// car). A file in which EVERY row repeats (the importer flags it, e.g. City
// of London 2020-07: 259 searches, each listed twice) was published k times
// over; each row is then counted n / k times, where k is the fewest copies
// of any row, so genuine repeats inside the original file survive. Rounded
// up so a search is never lost to a row that repeats fewer than k times.
const REAGGREGATE = `
  WITH content AS (
    SELECT batch_id, ${CONTENT}, count(*) AS copies
      FROM stop_search_records
     WHERE force = $1 AND local_month = $2::date
     GROUP BY batch_id, ${CONTENT}
  ),
  -- k by a window over one pass of content: joining content to an aggregate
  -- of itself let the planner, with fresh statistics saying the month was
  -- empty, re-read the month once per row (seconds per month, not ms).
  searches AS (
    SELECT c.*, CASE WHEN b.all_rows_repeated THEN min(c.copies) OVER (PARTITION BY c.batch_id) ELSE 1 END AS k
      FROM content c JOIN import_batches b ON b.id = c.batch_id
  )
  INSERT INTO stop_search_monthly (${DIMENSIONS}, searches, outcome_recorded, arrests, no_further_action)
  SELECT ${DIMENSIONS},
         sum((copies + k - 1) / k)::int,
         coalesce(sum((copies + k - 1) / k) FILTER (WHERE outcome IS NOT NULL), 0)::int,
         coalesce(sum((copies + k - 1) / k) FILTER (WHERE outcome = ANY($3::text[])), 0)::int,
         coalesce(sum((copies + k - 1) / k) FILTER (WHERE outcome = ANY($4::text[])), 0)::int
    FROM searches
   GROUP BY ${DIMENSIONS}`;

// The narrow rollup (stop_search_monthly_by) is read off the wide one just
// rebuilt, never off the records, so the two cannot disagree: each row of the
// wide table is counted once under every dimension. The labels are the ones
// dimensionSql gives (the summary filters and groups on them as they are).
export const NARROW_DIMENSIONS = ['none', 'borough', 'legislation', 'object', 'outcome', 'age', 'gender', 'type'] as const;
export type NarrowDimension = (typeof NARROW_DIMENSIONS)[number];

const NARROW_REFRESH = `
  INSERT INTO stop_search_monthly_by (force, local_month, dimension, value, location_status, self_ethnic_group, officer_ethnic_group,
                                      searches, outcome_recorded, arrests, no_further_action, linked_recorded, linked)
  SELECT m.force, m.local_month, d.dimension, d.value, m.location_status, m.self_ethnic_group, m.officer_ethnic_group,
         sum(m.searches)::int, sum(m.outcome_recorded)::int, sum(m.arrests)::int, sum(m.no_further_action)::int,
         coalesce(sum(m.searches) FILTER (WHERE m.outcome_linked_to_object IS NOT NULL), 0)::int,
         coalesce(sum(m.searches) FILTER (WHERE m.outcome_linked_to_object), 0)::int
    FROM stop_search_monthly m
   CROSS JOIN LATERAL (VALUES
     ('none', ''),
     ('borough', ${dimensionSql('borough', 'officer')}),
     ('legislation', ${dimensionSql('legislation', 'officer')}),
     ('object', ${dimensionSql('object', 'officer')}),
     ('outcome', ${dimensionSql('outcome', 'officer')}),
     ('age', ${dimensionSql('age', 'officer')}),
     ('gender', ${dimensionSql('gender', 'officer')}),
     ('type', ${dimensionSql('type', 'officer')})
   ) AS d(dimension, value)
   WHERE m.force = $1 AND m.local_month = $2::date
   GROUP BY m.force, m.local_month, d.dimension, d.value, m.location_status, m.self_ethnic_group, m.officer_ethnic_group`;

/**
 * Rebuilds one force's month of the rollup from its records: deletes what
 * was there and aggregates again, so it is correct whether the month was
 * imported, re-imported or emptied. `month` is "YYYY-MM" in London time.
 */
export async function refreshStopSearchRollup(client: pg.ClientBase, force: string, month: string): Promise<void> {
  if (!MONTH_PATTERN.test(month)) throw new Error(`refreshStopSearchRollup: month must be YYYY-MM, not "${month}"`);
  const first = `${month}-01`;
  await client.query('DELETE FROM stop_search_monthly WHERE force = $1 AND local_month = $2::date', [force, first]);
  await client.query(REAGGREGATE, [force, first, ARREST_OUTCOMES, NO_FURTHER_ACTION_OUTCOMES]);
  await client.query('DELETE FROM stop_search_monthly_by WHERE force = $1 AND local_month = $2::date', [force, first]);
  await client.query(NARROW_REFRESH, [force, first]);
}

/** Rebuilds every month that has records (and drops months that no longer have any). */
export async function rebuildStopSearchRollup(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ force: string; month: string }>(
    `SELECT force, to_char(local_month, 'YYYY-MM') AS month FROM stop_search_records
      UNION SELECT force, to_char(local_month, 'YYYY-MM') FROM stop_search_monthly
      UNION SELECT force, to_char(local_month, 'YYYY-MM') FROM stop_search_monthly_by ORDER BY 1, 2`,
  );
  for (const { force, month } of rows) await refreshStopSearchRollup(client, force, month);
  return rows.length;
}
