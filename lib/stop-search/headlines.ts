// The overview's headline stop-and-search figures, picked from a summary by
// ethnic group (pure). Each links to the explorer view it comes from.
import { explorerQueryString } from '@/lib/stop-search/explorer-params';
import type { SummaryRow } from '@/lib/stop-search/summary-figures';
import type { StopSearchSummaryData } from '@/lib/stop-search/summary-types';
import { fixed, focusPeriod, pct } from '@/lib/stop-search/text-summaries';

export interface Headline {
  key: 'searches' | 'ratio' | 'rate' | 'arrest' | 'not-stated';
  label: string;
  value: string;
  detail: string;
  href: string;
}

export interface Headlines {
  period: string | null;
  complete: boolean;
  /** The first and last month imported. */
  from: string | null;
  to: string | null;
  headlines: Headline[];
}

export function headlinesFrom(data: StopSearchSummaryData): Headlines {
  const span = { from: data.query.from, to: data.query.to };
  const focus = focusPeriod(data.rows);
  if (!focus) return { period: null, complete: false, ...span, headlines: [] };
  const rows = data.rows.filter((r) => r.period === focus.period);
  const group = (g: string): SummaryRow | undefined => rows.find((r) => r.ethnicity === g);
  const black = group('Black');
  const white = group('White');
  const first = rows[0]!;
  const qs = explorerQueryString({ ethnicity: data.query.ethnicity, period: data.query.period, from: first.period_start, to: first.period_end, measure: 'rate' });
  const href = (id: string) => `/stop-and-search?${qs}#${id}`;
  const total = rows.reduce((s, r) => s + r.searches, 0);
  const notStated = group('Not stated')?.searches ?? 0;
  const out: Headline[] = [{ key: 'searches', label: `Searches in ${focus.period}`, value: total.toLocaleString('en-GB'), detail: 'by the Metropolitan and City of London police', href: href('searches') }];
  if (black?.ratio_to_white != null) {
    const interval = black.ratio_lower !== null && black.ratio_upper !== null ? ` (95% interval ${fixed(black.ratio_lower)} to ${fixed(black.ratio_upper)})` : '';
    out.push({ key: 'ratio', label: 'Black Londoners searched, per resident, compared with White Londoners', value: `${fixed(black.ratio_to_white)} times as often`, detail: `ethnicity as recorded by the officer${interval}`, href: href('ratio') });
  }
  if (black?.rate_per_1000 != null && white?.rate_per_1000 != null) {
    out.push({ key: 'rate', label: 'Searches per 1,000 residents', value: `${fixed(black.rate_per_1000)} Black, ${fixed(white.rate_per_1000)} White`, detail: 'Census 2021 residents of London', href: href('rates') });
  }
  if (black?.arrest_rate != null && white?.arrest_rate != null) {
    out.push({ key: 'arrest', label: 'Searches ending in arrest', value: `${pct(black.arrest_rate)} Black, ${pct(white.arrest_rate)} White`, detail: 'of searches with an outcome recorded', href: href('outcomes') });
  }
  out.push({ key: 'not-stated', label: 'Searches with no ethnicity recorded', value: total ? pct(notStated / total) : '–', detail: `${notStated.toLocaleString('en-GB')} searches, shown as "Not stated"`, href: href('searches') });
  return { period: focus.period, complete: focus.complete, ...span, headlines: out };
}
