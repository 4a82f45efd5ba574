// The loaded police files, read once per request. Every stop-and-search
// question needs three facts about them (which months each force has, which
// files a period draws on, and whether anything was imported since an answer
// was kept); they used to be three statements per question, seven questions
// per explorer change. There are two forces and one file per force and month,
// so all of them is a few hundred rows at most.
import 'server-only';
import { createHash } from 'node:crypto';
import { cache } from 'react';
import type { Db } from '@/lib/prisma-client';
import type { ImportBatchRef } from '@/lib/stop-search/summary-types';

export interface LoadedBatches {
  /** Ordered by force, then month. */
  batches: ImportBatchRef[];
  /** Changes whenever a file is loaded or replaced, so answers kept under it go stale. */
  version: string;
}

async function readLoadedBatches(db: Db): Promise<LoadedBatches> {
  const rows = await db.$queryRawUnsafe<(ImportBatchRef & { finished: string | null })[]>(
    `SELECT id::text, file_name, force, to_char(month, 'YYYY-MM') AS month, sha256, rows_total, rows_loaded, rows_rejected,
            all_rows_repeated, to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS loaded_at, finished_at::text AS finished
       FROM import_batches WHERE status = 'loaded' ORDER BY force, month`,
  );
  // Every id with its full-precision finish time, hashed to keep the keys of kept answers short.
  const version = createHash('sha256').update(rows.map((r) => `${r.id}@${r.finished ?? ''}`).join(',')).digest('base64url');
  return { batches: rows.map(({ finished: _finished, ...ref }) => ref), version };
}

/** Memoised per server render (React's cache); outside a render every call reads the table. */
export const loadedBatches = cache(readLoadedBatches);
