// The one-sentence summaries under each explorer chart, written from the
// figures themselves. Pure functions, unit-tested with known values.
import type { EthnicityField } from '@/lib/stop-search/dimensions';

export interface PeriodGroupFigure {
  /** Whose residents the rate divides by; with both forces, a period with only the Met's files uses the Met's area. */
  population_area?: string | null;
  period: string;
  complete: boolean;
  group: string;
  searches: number;
  rate_per_1000: number | null;
  ratio_to_white: number | null;
  ratio_lower: number | null;
  ratio_upper: number | null;
  ratio_small: boolean | null;
}

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
export const fixed = (n: number, digits = 1) => n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const pct = (p: number) => `${fixed(p * 100)}%`;

export function fieldPhrase(field: EthnicityField): string {
  return field === 'officer' ? 'ethnicity as recorded by the officer' : 'ethnicity as the person described it';
}

/** The period a headline sentence speaks of: the latest complete one, else the latest. */
export function focusPeriod(rows: { period: string; complete: boolean }[]): { period: string; complete: boolean } | null {
  const complete = rows.filter((r) => r.complete);
  const pick = complete.at(-1) ?? rows.at(-1);
  return pick ? { period: pick.period, complete: pick.complete } : null;
}

/** The area a sentence names: London's figures for a period holding only the Met's files are the Met's area's. */
const areaOf = (row: { population_area?: string | null }, area: string) =>
  area === 'London' && row.population_area === 'met-police-area' ? "the Met's area (London without the City)" : area;

const partial = (complete: boolean) => (complete ? '' : ' (not every month of that period is imported)');

/** "In 2018, Black people in London were searched 3.6 times as often as White people per resident (95% interval 3.5 to 3.7)". */
export function ratioSentence(rows: PeriodGroupFigure[], group: string, area: string, field: EthnicityField): string {
  const focus = focusPeriod(rows.filter((r) => r.group === group));
  if (!focus) return `No ${group} searches are in the months shown, so no ratio can be given.`;
  const row = rows.find((r) => r.period === focus.period && r.group === group)!;
  if (row.ratio_to_white === null) return `In ${row.period} there is no ratio for ${group} people: the rate cannot be computed (no population to divide by, or no White searches).`;
  const interval =
    row.ratio_lower !== null && row.ratio_upper !== null ? ` (95% interval ${fixed(row.ratio_lower)} to ${fixed(row.ratio_upper)})` : ' (no interval can be given)';
  const small = row.ratio_small ? ' This rests on fewer than 20 searches, so it is not reliable.' : '';
  return `In ${row.period}${partial(row.complete)}, ${group} people in ${areaOf(row, area)} were searched ${fixed(row.ratio_to_white)} times as often as White people, per resident${interval}, using ${fieldPhrase(field)}.${small}`;
}

/** Total searches over the span and the not-stated share. */
export function searchesSentence(rows: { period: string; group: string; searches: number }[]): string {
  if (!rows.length) return 'No searches are recorded in the months shown.';
  const total = rows.reduce((s, r) => s + r.searches, 0);
  const notStated = rows.filter((r) => r.group === 'Not stated').reduce((s, r) => s + r.searches, 0);
  const periods = [...new Set(rows.map((r) => r.period))];
  const span = periods.length > 1 ? `from ${periods[0]} to ${periods.at(-1)}` : `in ${periods[0]}`;
  const share = total > 0 ? ` For ${int(notStated)} of them (${pct(notStated / total)}) no ethnicity was stated.` : '';
  return `${int(total)} searches were recorded ${span}.${share}`;
}

/** Rate per 1,000 for a group against White people in the focus period. */
export function rateSentence(rows: PeriodGroupFigure[], group: string, area: string): string {
  const focus = focusPeriod(rows.filter((r) => r.group === group && r.rate_per_1000 !== null));
  if (!focus) return `No rate per 1,000 residents can be given for the months and area shown.`;
  const g = rows.find((r) => r.period === focus.period && r.group === group)!;
  const w = rows.find((r) => r.period === focus.period && r.group === 'White');
  const white = w?.rate_per_1000 != null ? `, against ${fixed(w.rate_per_1000)} per 1,000 White residents` : '';
  return `In ${focus.period}${partial(focus.complete)} there were ${fixed(g.rate_per_1000!)} searches per 1,000 ${group} residents of ${areaOf(g, area)}${white}.`;
}

export interface OutcomeFigure {
  group: string;
  outcome_recorded: number;
  arrest_rate: number | null;
  arrest_lower: number | null;
  arrest_upper: number | null;
}

export function outcomesSentence(rows: OutcomeFigure[], group: string): string {
  const g = rows.find((r) => r.group === group);
  const w = rows.find((r) => r.group === 'White');
  if (!g || g.arrest_rate === null) return `No ${group} searches with a recorded outcome are in the months shown.`;
  const range = (r: OutcomeFigure) => (r.arrest_lower !== null && r.arrest_upper !== null ? ` (95% interval ${pct(r.arrest_lower)} to ${pct(r.arrest_upper)})` : '');
  const white = w && w.arrest_rate !== null ? `, against ${pct(w.arrest_rate)}${range(w)} for White people` : '';
  return `Over the months shown, ${pct(g.arrest_rate)}${range(g)} of searches of ${group} people with an outcome recorded ended in arrest${white}.`;
}

/** The most common value of a dimension and its share. */
export function distributionSentence(rows: { value: string; searches: number }[], what: string): string {
  const total = rows.reduce((s, r) => s + r.searches, 0);
  if (!total) return `No searches are recorded in the months shown, so there is no ${what} to show.`;
  const top = [...rows].sort((a, b) => b.searches - a.searches)[0]!;
  return `The most common ${what} was "${top.value}": ${int(top.searches)} of ${int(total)} searches (${pct(top.searches / total)}).`;
}

export interface BoroughFigure {
  name: string;
  value: number | null;
}

/** Highest and lowest borough on the map's measure. */
export function boroughMapSentence(rows: BoroughFigure[], measureLabel: string, format: (v: number) => string): string {
  const valued = rows.filter((r): r is { name: string; value: number } => r.value !== null).sort((a, b) => b.value - a.value);
  if (!valued.length) return `No borough has a ${measureLabel} for the months shown.`;
  const hi = valued[0]!;
  const lo = valued.at(-1)!;
  if (valued.length === 1) return `Only ${hi.name} has a ${measureLabel}: ${format(hi.value)}.`;
  return `Of the boroughs with a figure, ${hi.name} had the highest ${measureLabel} (${format(hi.value)}) and ${lo.name} the lowest (${format(lo.value)}).`;
}

export interface ComparisonFigures {
  searches: number;
  rate: number | null;
  ratio: number | null;
  ratioLower: number | null;
  ratioUpper: number | null;
  ratioSmall: boolean;
}

/** A borough against the wider area, in one sentence. */
export function comparisonSentence(borough: string, b: ComparisonFigures, area: string, a: ComparisonFigures): string {
  if (b.searches === 0) return `No searches in ${borough} are recorded in the months shown.`;
  const rate = b.rate !== null && a.rate !== null ? ` That is ${fixed(b.rate)} per 1,000 residents, against ${fixed(a.rate)} across ${area}.` : ` There is no rate per resident for ${borough}.`;
  const interval = (x: ComparisonFigures) => (x.ratioLower !== null && x.ratioUpper !== null ? ` (95% interval ${fixed(x.ratioLower)} to ${fixed(x.ratioUpper)})` : '');
  const ratio =
    b.ratio !== null && a.ratio !== null
      ? ` Black residents were searched ${fixed(b.ratio)} times as often as White residents${interval(b)}, against ${fixed(a.ratio)}${interval(a)} across ${area}${b.ratioSmall ? '; the borough figure rests on fewer than 20 searches and is not reliable' : ''}.`
      : '';
  return `${int(b.searches)} searches were recorded in ${borough} in the months shown.${rate}${ratio}`;
}
