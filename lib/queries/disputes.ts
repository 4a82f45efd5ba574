// Figures that disagree between sources. Both sides are shown; the dashboard
// never picks one.
import 'server-only';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { cachedQuery } from '@/lib/cache/cached-query';

export interface DisputeItem {
  id: string;
  topic: string;
  detail: string;
  urls: string[];
}

async function listDisputesFromDb(db: Db = getDb()): Promise<DisputeItem[]> {
  return db.dispute.findMany({
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, topic: true, detail: true, urls: true },
  });
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const listDisputes = cachedQuery('disputes/listDisputes', listDisputesFromDb);
