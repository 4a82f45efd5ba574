// The dimensions a stop-and-search summary can be filtered and grouped by,
// the label each value takes in rows, and the SQL that reads it from the
// rollup (alias m). Names are the API's: `by=ethnicity,borough` gives columns
// `ethnicity` and `borough`.

export const DIMENSIONS = ['ethnicity', 'borough', 'legislation', 'object', 'outcome', 'age', 'gender', 'type'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ETHNICITY_FIELDS = ['officer', 'self'] as const;
export type EthnicityField = (typeof ETHNICITY_FIELDS)[number];

/** The five broad groups of the Census, then records with no ethnicity. */
export const ETHNIC_GROUPS = ['Asian', 'Black', 'Mixed', 'White', 'Other', 'Not stated'] as const;
export type EthnicGroupLabel = (typeof ETHNIC_GROUPS)[number];
export const REFERENCE_GROUP: EthnicGroupLabel = 'White';

/** Borough values that are not boroughs: a point outside London, or no point at all. */
export const OUTSIDE_LONDON = 'outside';
export const NO_LOCATION = 'none';

/**
 * An empty field in the police file. Shown as a value of its own (never
 * dropped) so rows always add up to the total; it is also what a filter uses
 * to select those records.
 */
export const NOT_RECORDED = 'Not recorded';

/** Dimensions whose values come from the data (forces change their wording), not from a fixed list. */
export const OPEN_DIMENSIONS = ['legislation', 'object', 'outcome', 'age', 'gender', 'type'] as const satisfies readonly Dimension[];
export type OpenDimension = (typeof OPEN_DIMENSIONS)[number];

const OPEN_COLUMNS: Record<OpenDimension, string> = {
  legislation: 'legislation',
  object: 'object_of_search',
  outcome: 'outcome',
  age: 'age_range',
  gender: 'gender',
  type: 'type',
};

/** SQL for a dimension's row label. Only closed lists reach this text, never user input. */
export function dimensionSql(dimension: Dimension, field: EthnicityField): string {
  if (dimension === 'ethnicity') return `m.${field}_ethnic_group::text`;
  if (dimension === 'borough') return `CASE WHEN m.location_status = 'london' THEN m.borough_code ELSE m.location_status END`;
  return `coalesce(m.${OPEN_COLUMNS[dimension]}, '${NOT_RECORDED}')`;
}

const ETHNIC_RANK = new Map<string, number>(ETHNIC_GROUPS.map((g, i) => [g, i]));

/** Sort key within a dimension: the fixed order for ethnic groups, codes then "outside", "none" for boroughs, else alphabetical with "Not recorded" last. */
export function compareDimensionValues(dimension: Dimension, a: string, b: string): number {
  if (dimension === 'ethnicity') return (ETHNIC_RANK.get(a) ?? 99) - (ETHNIC_RANK.get(b) ?? 99);
  const last = dimension === 'borough' ? [OUTSIDE_LONDON, NO_LOCATION] : [NOT_RECORDED];
  const rank = (v: string) => last.indexOf(v);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
