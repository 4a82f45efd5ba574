// The two forces that police London, by their data.police.uk ids, and the
// residents each polices (Census 2021 boroughs), which are the denominators of
// force-wide rates.

export const LONDON_FORCES = ['metropolitan', 'city-of-london'] as const;
export type LondonForce = (typeof LONDON_FORCES)[number];

export const CITY_OF_LONDON_BOROUGH = 'E09000001';

export const BOROUGH_CODES: readonly string[] = Array.from({ length: 33 }, (_, i) => `E09${String(i + 1).padStart(6, '0')}`);

export const FORCE_NAMES: Record<LondonForce, string> = {
  metropolitan: 'Metropolitan Police Service',
  'city-of-london': 'City of London Police',
};
