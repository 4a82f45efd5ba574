// Decides what happens to one parsed row: it becomes a record, or it is
// rejected with every problem named (field, value, reason and a typed code).
// A rejected row is never dropped silently: the importer stores and reports
// each problem.
import type { ParsedRow } from '@/lib/importers/police-uk/parse';
import { enrichRow, type Locate, type StopSearchRecordInput } from '@/lib/importers/police-uk/enrich';
import { validateRow } from '@/lib/importers/police-uk/schema';

export type RejectionCode = 'wrong-shape' | 'invalid-value' | 'outside-month';

export interface RowRejection {
  line: number;
  field: string | null;
  value: string | null;
  code: RejectionCode;
  reason: string;
}

export type RowOutcome = { ok: true; record: StopSearchRecordInput } | { ok: false; rejections: RowRejection[] };

/** Values are kept for the editor to see, but a runaway value is cut so reports stay readable. */
export const MAX_REJECTED_VALUE_CHARS = 200;

function clip(value: string): string {
  return value.length > MAX_REJECTED_VALUE_CHARS ? `${value.slice(0, MAX_REJECTED_VALUE_CHARS)}…` : value;
}

/**
 * `month` is the file's month (YYYY-MM). Files are cut by London month, so a
 * row dated in another London month does not belong to this file: it is
 * rejected rather than counted in a month whose file may never be imported.
 */
export function rowOutcome(row: ParsedRow, month: string, locate: Locate): RowOutcome {
  if (row.shape) {
    return { ok: false, rejections: [{ line: row.line, field: row.shape.field, value: clip(row.shape.value), code: 'wrong-shape', reason: row.shape.reason }] };
  }
  const validation = validateRow(row.raw);
  if (!validation.ok) {
    return {
      ok: false,
      rejections: validation.issues.map((issue) => ({ line: row.line, field: issue.field, value: clip(issue.value), code: 'invalid-value', reason: issue.reason })),
    };
  }
  const record = enrichRow(validation.row, row.line, locate);
  if (record.localMonth.slice(0, 7) !== month) {
    const reason = `falls on ${record.localDate} in London time, outside this file's month ${month}`;
    return { ok: false, rejections: [{ line: row.line, field: 'Date', value: clip(row.raw.Date), code: 'outside-month', reason }] };
  }
  return { ok: true, record };
}
