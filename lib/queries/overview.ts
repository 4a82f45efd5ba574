// Everything the home page shows, in one read. Counts come from
// listCommitments so each status here is the one the commitments list shows.
import 'server-only';
import { FEATURED_INDICATORS, type FeaturedIndicator } from '@/lib/charts/featured-indicators';
import { buildIndicatorSeries, type IndicatorSeries } from '@/lib/charts/indicator-series';
import { STATUS_KEYS, type StatusKey } from '@/lib/commitments/status';
import { getDb } from '@/lib/db';
import type { CommitmentStatus } from '@/lib/generated/prisma/enums';
import type { Db } from '@/lib/prisma-client';
import { listCommitments, type CommitmentListItem } from '@/lib/queries/commitments';
import { getIndicator } from '@/lib/queries/indicators';
import { cachedQuery } from '@/lib/cache/cached-query';

export interface StatusCount {
  status: StatusKey;
  count: number;
}

export interface SourceStatusCounts {
  sourceId: string;
  sourceTitle: string;
  sourcePublisher: string;
  counts: Record<StatusKey, number>;
  total: number;
}

export interface LatestUpdateItem {
  id: string;
  asOf: Date;
  /** The status the entry records, or null when it is evidence without one. */
  status: CommitmentStatus | null;
  note: string;
  commitment: { id: string; summary: string; sourceTitle: string };
  evidence: { title: string; url: string }[];
}

export interface FeaturedChart {
  config: FeaturedIndicator;
  series: IndicatorSeries;
  source: { title: string; publisher: string; url: string } | null;
  definition: string | null;
}

export interface Overview extends StatusCounts {
  latestUpdates: LatestUpdateItem[];
  charts: FeaturedChart[];
}

function emptyCounts(): Record<StatusKey, number> {
  return Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as Record<StatusKey, number>;
}

/** How many dated entries the home page lists (its CSV lists the same). */
export const LATEST_UPDATES_SHOWN = 5;

export function countByStatus(items: readonly CommitmentListItem[]): StatusCount[] {
  const counts = emptyCounts();
  for (const item of items) counts[item.status] += 1;
  // Every status is listed, zeros included, so readers see what is absent too.
  return STATUS_KEYS.map((status) => ({ status, count: counts[status] }));
}

export function countBySource(items: readonly CommitmentListItem[]): SourceStatusCounts[] {
  const rows = new Map<string, SourceStatusCounts>();
  for (const item of items) {
    let row = rows.get(item.sourceId);
    if (!row) {
      row = {
        sourceId: item.sourceId,
        sourceTitle: item.sourceTitle,
        sourcePublisher: item.sourcePublisher,
        counts: emptyCounts(),
        total: 0,
      };
      rows.set(item.sourceId, row);
    }
    row.counts[item.status] += 1;
    row.total += 1;
  }
  // Largest sources first; ties by id so the order never changes between requests.
  return [...rows.values()].sort((a, b) => b.total - a.total || a.sourceId.localeCompare(b.sourceId));
}

/** The newest dated entries that still stand (a corrected entry gives way to its correction). */
async function listLatestUpdatesFromDb(limit: number, db: Db = getDb()): Promise<LatestUpdateItem[]> {
  const rows = await db.statusUpdate.findMany({
    where: { asOf: { not: null }, correctedBy: { none: {} } },
    // Same tie-breaks as the commitment timeline: recorded later first, then id.
    orderBy: [{ asOf: 'desc' }, { recordedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      asOf: true,
      status: true,
      note: true,
      commitment: { select: { id: true, summary: true, source: { select: { title: true } } } },
      evidence: { select: { title: true, url: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    asOf: row.asOf as Date,
    status: row.status,
    note: row.note,
    commitment: { id: row.commitment.id, summary: row.commitment.summary, sourceTitle: row.commitment.source.title },
    evidence: row.evidence,
  }));
}

async function getFeaturedChartsFromDb(db: Db = getDb()): Promise<FeaturedChart[]> {
  const loaded = await Promise.all(FEATURED_INDICATORS.map(async (config) => ({ config, indicator: await getIndicator(config.id, db) })));
  return loaded.flatMap(({ config, indicator }) =>
    indicator
      ? [
          {
            config,
            series: buildIndicatorSeries(indicator, indicator.observations, config),
            source: indicator.source,
            definition: indicator.definition,
          },
        ]
      : [],
  );
}

export interface StatusCounts {
  total: number;
  byStatus: StatusCount[];
  bySource: SourceStatusCounts[];
}

/** The two status tables on the home page; their CSV reads this too. */
async function getStatusCountsFromDb(db: Db = getDb()): Promise<StatusCounts> {
  const items = await listCommitments({}, db);
  return { total: items.length, byStatus: countByStatus(items), bySource: countBySource(items) };
}

async function getOverviewFromDb(db: Db = getDb()): Promise<Overview> {
  const [counts, latestUpdates, charts] = await Promise.all([
    getStatusCounts(db),
    listLatestUpdates(LATEST_UPDATES_SHOWN, db),
    getFeaturedCharts(db),
  ]);
  return { ...counts, latestUpdates, charts };
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const listLatestUpdates = cachedQuery('overview/listLatestUpdates', listLatestUpdatesFromDb);
export const getFeaturedCharts = cachedQuery('overview/getFeaturedCharts', getFeaturedChartsFromDb);
export const getStatusCounts = cachedQuery('overview/getStatusCounts', getStatusCountsFromDb);
export const getOverview = cachedQuery('overview/getOverview', getOverviewFromDb);
