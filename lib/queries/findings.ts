// Reads for what the Casey Review found. The /casey-review page and its CSV
// both use listCaseyFindings, so the two cannot disagree.
import 'server-only';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { cachedQuery } from '@/lib/cache/cached-query';

/** The final report (March 2023) and the interim report on misconduct (October 2022). */
export const CASEY_SOURCE_IDS = ['casey-2023', 'casey-interim-2022'] as const;

export interface FindingItem {
  id: string;
  statement: string;
  /** Null when the source gives no single figure (e.g. "a third", "55-60%"). */
  figure: number | null;
  unit: string | null;
  population: string | null;
  url: string;
  note: string | null;
  source: { id: string; title: string; publisher: string; url: string; publishedOn: Date | null };
}

async function listCaseyFindingsFromDb(db: Db = getDb()): Promise<FindingItem[]> {
  const rows = await db.finding.findMany({
    where: { sourceId: { in: [...CASEY_SOURCE_IDS] } },
    // The final report first, then the interim report; catalogue order within each.
    orderBy: [{ source: { publishedOn: 'desc' } }, { sortOrder: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      statement: true,
      figure: true,
      unit: true,
      population: true,
      url: true,
      note: true,
      source: { select: { id: true, title: true, publisher: true, url: true, publishedOn: true } },
    },
  });
  return rows.map((row) => ({ ...row, figure: row.figure === null ? null : row.figure.toNumber() }));
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const listCaseyFindings = cachedQuery('findings/listCaseyFindings', listCaseyFindingsFromDb);
