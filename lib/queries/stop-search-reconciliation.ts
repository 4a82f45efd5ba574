// Official stop-and-search figures (seeded indicators) against the same
// figures computed from the imported record-level files, with the difference.
// Read by the reconciliation page and GET /api/v1/stop-search/reconciliation.
import 'server-only';
import { getReadDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { OFFICIAL_INDICATORS, type OfficialIndicator, type OfficialMeasure } from '@/lib/stop-search/official-figures';
import { monthsBetween } from '@/lib/stop-search/periods';
import { populationBase } from '@/lib/stop-search/population-base';
import { reconcile, type Reconciled, type RecordCounts } from '@/lib/stop-search/reconcile';
import { CENSUS_YEAR } from '@/lib/stop-search/summary-sql';
import { cachedQuery } from '@/lib/cache/cached-query';

export interface ReconciliationRow extends Reconciled {
  indicator_id: string;
  indicator_label: string;
  unit: string;
  seed_key: string | null;
  force: string;
  measure: OfficialMeasure['kind'];
  period_label: string;
  period_start: string | null;
  period_end: string | null;
  group: string | null;
  official_value: number;
  official_url: string;
  source: { title: string; publisher: string; url: string } | null;
  counts: RecordCounts | null;
}

// Home Office "s1 and associated" totals leave out these powers.
const NOT_S1_ASSOCIATED = 'Criminal Justice and Public Order Act 1994 \\(section 60\\)|Terrorism Act';

type Residents = { total: number | null; byGroup: Map<string, number> };

async function recordCounts(db: Db, official: OfficialIndicator, start: string, end: string, group: string, population: Residents): Promise<RecordCounts> {
  const months = monthsBetween(start.slice(0, 7), end.slice(0, 7));
  const [row] = await db.$queryRawUnsafe<Omit<RecordCounts, 'months_in_period' | 'population' | 'group_population' | 'white_population'>[]>(
    `WITH loaded AS (
       SELECT DISTINCT month FROM import_batches
        WHERE status = 'loaded' AND force = $1 AND month BETWEEN $2::date AND $3::date)
     SELECT (SELECT count(*) FROM loaded)::int AS months_with_records,
            coalesce(sum(m.searches), 0)::int AS searches,
            coalesce(sum(m.searches) FILTER (WHERE coalesce(m.legislation, '') !~* $4), 0)::int AS s1_searches,
            coalesce(sum(m.searches) FILTER (WHERE m.officer_ethnic_group::text = $5), 0)::int AS group_searches,
            coalesce(sum(m.searches) FILTER (WHERE m.officer_ethnic_group::text = 'White'), 0)::int AS white_searches
       FROM stop_search_monthly m JOIN loaded l ON l.month = m.local_month
      WHERE m.force = $1`,
    official.force,
    `${months[0]}-01`,
    `${months.at(-1)}-01`,
    NOT_S1_ASSOCIATED,
    group,
  );
  return {
    months_in_period: months.length,
    ...row!,
    population: population.total,
    group_population: population.byGroup.get(group) ?? null,
    white_population: population.byGroup.get('White') ?? null,
  };
}

async function residents(db: Db, official: OfficialIndicator): Promise<Residents> {
  const base = populationBase(official.force, false, undefined);
  if (base.kind !== 'area') return { total: null, byGroup: new Map() };
  // HAVING: a partly loaded population table gives no denominator rather than a smaller one.
  const rows = await db.$queryRawUnsafe<{ grp: string; count: number }[]>(
    `SELECT ethnic_group::text AS grp, sum(count)::int AS count FROM population
      WHERE census_year = $1 AND area_code = ANY($2::text[]) GROUP BY 1 HAVING count(*) = $3`,
    CENSUS_YEAR,
    base.codes,
    base.codes.length,
  );
  const byGroup = new Map(rows.map((r) => [r.grp, r.count]));
  return { total: byGroup.size === 5 ? [...byGroup.values()].reduce((a, b) => a + b, 0) : null, byGroup };
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Every seeded official figure, in the seed's order, with the record-level comparison. */
async function getStopSearchReconciliationFromDb(db: Db = getReadDb()): Promise<ReconciliationRow[]> {
  const byId = new Map(OFFICIAL_INDICATORS.map((i) => [i.id, i]));
  const indicators = await db.indicator.findMany({
    where: { id: { in: [...byId.keys()] } },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      label: true,
      unit: true,
      observations: {
        orderBy: [{ sortOrder: 'asc' }, { periodStart: 'asc' }],
        select: {
          seedKey: true,
          periodLabel: true,
          periodStart: true,
          periodEnd: true,
          groupLabel: true,
          value: true,
          url: true,
          source: { select: { title: true, publisher: true, url: true } },
        },
      },
    },
  });
  const rows: ReconciliationRow[] = [];
  // Residents depend on the force only: read them once per force, not once per figure.
  const residentsByForce = new Map<string, Promise<Residents>>();
  const residentsOf = (official: OfficialIndicator) => {
    if (!residentsByForce.has(official.force)) residentsByForce.set(official.force, residents(db, official));
    return residentsByForce.get(official.force)!;
  };
  for (const indicator of indicators) {
    const official = byId.get(indicator.id)!;
    for (const o of indicator.observations) {
      const start = isoDay(o.periodStart);
      const end = isoDay(o.periodEnd);
      const group = o.groupLabel ?? 'All';
      const counts = start && end && official.measure.kind !== 'people' ? await recordCounts(db, official, start, end, group, await residentsOf(official)) : null;
      const value = o.value.toNumber();
      rows.push({
        indicator_id: indicator.id,
        indicator_label: indicator.label,
        unit: indicator.unit,
        seed_key: o.seedKey,
        force: official.force,
        measure: official.measure.kind,
        period_label: o.periodLabel,
        period_start: start,
        period_end: end,
        group,
        official_value: value,
        official_url: o.url,
        source: o.source,
        counts,
        ...reconcile(official.measure, value, counts),
      });
    }
  }
  return rows;
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const getStopSearchReconciliation = cachedQuery('stop-search-reconciliation/getStopSearchReconciliation', getStopSearchReconciliationFromDb);
