// Turns an indicator and its observations into what a chart draws, what its
// table lists and the sentence that says what it shows. Pure, so the words and
// numbers on the page can be tested without a browser or a database.
import { formatValue, periodPhrase } from '@/lib/charts/format';

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

export interface IndicatorInput {
  id: string;
  label: string;
  unit: string;
  definition: string | null;
  source: SourceRef | null;
}

export interface ObservationInput {
  periodLabel: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  groupLabel: string | null;
  areaCode: string | null;
  value: number;
  url: string;
  note: string | null;
  sortOrder: number;
  source: SourceRef | null;
}

/**
 * "trend": one measure tracked over time, drawn as a line.
 * "reported": figures from different sources and periods that are not one
 * consistent series; drawn as separate points, never joined by a line.
 */
export type SeriesKind = 'trend' | 'reported';

export interface SeriesOptions {
  kind?: SeriesKind;
  /** What the sentence is about, e.g. "Londoners saying the police do a good job locally". */
  subject?: string;
  /** Who measured it, e.g. "MOPAC Public Attitude Survey, as reported". */
  attribution?: string;
}

export interface SeriesGroup {
  key: string;
  label: string;
}

/** One row per x position; `values` holds each group's value there (absent when none). */
export interface ChartRow {
  x: string;
  values: Record<string, number>;
}

/** One observation as the table and the CSV list it. */
export interface SeriesPoint {
  period: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  group: string;
  value: number;
  unit: string;
  url: string;
  note: string | null;
  source: SourceRef | null;
}

export interface IndicatorSeries {
  indicatorId: string;
  title: string;
  unit: string;
  kind: SeriesKind;
  groups: SeriesGroup[];
  rows: ChartRow[];
  points: SeriesPoint[];
  /** Why there is no chart (fewer than two comparable points), or null when there is one. */
  noDataReason: string | null;
  summary: string;
  /** Said when the x axis spaces points evenly although their periods are not. */
  spacingNote: string | null;
}

const DEFAULT_GROUP = 'All';

function groupOf(observation: ObservationInput): string {
  return observation.groupLabel?.trim() || DEFAULT_GROUP;
}

// Undated observations keep their place in the catalogue's order; dated ones
// are sorted among themselves into the slots dated observations held. This
// never moves an undated figure past one whose date is known to be later.
export function orderObservations<T extends ObservationInput>(observations: readonly T[]): T[] {
  const byCatalogue = [...observations].sort((a, b) => a.sortOrder - b.sortOrder);
  const dated = byCatalogue
    .filter((o) => o.periodStart !== null)
    .sort((a, b) => (a.periodStart as Date).getTime() - (b.periodStart as Date).getTime());
  let next = 0;
  return byCatalogue.map((o) => (o.periodStart === null ? o : (dated[next++] as T)));
}

function buildRows(ordered: readonly ObservationInput[]): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const o of ordered) {
    const group = groupOf(o);
    // Two figures for the same group and period (sources that disagree) get
    // two rows, so neither is silently dropped.
    const row = rows.find((r) => r.x === o.periodLabel && !(group in r.values));
    if (row) row.values[group] = o.value;
    else rows.push({ x: o.periodLabel, values: { [group]: o.value } });
  }
  return rows;
}

function spacingNote(ordered: readonly ObservationInput[]): string | null {
  const starts = [...new Set(ordered.map((o) => o.periodLabel))].map(
    (label) => ordered.find((o) => o.periodLabel === label)?.periodStart ?? null,
  );
  if (starts.length < 3) return null;
  if (starts.some((s) => s === null)) {
    return 'Some figures have no exact period, so points are evenly spaced and the gaps between them are not to scale.';
  }
  const gaps = starts.slice(1).map((s, i) => (s as Date).getTime() - (starts[i] as Date).getTime());
  const even = gaps.every((g) => Math.abs(g - (gaps[0] as number)) < 40 * 86_400_000);
  return even ? null : 'Points are evenly spaced; the time between them is not.';
}

function groupPoints(points: readonly SeriesPoint[], group: string) {
  return points.filter((p) => p.group === group);
}

export function buildIndicatorSeries(
  indicator: IndicatorInput,
  observations: readonly ObservationInput[],
  options: SeriesOptions = {},
): IndicatorSeries {
  const ordered = orderObservations(observations);
  const points: SeriesPoint[] = ordered.map((o) => ({
    period: o.periodLabel,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    group: groupOf(o),
    value: o.value,
    unit: indicator.unit,
    url: o.url,
    note: o.note,
    source: o.source ?? indicator.source,
  }));
  const groupKeys = [...new Set(points.map((p) => p.group))];
  const longest = Math.max(0, ...groupKeys.map((g) => groupPoints(points, g).length));
  const kind = options.kind ?? 'trend';
  return {
    indicatorId: indicator.id,
    title: indicator.label,
    unit: indicator.unit,
    kind,
    groups: groupKeys.map((key) => ({ key, label: key })),
    rows: buildRows(ordered),
    points,
    noDataReason: noDataReason(points.length, longest),
    summary: summarise(indicator, points, groupKeys, kind, options),
    spacingNote: longest >= 2 ? spacingNote(ordered) : null,
  };
}

function noDataReason(total: number, longestGroup: number): string | null {
  if (total === 0) return 'No figures have been found for this measure yet, so there is nothing to chart.';
  if (longestGroup < 2) {
    return total === 1
      ? 'Only one figure has been found for this measure, so there is no trend to chart. It is listed in the table.'
      : 'No two figures measure the same group, so there is no trend to chart. They are listed in the table.';
  }
  return null;
}

function at(point: SeriesPoint): string {
  return `${formatValue(point.value, point.unit)} ${periodPhrase(point.period)}`;
}

function summarise(
  indicator: IndicatorInput,
  points: readonly SeriesPoint[],
  groups: readonly string[],
  kind: SeriesKind,
  options: SeriesOptions,
): string {
  const subject = options.subject ?? indicator.label;
  const by = options.attribution ?? indicator.source?.title ?? 'figures as reported; sources in the table';
  const tail = ` (${by}).`;
  if (points.length === 0) return `No figures have been found for ${lowerFirst(subject)}.`;
  if (groups.length > 1) return summariseGroups(subject, points, groups) + tail;

  const first = points[0] as SeriesPoint;
  const last = points[points.length - 1] as SeriesPoint;
  if (points.length === 1) return `${subject}: ${at(first)}${tail}`;
  if (kind === 'reported') {
    const low = points.reduce((a, b) => (b.value < a.value ? b : a));
    const high = points.reduce((a, b) => (b.value > a.value ? b : a));
    return (
      `${points.length} reported figures for ${lowerFirst(subject)}, from different sources and periods and so not ` +
      `one consistent series, range from ${at(low)} to ${at(high)}; the last listed is ${at(last)}${tail}`
    );
  }
  if (first.value === last.value) return `${subject} was ${formatValue(first.value, first.unit)} both ${periodPhrase(first.period)} and ${periodPhrase(last.period)}${tail}`;
  const verb = last.value > first.value ? 'rose' : 'fell';
  return `${subject} ${verb} from ${at(first)} to ${at(last)}${tail}`;
}

// Several groups: compare them at the latest period every group was measured.
function summariseGroups(subject: string, points: readonly SeriesPoint[], groups: readonly string[]): string {
  const latest = [...points].reverse().find((p) => groups.every((g) => points.some((q) => q.group === g && q.period === p.period)));
  if (!latest) return `${subject}: figures for ${groups.join(', ')} cover different periods`;
  const parts = groups.map((g) => {
    const point = points.find((p) => p.group === g && p.period === latest.period) as SeriesPoint;
    return `${g} ${formatValue(point.value, point.unit)}`;
  });
  return `${subject} ${periodPhrase(latest.period)}: ${parts.join(', ')}`;
}

function lowerFirst(text: string): string {
  // Leave acronyms ("VAWG", "PCSOs") alone: only a capital followed by a lower-case letter is lowered.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
