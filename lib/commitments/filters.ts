// The one definition of the commitments filters (source, theme, status), shared
// by the /commitments page, its CSV download and the API, so a URL means the
// same thing wherever it is used. Values arrive from query strings typed by
// people, so every failure becomes a plain sentence, never an exception.
import { z } from 'zod';
import { STATUS_KEYS, STATUS_LABELS, STATUS_SLUGS, statusFromSlug, type StatusKey } from '@/lib/commitments/status';

export interface CommitmentFilters {
  source?: string;
  theme?: string;
  status?: StatusKey;
}

export type FilterField = keyof CommitmentFilters;

/** Source ids and themes that exist, so unknown ones can be named as such. */
export interface KnownFilterValues {
  sourceIds: readonly string[];
  themes: readonly string[];
}

export interface FilterIssue {
  field: FilterField;
  message: string;
}

export type FilterParseResult =
  | { ok: true; filters: CommitmentFilters }
  | { ok: false; issues: FilterIssue[]; message: string };

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

const STATUS_SLUG_LIST = STATUS_KEYS.map((key) => STATUS_SLUGS[key]);

// An unchosen <select> submits "source=", which means "no filter".
function blankToUndefined(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function shown(input: unknown): string {
  const text = String(input);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function idField(name: string) {
  const oneAtATime = `Choose one ${name} at a time.`;
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: oneAtATime })
      .max(100, { error: `The ${name} given is too long to be one this dashboard uses.` })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: (issue) => `"${shown(issue.input)}" is not a ${name} this dashboard uses.` })
      .optional(),
  );
}

const statusField = z.preprocess(
  blankToUndefined,
  z
    .enum(STATUS_SLUG_LIST as [string, ...string[]], {
      error: (issue) =>
        typeof issue.input === 'string'
          ? `"${shown(issue.input)}" is not a status. Use one of: ${STATUS_SLUG_LIST.join(', ')}.`
          : 'Choose one status at a time.',
    })
    .transform((slug) => statusFromSlug(slug) as StatusKey)
    .optional(),
);

export const commitmentFiltersSchema = z.object({
  source: idField('source'),
  theme: idField('theme'),
  status: statusField,
});

function toRecord(input: RawSearchParams): Record<string, string | string[] | undefined> {
  if (!(input instanceof URLSearchParams)) return input;
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(input.keys())) {
    const values = input.getAll(key);
    record[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return record;
}

// Unknown-but-well-formed ids are caught here rather than silently giving an
// empty list, because "0 commitments" would wrongly suggest the source has none.
function unknownValueIssues(filters: CommitmentFilters, known: KnownFilterValues): FilterIssue[] {
  const issues: FilterIssue[] = [];
  if (filters.source && !known.sourceIds.includes(filters.source)) {
    issues.push({ field: 'source', message: `There is no source with the id "${shown(filters.source)}".` });
  }
  if (filters.theme && !known.themes.includes(filters.theme)) {
    issues.push({ field: 'theme', message: `There is no theme called "${shown(filters.theme)}".` });
  }
  return issues;
}

const FIELD_ORDER: FilterField[] = ['source', 'theme', 'status'];

/** Parses query-string filters; with `known`, also rejects sources and themes that do not exist. */
export function parseCommitmentFilters(input: RawSearchParams, known?: KnownFilterValues): FilterParseResult {
  const raw = toRecord(input);
  const result = commitmentFiltersSchema.safeParse(raw);
  const shapeIssues: FilterIssue[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ field: issue.path[0] as FilterField, message: issue.message }));
  // Well-formed fields are checked against what exists even when another
  // field failed, so every problem is reported in one go.
  const failed = new Set(shapeIssues.map((issue) => issue.field));
  const wellFormed = (field: 'source' | 'theme') =>
    failed.has(field) ? undefined : (blankToUndefined(raw[field]) as string | undefined);
  const valueIssues = known ? unknownValueIssues({ source: wellFormed('source'), theme: wellFormed('theme') }, known) : [];
  const issues = [...shapeIssues, ...valueIssues].sort(
    (a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field),
  );
  if (result.success && issues.length === 0) return { ok: true, filters: result.data };
  return { ok: false, issues, message: issues.map((issue) => issue.message).join(' ') };
}

/** The query string that reproduces these filters ("" when there are none). */
export function filtersToQuery(filters: CommitmentFilters): string {
  const params = new URLSearchParams();
  if (filters.source) params.set('source', filters.source);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.status) params.set('status', STATUS_SLUGS[filters.status]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Filters in words, for the page and the CSV's metadata ("status: Delivered"). */
export function describeFilters(filters: CommitmentFilters, sourceTitles: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  if (filters.source) lines.push(`source: ${sourceTitles.get(filters.source) ?? filters.source} (${filters.source})`);
  if (filters.theme) lines.push(`theme: ${themeLabel(filters.theme)}`);
  if (filters.status) lines.push(`status: ${STATUS_LABELS[filters.status]}`);
  return lines;
}

/** Themes are stored as slugs ("women-and-girls"); people read "Women and girls". */
export function themeLabel(theme: string): string {
  const words = theme.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
