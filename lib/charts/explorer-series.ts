// Long rows (period, group, value) pivoted into one object per period for
// drawing. Pure; shared by the client chart and its tests.
import type { Cell, ViewRow } from '@/lib/stop-search/explorer-view';

export interface PivotRow {
  period: string;
  [group: string]: string | number | [number, number] | null;
}

export function groupsIn(rows: ViewRow[], groupKey: string): string[] {
  return [...new Set(rows.map((r) => String(r[groupKey] ?? '')))];
}

/** One row per period, in order of first appearance, with each group's value (and band [lower, upper] under "<group>__band"). */
export function pivotByPeriod(rows: ViewRow[], groupKey: string, valueKey: string, band?: [string, string]): PivotRow[] {
  const out = new Map<string, PivotRow>();
  const num = (c: Cell | undefined) => (typeof c === 'number' ? c : null);
  for (const r of rows) {
    const period = String(r.period);
    const row = out.get(period) ?? { period };
    const g = String(r[groupKey]);
    row[g] = num(r[valueKey]);
    if (band) {
      const lo = num(r[band[0]]);
      const hi = num(r[band[1]]);
      row[`${g}__band`] = lo !== null && hi !== null ? [lo, hi] : null;
    }
    out.set(period, row);
  }
  return [...out.values()];
}

/** Equal-interval class breaks for the map (k classes over [min, max]); null when there are no values. */
export function classBreaks(values: number[], k = 5): number[] | null {
  if (!values.length) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [min];
  return Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
}

export function classOf(value: number, breaks: number[]): number {
  let i = 0;
  while (i < breaks.length && value > breaks[i]!) i++;
  return i;
}
