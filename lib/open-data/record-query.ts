// The statement behind a record-level export or an API page of records: the
// same filters as the summary (force, months, ethnic group of either field,
// borough, power, object, outcome, age, gender, type), records of loaded
// imports only, in id order. Values are quoted literals because COPY takes
// no parameters; only names from closed lists are spliced in as SQL.
import { columnSql, RECORD_COLUMNS } from '@/lib/open-data/record-columns';
import { literal } from '@/lib/open-data/sql-text';
import { dimensionSql, type Dimension } from '@/lib/stop-search/dimensions';
import type { SummaryParams } from '@/lib/stop-search/summary-params';

export type RecordFilters = Pick<SummaryParams, 'force' | 'from' | 'to' | 'ethnicity' | 'filters'>;

export interface RecordPage {
  /** Only records with a larger id (the keyset cursor). */
  after?: bigint;
  limit: number;
}

export function recordWhere(filters: RecordFilters): string {
  const conditions = [`b.status = 'loaded'`];
  if (filters.force) conditions.push(`m.force = ${literal(filters.force)}`);
  if (filters.from) conditions.push(`m.local_month >= ${literal(`${filters.from}-01`)}::date`);
  if (filters.to) conditions.push(`m.local_month <= ${literal(`${filters.to}-01`)}::date`);
  for (const [dimension, value] of Object.entries(filters.filters)) {
    conditions.push(`${dimensionSql(dimension as Dimension, filters.ethnicity)} = ${literal(value)}`);
  }
  return conditions.join(' AND ');
}

/** SELECT of every export column for the filters; a page when `page` is given. */
export function recordSelect(filters: RecordFilters, purpose: 'csv' | 'json', page?: RecordPage): string {
  const columns = RECORD_COLUMNS.map((c) => `${columnSql(c, purpose)} AS "${c.name}"`).join(',\n       ');
  const where = [recordWhere(filters), ...(page?.after !== undefined ? [`m.id > ${page.after.toString()}`] : [])].join(' AND ');
  return `SELECT ${columns}
  FROM stop_search_records m JOIN import_batches b ON b.id = m.batch_id
 WHERE ${where}
 ORDER BY m.id${page ? ` LIMIT ${Math.trunc(page.limit)}` : ''}`;
}
