// Reads for the open-data datasets. The /data page, each dataset's CSV, the
// full ZIP and /api/v1/<dataset> all call these, so they cannot disagree.
import 'server-only';
import type pg from 'pg';
import type { Dataset } from '@/lib/open-data/dataset-types';
import { DATASETS } from '@/lib/open-data/datasets';
import { getExportPool } from '@/lib/open-data/pg-pool';

export type DatasetValue = string | number | boolean | null;
export type DatasetRow = Record<string, DatasetValue>;

export interface DatasetTable {
  dataset: Dataset;
  rows: DatasetRow[];
  lastChanged: Date | null;
}

export interface DatasetSummary {
  dataset: Dataset;
  rowCount: number;
  lastChanged: Date | null;
}

async function lastChanged(pool: pg.Pool, dataset: Dataset): Promise<Date | null> {
  if (!dataset.lastChangedSql) return null;
  const { rows } = await pool.query(dataset.lastChangedSql);
  const value = Object.values(rows[0] ?? {})[0];
  return value instanceof Date ? value : null;
}

export async function getDatasetTable(dataset: Dataset, pool: pg.Pool = getExportPool()): Promise<DatasetTable> {
  const [result, changed] = await Promise.all([pool.query<DatasetRow>(dataset.sql), lastChanged(pool, dataset)]);
  return { dataset, rows: result.rows, lastChanged: changed };
}

/** Every dataset with its size and last change, for the /data page. */
export async function listDatasets(pool: pg.Pool = getExportPool()): Promise<DatasetSummary[]> {
  return Promise.all(
    DATASETS.map(async (dataset) => {
      const [count, changed] = await Promise.all([
        pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${dataset.sql}) AS t`),
        lastChanged(pool, dataset),
      ]);
      return { dataset, rowCount: count.rows[0]?.n ?? 0, lastChanged: changed };
    }),
  );
}

/** Every dataset's rows, for the full download. */
export async function getAllDatasetTables(pool: pg.Pool = getExportPool()): Promise<DatasetTable[]> {
  const tables: DatasetTable[] = [];
  // One after the other: the pool is small and shared with live exports.
  for (const dataset of DATASETS) tables.push(await getDatasetTable(dataset, pool));
  return tables;
}

export interface OpenDataPage {
  datasets: DatasetSummary[];
  /** Borough codes and names for the record export's borough filter. */
  boroughs: { code: string; name: string }[];
}

/** What /data shows: every dataset, and the boroughs its export form offers. */
export async function getOpenDataPage(pool: pg.Pool = getExportPool()): Promise<OpenDataPage> {
  const [datasets, boroughs] = await Promise.all([
    listDatasets(pool),
    pool.query<{ code: string; name: string }>(`SELECT code, name FROM areas WHERE kind = 'borough' ORDER BY name`),
  ]);
  return { datasets, boroughs: boroughs.rows };
}
