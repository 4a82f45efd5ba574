// Maps the two ethnicity fields onto the five broad groups used with Census
// denominators, plus "Not stated". Labels are matched on their broad-group
// prefix, so both the current Census 2011-style labels
// ("Black/African/Caribbean/Black British - African") and older police
// 16+1 labels ("Black or Black British - Caribbean (B1)") map correctly.

export const ETHNIC_GROUPS = ['Asian', 'Black', 'Mixed', 'White', 'Other', 'Not stated'] as const;
export type EthnicGroupLabel = (typeof ETHNIC_GROUPS)[number];

const PREFIXES: [string, EthnicGroupLabel][] = [
  ['white', 'White'],
  ['mixed', 'Mixed'],
  ['asian', 'Asian'],
  ['black', 'Black'],
  // "Other ethnic group - ..." today; "Chinese or other ethnic group" in the
  // 2001 classification, where Chinese sat outside Asian.
  ['other', 'Other'],
  ['chinese', 'Other'],
];

/**
 * The broad group of a self-defined ethnicity label: blank and any
 * "not stated" label give "Not stated"; a label we do not recognise gives
 * null so the row is rejected rather than guessed.
 */
export function selfDefinedGroup(label: string | null): EthnicGroupLabel | null {
  const value = (label ?? '').trim().toLowerCase();
  if (value === '' || value.includes('not stated')) return 'Not stated';
  const group = value.split(' - ')[0]!;
  return PREFIXES.find(([prefix]) => group.startsWith(prefix))?.[1] ?? null;
}

/**
 * The officer's own observation uses White, Black, Asian, Other (and no
 * Mixed in the files seen so far; accepted if a force ever sends it). Blank
 * is "Not stated"; anything else gives null and the row is rejected.
 */
export function officerDefinedGroup(label: string | null): EthnicGroupLabel | null {
  const value = (label ?? '').trim().toLowerCase();
  if (value === '') return 'Not stated';
  return OFFICER_DEFINED_LABELS.find((g) => g.toLowerCase() === value) ?? null;
}

/** The only officer-defined labels accepted (in any case); the record export relies on this list being closed. */
export const OFFICER_DEFINED_LABELS = ['Asian', 'Black', 'Mixed', 'White', 'Other'] as const;
