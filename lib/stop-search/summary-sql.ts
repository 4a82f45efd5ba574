// Builds the SQL behind a summary: counts from the monthly rollup for each
// period and group, the White reference counts for the disproportionality
// ratio, and the Census denominators. Values always travel as parameters; only
// names from closed lists are spliced into the text.
//
// Shape of the statement, and why: every (period, group, ethnic group) cell
// is counted once (cells), zero cells are added for periods with data where a
// group has no searches (zeros), and the two are merged by GROUP BY rather
// than by a join: the planner cannot estimate CTE sizes, and a join it
// misjudged ran for minutes on a year of data. The White reference is a window
// over the same cells, so it needs no join either.
import {
  ETHNIC_GROUPS,
  NO_LOCATION,
  OUTSIDE_LONDON,
  REFERENCE_GROUP,
  type Dimension,
  type EthnicityField,
} from '@/lib/stop-search/dimensions';
import { periodStartSql, type PeriodGrain } from '@/lib/stop-search/periods';
import type { PopulationBase } from '@/lib/stop-search/population-base';
import { chooseRollup, rollupSource, type RollupChoice } from '@/lib/stop-search/rollup-choice';

export const CENSUS_YEAR = 2021;
const POPULATION_GROUP_COUNT = 5; // Asian, Black, Mixed, White, Other

export interface SummarySqlInput {
  grain: PeriodGrain;
  forces: readonly string[];
  /** "YYYY-MM", both included. */
  from: string;
  to: string;
  by: readonly Dimension[];
  field: EthnicityField;
  filters: Partial<Record<Dimension, string>>;
  base: PopulationBase;
  /** Which rollup to read; by default the narrowest that can answer (chooseRollup). */
  rollup?: RollupChoice;
}

/** One row as the statement returns it: every count behind the figures. */
export interface SummarySqlRow {
  period_start: string;
  force_months: number;
  dims: Record<string, string>;
  searches: number;
  ethnicity_not_stated: number;
  no_location: number;
  outside_london: number;
  outcome_recorded: number;
  arrests: number;
  no_further_action: number;
  linked_recorded: number;
  linked: number;
  population: number | null;
  white_searches: number | null;
  white_population: number | null;
  /** The area whose residents `population` counts (a borough code, "london", "met-police-area"), or null without a rate. */
  population_area: string | null;
}

const COUNTS = [
  'searches',
  'no_location',
  'outside_london',
  'outcome_recorded',
  'arrests',
  'no_further_action',
  'linked_recorded',
  'linked',
] as const;

const col = (d: Dimension) => `d_${d}`;

/**
 * `limit` caps the rows returned: asking for one more than it serves tells a
 * caller the answer is too long, in one run. Mode 'size' instead returns the
 * answer's exact row count (n) without building it: every group seen in the
 * range gets a row in every period with data, so the count is periods ×
 * groups (× 6 ethnic groups when the rows are per group).
 */
export function buildSummarySql(input: SummarySqlInput, limit?: number, mode: 'rows' | 'size' = 'rows'): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  // Every parameter carries its type, so one used in several places is never deduced two ways.
  const param = (value: unknown, cast = '::text') => (values.push(value), `$${values.length}${cast}`);

  const source = rollupSource(input.rollup ?? chooseRollup(input.by, input.filters));
  const dimensionSql = source.dimension;
  const byEthnicity = input.by.includes('ethnicity');
  const ethnicFilter = input.filters.ethnicity;
  const others = input.by.filter((d) => d !== 'ethnicity');
  const otherCols = others.map(col);
  const keys = (...extra: string[]) => ['period_start', ...otherCols, ...extra].join(', ');
  const where = Object.entries(input.filters)
    .filter(([d]) => d !== 'ethnicity')
    .map(([d, v]) => `${dimensionSql(d as Dimension, input.field)} = ${param(v)}`);
  const sums = COUNTS.map((c) => `sum(${c})::int AS ${c}`).join(', ');
  const zeros = COUNTS.map((c) => `0 AS ${c}`).join(', ');
  const groups = param([...ETHNIC_GROUPS], '::text[]');

  const ctes = `
WITH scope AS (
  SELECT force, month FROM import_batches
   WHERE status = 'loaded' AND force = ANY(${param(input.forces, '::text[]')})
     AND month BETWEEN ${param(`${input.from}-01`, '::date')} AND ${param(`${input.to}-01`, '::date')}
   GROUP BY force, month
),
periods AS (
  SELECT ${periodStartSql(input.grain, 'month')} AS period_start, count(*)::int AS force_months,
         -- Which forces have files in the period: it decides whose residents a rate divides by.
         string_agg(DISTINCT force, ',' ORDER BY force) AS coverage
    FROM scope GROUP BY 1
),
base AS (
  SELECT ${periodStartSql(input.grain, 'm.local_month')} AS period_start,
         ${others.map((d) => `${dimensionSql(d, input.field)} AS ${col(d)}, `).join('')}${dimensionSql('ethnicity', input.field)} AS eth,
         m.searches,
         CASE WHEN m.location_status = '${NO_LOCATION}' THEN m.searches ELSE 0 END AS no_location,
         CASE WHEN m.location_status = '${OUTSIDE_LONDON}' THEN m.searches ELSE 0 END AS outside_london,
         m.outcome_recorded, m.arrests, m.no_further_action,
         ${source.linkedRecorded} AS linked_recorded,
         ${source.linked} AS linked
    FROM ${source.from} JOIN scope s ON s.force = m.force AND s.month = m.local_month
   ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
),
cells AS (SELECT ${keys('eth')}, ${sums} FROM base GROUP BY ${keys('eth')}),
-- Groups seen anywhere in the answer's range (or one row when not grouping), in every period with data, for all six ethnic groups.
combos AS (${otherCols.length ? `SELECT DISTINCT ${otherCols.join(', ')} FROM cells` : 'SELECT 1 AS one'}),
zeros AS (
  SELECT p.period_start${otherCols.map((c) => `, c.${c}`).join('')}, e.eth, ${zeros}
    FROM periods p CROSS JOIN combos c CROSS JOIN unnest(${groups}) AS e(eth)
),
filled AS (
  SELECT ${keys('eth')}, ${sums}
    FROM (SELECT * FROM cells UNION ALL SELECT * FROM zeros) AS merged
   GROUP BY ${keys('eth')}
),
cell_rows AS (
  SELECT f.*, p.force_months, p.coverage,
         -- The White reference for the same period and other groups, whatever the ethnic group filter.
         sum(f.searches) FILTER (WHERE f.eth = '${REFERENCE_GROUP}') OVER (PARTITION BY ${keys()}) AS white_searches
    FROM filled f JOIN periods p USING (period_start)
)`;

  // With ethnicity in `by` (or filtered to one group) each output row is one
  // ethnic group's cell; otherwise the groups are added together.
  const perGroup = byEthnicity || ethnicFilter !== undefined;
  if (mode === 'size') {
    const perPeriod = byEthnicity && ethnicFilter === undefined ? ETHNIC_GROUPS.length : 1;
    return { text: `${ctes} SELECT ((SELECT count(*) FROM periods) * (SELECT count(*) FROM combos) * ${perPeriod})::int AS n`, values };
  }
  const ethnicWhere = ethnicFilter !== undefined ? `WHERE eth = ${param(ethnicFilter)}` : '';
  const rowsSql = perGroup
    ? `SELECT period_start, force_months, coverage, ${[...otherCols, 'eth'].join(', ')}, ${COUNTS.join(', ')},
              CASE WHEN eth = 'Not stated' THEN searches ELSE 0 END AS ethnicity_not_stated, white_searches
         FROM cell_rows ${ethnicWhere}`
    : `SELECT ${keys()}, force_months, coverage, ${sums},
              coalesce(sum(searches) FILTER (WHERE eth = 'Not stated'), 0)::int AS ethnicity_not_stated, NULL::int AS white_searches
         FROM cell_rows GROUP BY ${keys()}, force_months, coverage`;

  // Cut before the population joins and the JSON, so an over-long answer
  // costs no more than counting it would.
  const limited = limit === undefined ? rowsSql : `SELECT * FROM (${rowsSql}) AS a LIMIT ${param(limit, '::int')}`;
  const group = perGroup ? 'r.eth' : null;
  const population = populationJoin(input, group, param);
  const white = perGroup ? populationJoin(input, `'${REFERENCE_GROUP}'`, param, 'wp') : null;
  const dims = [...others.map((d) => `'${d}', r.${col(d)}`), ...(byEthnicity ? [`'ethnicity', r.eth`] : [])].join(', ');
  const text = `${ctes}
SELECT to_char(r.period_start, 'YYYY-MM') AS period_start, r.force_months,
       json_build_object(${dims}) AS dims,
       ${COUNTS.map((c) => `r.${c}`).join(', ')}, r.ethnicity_not_stated,
       ${population.value} AS population, ${population.area} AS population_area,
       ${perGroup ? 'coalesce(r.white_searches, 0)::int' : 'NULL::int'} AS white_searches,
       ${white ? white.value : 'NULL::int'} AS white_population
  FROM (${limited}) AS r
  ${population.join}
  ${white ? white.join : ''}
 ORDER BY r.period_start`;
  return { text, values };
}

/**
 * The Census residents behind a row: of one ethnic group (groupSql) or all,
 * in the row's borough or the area its period's coverage calls for, as a join
 * on a small table. A sum is only given when every row it needs is in the
 * population table, so a partly loaded table can never give a smaller
 * denominator silently.
 */
function populationJoin(
  input: SummarySqlInput,
  groupSql: string | null,
  param: (v: unknown, cast?: string) => string,
  alias = 'pop',
): { join: string; value: string; area: string } {
  const { base } = input;
  if (base.kind === 'none') return { join: '', value: 'NULL::int', area: 'NULL::text' };
  const sums = (coverage: string, area: string, where: string, areas: number) => `
    SELECT ${coverage} AS coverage, ${area} AS area, ethnic_group::text AS grp, sum(count)::int AS n FROM population
     WHERE census_year = ${CENSUS_YEAR} AND ${where} GROUP BY 1, 2, 3 HAVING count(*) = ${areas}
    UNION ALL
    SELECT ${coverage}, ${area}, 'all', sum(count)::int FROM population
     WHERE census_year = ${CENSUS_YEAR} AND ${where} GROUP BY 1, 2 HAVING count(*) = ${areas * POPULATION_GROUP_COUNT}`;
  let table: string;
  const on = [`${alias}.grp = ${groupSql ?? `'all'`}`, `${alias}.coverage = r.coverage`];
  if (base.kind === 'borough') {
    // Every borough's own residents, offered to each coverage that gives boroughs a rate.
    table = sums('c.coverage', 'area_code', `area_code LIKE 'E09%' AND area_code <> ALL(${param(base.excluded, '::text[]')})`, 1).replace(
      /FROM population/g,
      `FROM population CROSS JOIN unnest(${param(base.coverages, '::text[]')}) AS c(coverage)`,
    );
    on.push(`${alias}.area = r.${col('borough')}`);
  } else {
    table = Object.entries(base.byCoverage)
      .map(([coverage, covered]) => sums(param(coverage), param(covered.area), `area_code = ANY(${param(covered.codes, '::text[]')})`, covered.codes.length))
      .join('\n    UNION ALL');
  }
  // Officers never record "Mixed": a rate for it would be zero by construction.
  const value = input.field === 'officer' && groupSql ? `CASE WHEN ${groupSql} = 'Mixed' THEN NULL ELSE ${alias}.n END` : `${alias}.n`;
  return { join: `LEFT JOIN (${table}\n  ) AS ${alias} ON ${on.join(' AND ')}`, value, area: `CASE WHEN ${value} IS NULL THEN NULL ELSE ${alias}.area END` };
}
