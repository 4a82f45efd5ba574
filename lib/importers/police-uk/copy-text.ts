// Formats staged rows as PostgreSQL COPY text (tab-separated, \N for null),
// the fastest way to load rows. Valid records and rejected rows share one
// staging table (and so one COPY stream): a rejected row fills only the
// line and reject_* columns. Column order here is the staging table's.
import type { StopSearchRecordInput } from '@/lib/importers/police-uk/enrich';
import type { RowRejection } from '@/lib/importers/police-uk/row-outcome';

export const RECORD_COLUMNS = [
  'line_number',
  'type',
  'occurred_at',
  'local_month',
  'local_date',
  'part_of_policing_operation',
  'policing_operation',
  'latitude',
  'longitude',
  'borough_code',
  'location_status',
  'gender',
  'age_range',
  'self_defined_ethnicity',
  'officer_defined_ethnicity',
  'self_ethnic_group',
  'officer_ethnic_group',
  'legislation',
  'object_of_search',
  'outcome',
  'outcome_linked_to_object',
  'removal_of_more_than_outer_clothing',
] as const;

export const REJECT_COLUMNS = ['reject_code', 'reject_field', 'reject_value', 'reject_reason'] as const;

export const STAGING_COLUMNS = [...RECORD_COLUMNS, ...REJECT_COLUMNS] as const;

type Cell = string | number | boolean | Date | null;

const SPECIAL = /[\\\t\n\r]/;

// Backslash first, then the characters COPY text treats as separators. Almost
// no published value has any of them, so one test skips four replaces.
function escape(value: string): string {
  if (!SPECIAL.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function cell(value: Cell): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return typeof value === 'number' ? String(value) : escape(value);
}

const line = (cells: Cell[]) => cells.map(cell).join('\t') + '\n';
const NO_RECORD: Cell[] = RECORD_COLUMNS.slice(1).map(() => null);
const NO_REJECTION_TEXT = REJECT_COLUMNS.map(() => '\t\\N').join('') + '\n';

// Called once per row of every import: written out by hand rather than through
// an array of cells, which halves the garbage each row leaves behind.
export function recordCopyLine(r: StopSearchRecordInput): string {
  return (
    String(r.lineNumber) +
    '\t' + escape(r.type) +
    '\t' + r.occurredAt.toISOString() +
    '\t' + r.localMonth +
    '\t' + r.localDate +
    '\t' + cell(r.partOfPolicingOperation) +
    '\t' + cell(r.policingOperation) +
    '\t' + cell(r.latitude) +
    '\t' + cell(r.longitude) +
    '\t' + cell(r.boroughCode) +
    '\t' + r.locationStatus +
    '\t' + cell(r.gender) +
    '\t' + cell(r.ageRange) +
    '\t' + cell(r.selfDefinedEthnicity) +
    '\t' + cell(r.officerDefinedEthnicity) +
    '\t' + r.selfEthnicGroup +
    '\t' + r.officerEthnicGroup +
    '\t' + cell(r.legislation) +
    '\t' + cell(r.objectOfSearch) +
    '\t' + cell(r.outcome) +
    '\t' + cell(r.outcomeLinkedToObject) +
    '\t' + cell(r.removalOfMoreThanOuterClothing) +
    NO_REJECTION_TEXT
  );
}

export function rejectionCopyLine(r: RowRejection): string {
  return line([r.line, ...NO_RECORD, r.code, r.field, r.value, r.reason]);
}
