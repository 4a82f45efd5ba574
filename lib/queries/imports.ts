// Import batches and their reports (rows loaded, rows rejected and why), for
// GET /api/v1/imports and the editor's imports page. Who imported is not
// published: batches name files, not people.
import 'server-only';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';

export interface ImportBatchItem {
  id: string;
  file_name: string;
  force: string;
  /** YYYY-MM, London time */
  month: string;
  sha256: string;
  status: string;
  rows_total: number;
  rows_loaded: number;
  rows_rejected: number;
  /** Every row of the file appears more than once (counted once in the figures). */
  all_rows_repeated: boolean;
  replaces_id: string | null;
  started_at: string;
  finished_at: string | null;
}

export interface RejectedRowItem {
  line_number: number;
  field: string | null;
  value: string | null;
  reason: string;
}

export interface ImportBatchDetail extends ImportBatchItem {
  /** Problems stored for the batch (a row with several problems has several). */
  rejected_total: number;
  rejected_rows: RejectedRowItem[];
}

export interface ImportFilters {
  force?: string;
  status?: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const batchSelect = {
  id: true,
  fileName: true,
  force: true,
  month: true,
  sha256: true,
  status: true,
  rowsTotal: true,
  rowsLoaded: true,
  rowsRejected: true,
  allRowsRepeated: true,
  replacesId: true,
  startedAt: true,
  finishedAt: true,
} as const;

type BatchRecord = {
  id: string;
  fileName: string;
  force: string;
  month: Date;
  sha256: string;
  status: string;
  rowsTotal: number;
  rowsLoaded: number;
  rowsRejected: number;
  allRowsRepeated: boolean;
  replacesId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
};

function toItem(b: BatchRecord): ImportBatchItem {
  return {
    id: b.id,
    file_name: b.fileName,
    force: b.force,
    month: b.month.toISOString().slice(0, 7),
    sha256: b.sha256,
    status: b.status,
    rows_total: b.rowsTotal,
    rows_loaded: b.rowsLoaded,
    rows_rejected: b.rowsRejected,
    all_rows_repeated: b.allRowsRepeated,
    replaces_id: b.replacesId,
    started_at: b.startedAt.toISOString(),
    finished_at: iso(b.finishedAt),
  };
}

/** Newest month first, then force; replaced batches are listed too (they are the history). */
export async function listImportBatches(filters: ImportFilters = {}, db: Db = getDb()): Promise<ImportBatchItem[]> {
  const rows = await db.importBatch.findMany({
    where: { force: filters.force, status: filters.status },
    orderBy: [{ month: 'desc' }, { force: 'asc' }, { startedAt: 'desc' }],
    select: batchSelect,
  });
  return rows.map(toItem);
}

/** The latest imports by when they ran, for the editor's uploads page. */
export async function listRecentImportBatches(limit: number, db: Db = getDb()): Promise<ImportBatchItem[]> {
  const rows = await db.importBatch.findMany({ orderBy: [{ startedAt: 'desc' }, { id: 'asc' }], take: limit, select: batchSelect });
  return rows.map(toItem);
}

/** One batch with a page of its rejected rows in file order; null when there is no such batch. */
export async function getImportBatch(id: string, page: { offset: number; limit: number }, db: Db = getDb()): Promise<ImportBatchDetail | null> {
  const batch = await db.importBatch.findUnique({ where: { id }, select: batchSelect });
  if (!batch) return null;
  const [rejectedTotal, rejected] = await Promise.all([
    db.rejectedRow.count({ where: { batchId: id } }),
    db.rejectedRow.findMany({
      where: { batchId: id },
      orderBy: [{ lineNumber: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
      select: { lineNumber: true, field: true, value: true, reason: true },
    }),
  ]);
  return {
    ...toItem(batch),
    rejected_total: rejectedTotal,
    rejected_rows: rejected.map((r) => ({ line_number: r.lineNumber, field: r.field, value: r.value, reason: r.reason })),
  };
}
