// What the Atom feeds show: published snapshots and their corrections, and the
// dated status updates behind commitments' statuses. Each feed reads through
// one function here, so its route holds no query of its own.
import 'server-only';
import { cachedQuery } from '@/lib/cache/cached-query';
import { getDb } from '@/lib/db';
import { snapshotEntry, statusUpdateEntry, type StatusUpdateRow } from '@/lib/feeds/feed-entries';
import { commitmentFeedPath } from '@/lib/feeds/feed-links';
import { byNewest, FEED_LIMIT, type FeedData } from '@/lib/feeds/feed-types';
import type { Db } from '@/lib/prisma-client';
import type { Prisma } from '@/lib/generated/prisma/client';

const snapshotSelect = { id: true, quarter: true, revision: true, asOf: true, sha256: true, correctionNote: true, publishedAt: true } as const;

async function statusUpdateRows(db: Db, where: Prisma.StatusUpdateWhereInput): Promise<StatusUpdateRow[]> {
  const rows = await db.statusUpdate.findMany({
    where,
    orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
    take: FEED_LIMIT,
    select: {
      id: true,
      commitmentId: true,
      status: true,
      asOf: true,
      note: true,
      correctsId: true,
      recordedAt: true,
      commitment: { select: { summary: true } },
      evidence: { select: { title: true, url: true }, orderBy: { position: 'asc' } },
    },
  });
  return rows.map(({ commitment, ...row }) => ({ ...row, commitmentSummary: commitment.summary }));
}

// The Unix epoch stands for "nothing published yet": a fixed date keeps an empty feed's bytes stable too.
const NOTHING_YET = new Date(0);

async function getSiteFeedFromDb(db: Db = getDb()): Promise<FeedData> {
  const [snapshots, updates] = await Promise.all([
    db.snapshot.findMany({ orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], take: FEED_LIMIT, select: snapshotSelect }),
    // Entries that report a status, and every correction: evidence alone is in each commitment's own feed.
    statusUpdateRows(db, { OR: [{ status: { not: null } }, { correctsId: { not: null } }] }),
  ]);
  const entries = [...snapshots.map(snapshotEntry), ...updates.map(statusUpdateEntry)].sort(byNewest).slice(0, FEED_LIMIT);
  return {
    title: 'Met Police accountability dashboard: snapshots, corrections and status changes',
    subtitle: 'Each quarterly snapshot and correction as it is published, and each dated status reported for a commitment.',
    pagePath: '/snapshots',
    selfPath: '/feed.xml',
    emptyUpdated: NOTHING_YET,
    entries,
  };
}

/** null when there is no such commitment. */
async function getCommitmentFeedFromDb(commitmentId: string, db: Db = getDb()): Promise<FeedData | null> {
  const commitment = await db.commitment.findUnique({ where: { id: commitmentId }, select: { id: true, summary: true, createdAt: true } });
  if (!commitment) return null;
  const [updates, corrections] = await Promise.all([
    statusUpdateRows(db, { commitmentId }),
    // Every snapshot freezes every commitment, so a correction of one may concern this one: each that lists it is shown.
    db.snapshot.findMany({
      where: { revision: { gt: 0 }, document: { path: ['commitments'], array_contains: [{ id: commitmentId }] } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: FEED_LIMIT,
      select: snapshotSelect,
    }),
  ]);
  const entries = [...updates.map(statusUpdateEntry), ...corrections.map(snapshotEntry)].sort(byNewest).slice(0, FEED_LIMIT);
  const path = `/commitments/${encodeURIComponent(commitment.id)}`;
  return {
    title: `Updates on a Met commitment: ${commitment.summary}`,
    subtitle: 'Each dated status, new evidence and correction recorded for this commitment, and corrections of snapshots that include it.',
    pagePath: path,
    selfPath: commitmentFeedPath(commitment.id),
    emptyUpdated: commitment.createdAt,
    entries,
  };
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const getSiteFeed = cachedQuery('feeds/getSiteFeed', getSiteFeedFromDb);
export const getCommitmentFeed = cachedQuery('feeds/getCommitmentFeed', getCommitmentFeedFromDb);
