// Figures that disagree between sources. Both sides are shown; the dashboard
// never picks one.
import 'server-only';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';

export interface DisputeItem {
  id: string;
  topic: string;
  detail: string;
  urls: string[];
}

export async function listDisputes(db: Db = getDb()): Promise<DisputeItem[]> {
  return db.dispute.findMany({
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, topic: true, detail: true, urls: true },
  });
}
