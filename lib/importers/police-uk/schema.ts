// Validation of one stop-and-search row with zod. Each column is checked and
// normalised on its own, so a rejected row names the field and the reason.
// Free-text columns (legislation, object of search, outcome) are not limited
// to known labels: forces change them over time (see SOURCES.md, quirk 7).
import { z } from 'zod';
import type { Column, RawRow } from '@/lib/importers/police-uk/columns';
import { officerDefinedGroup, selfDefinedGroup } from '@/lib/importers/police-uk/ethnicity';

export const MAX_TEXT_LENGTH = 1000;

export const SEARCH_TYPES = ['Person search', 'Vehicle search', 'Person and Vehicle search'] as const;
export const GENDERS = ['Male', 'Female', 'Other'] as const;
export const AGE_RANGES = ['under 10', '10-17', '18-24', '25-34', 'over 34'] as const;

function fail(ctx: z.RefinementCtx, message: string) {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

/** Trimmed text, empty as null, with a length limit. */
const text = z
  .string()
  .trim()
  .max(MAX_TEXT_LENGTH, `longer than ${MAX_TEXT_LENGTH} characters`)
  .transform((v) => (v === '' ? null : v));

/** One of a fixed list, matched ignoring case and returned as listed; empty is unknown (null). */
function choice<T extends string>(values: readonly T[], what: string) {
  const lookup = new Map(values.map((v) => [v.toLowerCase(), v]));
  return z
    .string()
    .trim()
    .transform((v, ctx) => (v === '' ? null : (lookup.get(v.toLowerCase()) ?? fail(ctx, `not a known ${what} (expected ${values.join(', ')} or empty)`))));
}

// ISO 8601 date-time with an explicit offset; the offset is required because a
// time without one cannot be placed in Europe/London time unambiguously.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseInstant(value: string): Date | null {
  const m = ISO_INSTANT.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((p) => Number(p ?? 0)) as number[];
  // Reject impossible calendar dates (2018-02-30) that Date would roll over.
  const wall = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  if (wall.getUTCMonth() !== month! - 1 || wall.getUTCDate() !== day! || wall.getUTCHours() !== hour! || wall.getUTCMinutes() !== minute!) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

const instant = z
  .string()
  .trim()
  .transform((v, ctx) => parseInstant(v) ?? fail(ctx, 'not an ISO 8601 date-time with a UTC offset (e.g. 2018-04-01T13:05:00+00:00)'));

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
function coordinate(limit: number) {
  return z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null;
      if (!NUMBER.test(v)) return fail(ctx, 'not a number');
      const n = Number(v);
      return Math.abs(n) <= limit ? n : fail(ctx, `outside -${limit} to ${limit}`);
    });
}

const flag = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const value = v.toLowerCase();
    if (value === '') return null;
    if (value === 'true' || value === 'false') return value === 'true';
    return fail(ctx, 'not True, False or empty');
  });

const selfEthnicity = text.refine((v) => selfDefinedGroup(v) !== null, 'not a recognised self-defined ethnicity label');
const officerEthnicity = text.refine((v) => officerDefinedGroup(v) !== null, 'not White, Black, Asian, Other, Mixed or empty');

/** One schema per column: the row schema below is built from these, and the fast path reuses them. */
export const policeFieldSchemas = {
  Type: choice(SEARCH_TYPES, 'search type').transform((v, ctx) => v ?? fail(ctx, 'is empty: every search has a type')),
  Date: instant,
  'Part of a policing operation': flag,
  'Policing operation': text,
  Latitude: coordinate(90),
  Longitude: coordinate(180),
  Gender: choice(GENDERS, 'gender'),
  'Age range': choice(AGE_RANGES, 'age range'),
  'Self-defined ethnicity': selfEthnicity,
  'Officer-defined ethnicity': officerEthnicity,
  Legislation: text,
  'Object of search': text,
  Outcome: text,
  'Outcome linked to object of search': flag,
  'Removal of more than just outer clothing': flag,
} satisfies Record<Column, z.ZodType>;

/** The one rule that spans two columns: the coordinate missing while the other is given, if any. */
export function unpairedCoordinate(row: { Latitude: number | null; Longitude: number | null }): 'Latitude' | 'Longitude' | null {
  if ((row.Latitude === null) === (row.Longitude === null)) return null;
  return row.Latitude === null ? 'Latitude' : 'Longitude';
}

export const policeRowSchema = z.object(policeFieldSchemas).superRefine((row, ctx) => {
  const missing = unpairedCoordinate(row);
  if (missing) ctx.addIssue({ code: 'custom', path: [missing], message: 'is empty while the other coordinate is given' });
});

export type PoliceRow = z.output<typeof policeRowSchema>;

export interface RowIssue {
  field: string;
  value: string;
  reason: string;
}

export type RowValidation = { ok: true; row: PoliceRow } | { ok: false; issues: RowIssue[] };

const REPLACEMENT_CHARACTER = '\uFFFD';

/** Validates one row with the full row schema; every problem is reported with its field, value and reason. */
export function validateRowFully(raw: RawRow): RowValidation {
  // Bytes that are not UTF-8 reach us as U+FFFD: say so rather than store them.
  const encoding = (Object.keys(raw) as Column[])
    .filter((field) => raw[field].includes(REPLACEMENT_CHARACTER))
    .map((field) => ({ field, value: raw[field], reason: 'contains bytes that are not valid UTF-8 text' }));
  if (encoding.length) return { ok: false, issues: encoding };
  const result = policeRowSchema.safeParse(raw);
  if (result.success) return { ok: true, row: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '(row)');
      return { field, value: raw[field as Column] ?? '', reason: issue.message };
    }),
  };
}

// The fast path. A month's file repeats the same few values in most columns
// (a handful of search types, ethnicity labels, outcomes) and many of the same
// times and snapped points, so each column's verdict is remembered by value:
// a repeated value costs one Map lookup instead of a zod run. The verdict is
// still zod's (policeFieldSchemas, the same schemas the row schema is built
// from), and any value zod refuses, or a row failing the two-column rule,
// goes through validateRowFully so the issues reported are exactly the full
// schema's. Memory stays bounded whatever the file holds: each column keeps
// at most FIELD_CACHE_LIMIT values (then starts afresh), and a value longer
// than any real label is checked but not kept.
const FIELD_CACHE_LIMIT = 5_000;
const CACHEABLE_CHARS = 256;
const REFUSED = Symbol('refused');
type Verdict = { value: unknown } | typeof REFUSED;
const FIELDS = Object.keys(policeFieldSchemas) as Column[];
const verdicts = new Map<Column, Map<string, Verdict>>(FIELDS.map((field) => [field, new Map()]));

function verdictOf(field: Column, value: string): Verdict {
  const cache = verdicts.get(field)!;
  let verdict = cache.get(value);
  if (verdict === undefined) {
    if (value.includes(REPLACEMENT_CHARACTER)) verdict = REFUSED;
    else {
      const result = policeFieldSchemas[field].safeParse(value);
      verdict = result.success ? { value: result.data } : REFUSED;
    }
    if (value.length > CACHEABLE_CHARS) return verdict;
    if (cache.size >= FIELD_CACHE_LIMIT) cache.clear();
    cache.set(value, verdict);
  }
  return verdict;
}

/** Validates one row; every problem is reported with its field, value and reason. Same verdict as validateRowFully, faster. */
export function validateRow(raw: RawRow): RowValidation {
  const row: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = raw[field];
    if (typeof value !== 'string') return validateRowFully(raw);
    const verdict = verdictOf(field, value);
    if (verdict === REFUSED) return validateRowFully(raw);
    row[field] = verdict.value;
  }
  const checked = row as PoliceRow;
  if (unpairedCoordinate(checked)) return validateRowFully(raw);
  return { ok: true, row: checked };
}
