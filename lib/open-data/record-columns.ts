// The columns of a record-level stop-and-search export: the published
// police.uk file's columns, under their own names, then the ones this project
// derives (ethnic groups, borough, local month, where the record came from).
// One list drives the SQL, the CSV header, the API's JSON and the dictionary.
import { defusedText } from '@/lib/open-data/sql-text';
import type { FieldType } from '@/lib/open-data/field-types';

export interface RecordColumn {
  name: string;
  type: FieldType;
  description: string;
  /** SQL over stop_search_records m (and its batch b) giving the value as text, or null. */
  sql: string;
  /** Text that a spreadsheet could read as a formula: defused in CSV, unless `closed`. */
  text?: boolean;
  /**
   * Text from a closed list the importer validates (lib/importers/police-uk/schema.ts):
   * no allowed value starts like a formula, so the CSV skips the per-row defusing,
   * which is most of what PostgreSQL spends on an export. record-columns.test.ts
   * proves the lists stay safe; free text keeps the defusing.
   */
  closed?: true;
  derived: boolean;
}

const text = (column: string) => `m.${column}`;
const bool = (column: string) => `m.${column}::text`;
// float8's own text output is the shortest exact decimal, the same digits as a
// numeric cast, except that it switches to exponent form below 1e-4 (-1e-05);
// only those rare values, near the Greenwich meridian, pay for the numeric cast.
const coordinate = (column: string) => `CASE WHEN abs(m.${column}) >= 1e-4 THEN m.${column}::text ELSE m.${column}::numeric::text END`;

export const RECORD_COLUMNS: readonly RecordColumn[] = [
  { name: 'id', type: 'integer', description: 'This project\'s record id; stable, and the key of the API\'s cursor.', sql: 'm.id::text', derived: true },
  { name: 'Type', type: 'string', description: 'Person search, vehicle search, or both.', sql: text('type'), text: true, closed: true, derived: false },
  { name: 'Date', type: 'datetime', description: 'When the search happened, in UTC (ISO 8601).', sql: `to_char(m.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, derived: false },
  { name: 'Part of a policing operation', type: 'boolean', description: 'As published; empty when not recorded.', sql: bool('part_of_policing_operation'), derived: false },
  { name: 'Policing operation', type: 'string', description: 'As published.', sql: text('policing_operation'), text: true, derived: false },
  { name: 'Latitude', type: 'number', description: 'Approximate location published by police.uk (snapped to a nearby point); empty when none.', sql: coordinate('latitude'), derived: false },
  { name: 'Longitude', type: 'number', description: 'As Latitude.', sql: coordinate('longitude'), derived: false },
  { name: 'Gender', type: 'string', description: 'As published.', sql: text('gender'), text: true, closed: true, derived: false },
  { name: 'Age range', type: 'string', description: 'As published.', sql: text('age_range'), text: true, closed: true, derived: false },
  { name: 'Self-defined ethnicity', type: 'string', description: 'As published (the person\'s own description).', sql: text('self_defined_ethnicity'), text: true, derived: false },
  { name: 'Officer-defined ethnicity', type: 'string', description: 'As published (the officer\'s description).', sql: text('officer_defined_ethnicity'), text: true, closed: true, derived: false },
  { name: 'Legislation', type: 'string', description: 'The power used, as published.', sql: text('legislation'), text: true, derived: false },
  { name: 'Object of search', type: 'string', description: 'As published.', sql: text('object_of_search'), text: true, derived: false },
  { name: 'Outcome', type: 'string', description: 'As published.', sql: text('outcome'), text: true, derived: false },
  { name: 'Outcome linked to object of search', type: 'boolean', description: 'As published; empty when not recorded.', sql: bool('outcome_linked_to_object'), derived: false },
  { name: 'Removal of more than just outer clothing', type: 'boolean', description: 'As published; empty when not recorded.', sql: bool('removal_of_more_than_outer_clothing'), derived: false },
  { name: 'force', type: 'string', description: 'data.police.uk force id of the file the record came from.', sql: text('force'), text: true, closed: true, derived: true },
  { name: 'local_month', type: 'string', description: 'Calendar month of the search in London time (YYYY-MM); the month every figure counts it in.', sql: `to_char(m.local_month, 'YYYY-MM')`, derived: true },
  { name: 'officer_ethnic_group', type: 'string', description: 'Census 2021 broad group of the officer-defined ethnicity; "Not stated" when empty.', sql: 'm.officer_ethnic_group::text', derived: true },
  { name: 'self_ethnic_group', type: 'string', description: 'Census 2021 broad group of the self-defined ethnicity; "Not stated" when empty.', sql: 'm.self_ethnic_group::text', derived: true },
  { name: 'borough', type: 'string', description: 'ONS code of the London borough containing the point; "outside" for a point outside London, "none" for no point.', sql: `CASE WHEN m.location_status = 'london' THEN m.borough_code ELSE m.location_status END`, derived: true },
  { name: 'source_file', type: 'string', description: 'The police.uk file the record was imported from, and its line.', sql: `b.file_name || ':' || m.line_number`, text: true, derived: true },
];

/** The column's SQL for a CSV (text defused) or for JSON (as stored). */
export function columnSql(column: RecordColumn, purpose: 'csv' | 'json'): string {
  return purpose === 'csv' && column.text && !column.closed ? defusedText(column.sql) : column.sql;
}
