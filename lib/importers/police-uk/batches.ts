// SQL for import_batches: the per-month lock, finding what is loaded, and
// recording a new batch. Every function runs on the caller's client, inside
// the caller's transaction.
import type { ClientBase } from 'pg';

export interface LoadedBatch {
  id: string;
  fileName: string;
  sha256: string;
  rowsLoaded: number;
  rowsRejected: number;
  allRowsRepeated: boolean;
  loadedAt: Date;
}

/**
 * Serialises imports of one force's month until the transaction ends, so two
 * people importing the same month cannot both see "nothing loaded yet" and
 * both load. Other months import in parallel.
 */
export async function lockForceMonth(client: ClientBase, force: string, month: string): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('police-uk-import'), hashtext($1 || ' ' || $2))`, [force, month]);
}

/** Batches currently loaded for the month, newest first (normally none or one). */
export async function findLoadedBatches(client: ClientBase, force: string, month: string): Promise<LoadedBatch[]> {
  const { rows } = await client.query<LoadedBatch>(
    `SELECT id, file_name AS "fileName", sha256, rows_loaded AS "rowsLoaded", rows_rejected AS "rowsRejected",
            all_rows_repeated AS "allRowsRepeated", coalesce(finished_at, started_at) AS "loadedAt"
       FROM import_batches
      WHERE force = $1 AND month = $2::date AND status = 'loaded'
      ORDER BY started_at DESC`,
    [force, `${month}-01`],
  );
  return rows;
}

export interface NewBatch {
  id: string;
  fileName: string;
  force: string;
  month: string;
  sha256: string;
  rowsTotal: number;
  rowsLoaded: number;
  rowsRejected: number;
  allRowsRepeated: boolean;
  replacesId: string | null;
  importedById: string | null;
  startedAt: Date;
}

/** Records the batch as loaded: it only becomes visible when the whole import commits. */
export async function insertLoadedBatch(client: ClientBase, b: NewBatch): Promise<void> {
  await client.query(
    `INSERT INTO import_batches (id, file_name, force, month, sha256, status, rows_total, rows_loaded, rows_rejected,
                                 all_rows_repeated, replaces_id, imported_by_id, started_at, finished_at)
     VALUES ($1, $2, $3, $4::date, $5, 'loaded', $6, $7, $8, $9, $10, $11, $12, clock_timestamp())`,
    [b.id, b.fileName, b.force, `${b.month}-01`, b.sha256, b.rowsTotal, b.rowsLoaded, b.rowsRejected, b.allRowsRepeated, b.replacesId, b.importedById, b.startedAt],
  );
}

/** Takes replaced batches' records out of the figures; the batch rows stay as history. */
export async function retireBatches(client: ClientBase, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await client.query('DELETE FROM stop_search_records WHERE batch_id = ANY($1::uuid[])', [ids]);
  await client.query(`UPDATE import_batches SET status = 'replaced' WHERE id = ANY($1::uuid[])`, [ids]);
}
