// Every source the dashboard cites, and what the catalogue could not find.
// The about page lists both so readers can judge how complete the picture is.
import 'server-only';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';

export interface SourceItem {
  id: string;
  title: string;
  publisher: string;
  publishedOn: Date | null;
  url: string;
  note: string | null;
}

export interface DataGapItem {
  id: string;
  text: string;
}

export async function listSources(db: Db = getDb()): Promise<SourceItem[]> {
  return db.source.findMany({
    // Newest first; undated sources last, by title.
    orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }],
    select: { id: true, title: true, publisher: true, publishedOn: true, url: true, note: true },
  });
}

export async function listDataGaps(db: Db = getDb()): Promise<DataGapItem[]> {
  return db.dataGap.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, text: true } });
}
