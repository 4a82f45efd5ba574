// The staging table an import COPYs into before anything touches the real
// tables: a TEMP table dropped with the transaction, so a failed or dry-run
// import leaves nothing behind. Summaries and the final INSERT…SELECT run
// against it in SQL, so memory stays constant however large the file.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { RECORD_COLUMNS, STAGING_COLUMNS } from '@/lib/importers/police-uk/copy-text';
import type { LocationStatus } from '@/lib/importers/police-uk/enrich';

const STAGING = 'police_import_staging';

export async function createStaging(client: ClientBase): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE ${STAGING} (
      line_number integer NOT NULL,
      type text,
      occurred_at timestamptz(3),
      local_month date,
      local_date date,
      part_of_policing_operation boolean,
      policing_operation text,
      latitude double precision,
      longitude double precision,
      borough_code text,
      location_status text,
      gender text,
      age_range text,
      self_defined_ethnicity text,
      officer_defined_ethnicity text,
      self_ethnic_group ethnic_group,
      officer_ethnic_group ethnic_group,
      legislation text,
      object_of_search text,
      outcome text,
      outcome_linked_to_object boolean,
      removal_of_more_than_outer_clothing boolean,
      reject_code text,
      reject_field text,
      reject_value text,
      reject_reason text
    ) ON COMMIT DROP`);
}

/** Streams COPY text lines into the staging table, with back-pressure; an error in `lines` aborts the COPY. */
export async function copyIntoStaging(client: ClientBase, lines: AsyncIterable<string>): Promise<void> {
  const copy = client.query(copyFrom(`COPY ${STAGING} (${STAGING_COLUMNS.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(lines, { objectMode: false }), copy);
}

export interface StagingSummary {
  rowsLoaded: number;
  rowsRejected: number;
  duplicateRows: number;
  allRowsRepeated: boolean;
  locations: Record<LocationStatus, number>;
}

// Two records are the same search when every published value matches; the
// line number is ours, not the force's.
const CONTENT_COLUMNS = RECORD_COLUMNS.filter((c) => c !== 'line_number').join(', ');

export async function summariseStaging(client: ClientBase): Promise<StagingSummary> {
  const { rows: [counts] } = await client.query<{ loaded: number; rejected: number; london: number; outside: number; none: number }>(`
    SELECT count(*) FILTER (WHERE reject_code IS NULL)::int AS loaded,
           count(DISTINCT line_number) FILTER (WHERE reject_code IS NOT NULL)::int AS rejected,
           count(*) FILTER (WHERE location_status = 'london')::int AS london,
           count(*) FILTER (WHERE location_status = 'outside')::int AS outside,
           count(*) FILTER (WHERE location_status = 'none')::int AS none
      FROM ${STAGING}`);
  const { rows: [repeats] } = await client.query<{ distinct_rows: number; fewest: number | null }>(`
    SELECT count(*)::int AS distinct_rows, min(n)::int AS fewest
      FROM (SELECT count(*) AS n FROM ${STAGING} WHERE reject_code IS NULL GROUP BY ${CONTENT_COLUMNS}) AS groups`);
  const loaded = counts!.loaded;
  return {
    rowsLoaded: loaded,
    rowsRejected: counts!.rejected,
    duplicateRows: loaded - repeats!.distinct_rows,
    allRowsRepeated: loaded > 0 && (repeats!.fewest ?? 0) >= 2,
    locations: { london: counts!.london, outside: counts!.outside, none: counts!.none },
  };
}

/** Moves staged records and rejections into the real tables under one batch. */
export async function moveStagedRows(client: ClientBase, batchId: string, force: string): Promise<void> {
  const columns = RECORD_COLUMNS.join(', ');
  await client.query(
    `INSERT INTO stop_search_records (batch_id, force, ${columns})
     SELECT $1, $2, ${columns} FROM ${STAGING} WHERE reject_code IS NULL ORDER BY line_number`,
    [batchId, force],
  );
  await client.query(
    `INSERT INTO rejected_rows (batch_id, line_number, field, value, reason)
     SELECT $1, line_number, reject_field, reject_value, reject_reason FROM ${STAGING}
      WHERE reject_code IS NOT NULL ORDER BY line_number`,
    [batchId],
  );
}
