// Reads for the commitments tracker. The page, its CSV download and the API all
// call these, so what they show cannot disagree. Status is derived here, on
// every read, with the published rule (lib/commitments/derive-status.ts).
import 'server-only';
import { deriveStatus } from '@/lib/commitments/derive-status';
import { themeLabel, type CommitmentFilters } from '@/lib/commitments/filters';
import { STATUS_KEYS, type StatusKey } from '@/lib/commitments/status';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { byNewestEntry, standingEntries } from '@/lib/commitments/timeline-order';
import type { CommitmentStatus } from '@/lib/generated/prisma/enums';
import { cachedQuery } from '@/lib/cache/cached-query';

export interface LatestUpdate {
  asOf: Date | null;
  note: string;
  url: string | null;
}

export interface CommitmentListItem {
  id: string;
  summary: string;
  theme: string;
  pillar: string | null;
  sourceId: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceUrl: string;
  announcedOn: Date | null;
  dueOn: Date | null;
  status: StatusKey;
  latestUpdate: LatestUpdate | null;
  /** Evidence links on entries that still stand (corrected entries excluded). */
  evidenceCount: number;
}

export interface CommitmentFilterOptions {
  /** Every commitment in the tracker, whatever the filters. */
  total: number;
  sources: { id: string; title: string; publisher: string }[];
  themes: { value: string; label: string }[];
  /** Statuses at least one commitment has today, in the order of STATUS_KEYS. */
  statuses: StatusKey[];
}

async function listCommitmentsFromDb(filters: CommitmentFilters, db: Db = getDb()): Promise<CommitmentListItem[]> {
  const today = new Date();
  const rows = await db.commitment.findMany({
    where: { sourceId: filters.source, theme: filters.theme },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    include: {
      source: { select: { title: true, publisher: true, url: true } },
      statusUpdates: {
        select: {
          id: true,
          status: true,
          asOf: true,
          recordedAt: true,
          correctsId: true,
          note: true,
          evidence: { select: { url: true }, orderBy: { position: 'asc' } },
        },
      },
    },
  });

  const items = rows.map((row): CommitmentListItem => {
    const standing = standingEntries(row.statusUpdates).sort(byNewestEntry);
    const latest = standing[0];
    return {
      id: row.id,
      summary: row.summary,
      theme: row.theme,
      pillar: row.pillar,
      sourceId: row.sourceId,
      sourceTitle: row.source.title,
      sourcePublisher: row.source.publisher,
      sourceUrl: row.source.url,
      announcedOn: row.announcedOn,
      dueOn: row.dueOn,
      status: deriveStatus(row.statusUpdates, row.dueOn, today),
      latestUpdate: latest ? { asOf: latest.asOf, note: latest.note, url: latest.evidence[0]?.url ?? null } : null,
      evidenceCount: standing.reduce((sum, entry) => sum + entry.evidence.length, 0),
    };
  });
  // Status exists only after derivation, so it is filtered here, not in SQL.
  return filters.status ? items.filter((item) => item.status === filters.status) : items;
}

async function getCommitmentFilterOptionsFromDb(db: Db = getDb()): Promise<CommitmentFilterOptions> {
  const all = await listCommitments({}, db);
  const sources = new Map<string, { id: string; title: string; publisher: string }>();
  for (const item of all) {
    sources.set(item.sourceId, { id: item.sourceId, title: item.sourceTitle, publisher: item.sourcePublisher });
  }
  const themes = [...new Set(all.map((item) => item.theme))]
    .map((value) => ({ value, label: themeLabel(value) }))
    // "Other" is a catch-all, so it reads best at the end of the list.
    .sort((a, b) => Number(a.value === 'other') - Number(b.value === 'other') || a.label.localeCompare(b.label, 'en-GB'));
  const present = new Set(all.map((item) => item.status));
  return {
    total: all.length,
    sources: [...sources.values()].sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
    themes,
    statuses: STATUS_KEYS.filter((key) => present.has(key)),
  };
}

export interface TimelineEntry {
  id: string;
  /** Null when the entry is evidence that does not, on its own, establish a status. */
  status: CommitmentStatus | null;
  statusBasis: string | null;
  asOf: Date | null;
  note: string;
  /** "catalogue" for entries from the sourced catalogue, "editor" for ones recorded here. */
  origin: string;
  recordedAt: Date;
  evidence: { title: string; url: string }[];
  correctsId: string | null;
  correctedByIds: string[];
}

export interface CommitmentDetail {
  id: string;
  summary: string;
  measure: string;
  theme: string;
  pillar: string | null;
  pillarNote: string | null;
  caveat: string | null;
  statusNote: string | null;
  announcedOn: Date | null;
  dueOn: Date | null;
  dueNote: string | null;
  url: string;
  source: { id: string; title: string; publisher: string; url: string; publishedOn: Date | null };
  status: StatusKey;
  /** Every entry, corrected ones included (they stay visible), newest first. */
  timeline: TimelineEntry[];
}

async function getCommitmentFromDb(id: string, db: Db = getDb()): Promise<CommitmentDetail | null> {
  const row = await db.commitment.findUnique({
    where: { id },
    include: {
      source: { select: { id: true, title: true, publisher: true, url: true, publishedOn: true } },
      statusUpdates: {
        include: {
          evidence: { select: { title: true, url: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
          correctedBy: { select: { id: true }, orderBy: { recordedAt: 'asc' } },
        },
      },
    },
  });
  if (!row) return null;
  const timeline = [...row.statusUpdates].sort(byNewestEntry).map(
    (entry): TimelineEntry => ({
      id: entry.id,
      status: entry.status,
      statusBasis: entry.statusBasis,
      asOf: entry.asOf,
      note: entry.note,
      origin: entry.origin,
      recordedAt: entry.recordedAt,
      evidence: entry.evidence,
      correctsId: entry.correctsId,
      correctedByIds: entry.correctedBy.map((c) => c.id),
    }),
  );
  return {
    id: row.id,
    summary: row.summary,
    measure: row.measure,
    theme: row.theme,
    pillar: row.pillar,
    pillarNote: row.pillarNote,
    caveat: row.caveat,
    statusNote: row.statusNote,
    announcedOn: row.announcedOn,
    dueOn: row.dueOn,
    dueNote: row.dueNote,
    url: row.url,
    source: row.source,
    status: deriveStatus(row.statusUpdates, row.dueOn, new Date()),
    timeline,
  };
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const listCommitments = cachedQuery('commitments/listCommitments', listCommitmentsFromDb);
export const getCommitmentFilterOptions = cachedQuery('commitments/getCommitmentFilterOptions', getCommitmentFilterOptionsFromDb);
export const getCommitment = cachedQuery('commitments/getCommitment', getCommitmentFromDb);
