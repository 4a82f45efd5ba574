// Every source the dashboard cites, and what the catalogue could not find.
// The about page lists both so readers can judge how complete the picture is.
import 'server-only';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';
import { cachedQuery } from '@/lib/cache/cached-query';

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

async function listSourcesFromDb(db: Db = getDb()): Promise<SourceItem[]> {
  return db.source.findMany({
    // Newest first; undated sources last, by title.
    orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }],
    select: { id: true, title: true, publisher: true, publishedOn: true, url: true, note: true },
  });
}

async function listDataGapsFromDb(db: Db = getDb()): Promise<DataGapItem[]> {
  return db.dataGap.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, text: true } });
}

// Served from the data cache (lib/cache/cached-query.ts) unless a client is passed.
export const listSources = cachedQuery('sources/listSources', listSourcesFromDb);
export const listDataGaps = cachedQuery('sources/listDataGaps', listDataGapsFromDb);
