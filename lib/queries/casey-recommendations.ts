// The Casey Review's recommendations, tracked as commitments whose source is
// the final report. Status comes from listCommitments, so it is derived with
// the same published rule as everywhere else.
import 'server-only';
import type { StatusKey } from '@/lib/commitments/status';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { listCommitments } from '@/lib/queries/commitments';
import { cachedQuery } from '@/lib/cache/cached-query';

export const CASEY_REPORT_SOURCE_ID = 'casey-2023';

export interface CaseyRecommendation {
  id: string;
  summary: string;
  theme: string;
  dueOn: Date | null;
  url: string;
  /** Why this item may not match the official wording (it was reconstructed from summaries). */
  caveat: string | null;
  statusNote: string | null;
  status: StatusKey;
}

async function listCaseyRecommendationsFromDb(db: Db = getDb()): Promise<CaseyRecommendation[]> {
  const [items, details] = await Promise.all([
    listCommitments({ source: CASEY_REPORT_SOURCE_ID }, db),
    db.commitment.findMany({
      where: { sourceId: CASEY_REPORT_SOURCE_ID },
      select: { id: true, url: true, caveat: true, statusNote: true },
    }),
  ]);
  const byId = new Map(details.map((d) => [d.id, d]));
  return items.map((item) => {
    const detail = byId.get(item.id);
    return {
      id: item.id,
      summary: item.summary,
      theme: item.theme,
      dueOn: item.dueOn,
      url: detail?.url ?? item.sourceUrl,
      caveat: detail?.caveat ?? null,
      statusNote: detail?.statusNote ?? null,
      status: item.status,
    };
  });
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const listCaseyRecommendations = cachedQuery('casey-recommendations/listCaseyRecommendations', listCaseyRecommendationsFromDb);
