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

// Backslash first, then the characters COPY text treats as separators.
function escape(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function cell(value: Cell): string {
  if (value === null) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return typeof value === 'number' ? String(value) : escape(value);
}

const line = (cells: Cell[]) => cells.map(cell).join('\t') + '\n';
const NO_REJECTION: Cell[] = REJECT_COLUMNS.map(() => null);
const NO_RECORD: Cell[] = RECORD_COLUMNS.slice(1).map(() => null);

export function recordCopyLine(r: StopSearchRecordInput): string {
  return line([
    r.lineNumber,
    r.type,
    r.occurredAt,
    r.localMonth,
    r.localDate,
    r.partOfPolicingOperation,
    r.policingOperation,
    r.latitude,
    r.longitude,
    r.boroughCode,
    r.locationStatus,
    r.gender,
    r.ageRange,
    r.selfDefinedEthnicity,
    r.officerDefinedEthnicity,
    r.selfEthnicGroup,
    r.officerEthnicGroup,
    r.legislation,
    r.objectOfSearch,
    r.outcome,
    r.outcomeLinkedToObject,
    r.removalOfMoreThanOuterClothing,
    ...NO_REJECTION,
  ]);
}

export function rejectionCopyLine(r: RowRejection): string {
  return line([r.line, ...NO_RECORD, r.code, r.field, r.value, r.reason]);
}
