// Builds each explorer view from summary answers: which rows and columns it
// shows, its chart and its sentence. Pure, so the page, the CSV route and the
// tests build exactly the same view from the same answer.
import { placeKeyDates } from '@/lib/stop-search/key-dates';
import type { EthnicityField } from '@/lib/stop-search/dimensions';
import type { ExplorerView, KeyDateMark, ViewColumn, ViewId, ViewRow } from '@/lib/stop-search/explorer-view';
import { totalsOverSpan } from '@/lib/stop-search/period-totals';
import { periodOf } from '@/lib/stop-search/periods';
import { distributionSentence, outcomesSentence, rateSentence, ratioSentence, searchesSentence, type PeriodGroupFigure } from '@/lib/stop-search/text-summaries';
import type { SummaryRow } from '@/lib/stop-search/summary-figures';
import type { StopSearchSummaryData } from '@/lib/stop-search/summary-types';

const col = (key: string, label: string, kind: ViewColumn['kind']): ViewColumn => ({ key, label, kind });
const PERIOD = col('period', 'Period', 'text');
const GROUP = col('ethnic_group', 'Ethnic group', 'text');
const COMPLETE = col('complete', 'Every month imported', 'flag');

export const VIEW_TITLES: Record<ViewId, string> = {
  searches: 'Searches by ethnic group over time',
  rates: 'Searches per 1,000 residents by ethnic group',
  ratio: 'How many times as likely to be searched as a White person',
  outcomes: 'Outcomes by ethnic group: arrest, no further action, linked to the object searched for',
  legislation: 'Searches by the law used',
  object: 'Searches by what the officer was looking for',
  age: 'Searches by age group',
  gender: 'Searches by gender',
  boroughs: 'Searches by borough',
};

export interface ViewContext {
  area: string;
  field: EthnicityField;
}

function base(id: ViewId, data: StopSearchSummaryData, extra: Partial<ExplorerView> & Pick<ExplorerView, 'columns' | 'rows' | 'chart' | 'summary'>): ExplorerView {
  const empty = data.rows.length === 0 ? noDataReason(data) : null;
  return {
    id,
    title: VIEW_TITLES[id],
    emptyReason: empty,
    notes: data.notes,
    sources: data.sources,
    query: data.query,
    importBatchCount: data.import_batches.length,
    ...extra,
  };
}

export function noDataReason(data: StopSearchSummaryData): string {
  if (!data.query.from) {
    return 'No stop-and-search records are imported yet. Import the monthly files from data.police.uk with: npm run import -- <folder of files> (see docs/importing.md).';
  }
  return `No searches match these settings in ${data.query.from} to ${data.query.to}. Choose other filters, or import the months you need (npm run import; see docs/importing.md).`;
}

/** Key dates whose month falls in a period shown, placed on that period. */
export function keyDateMarks(data: StopSearchSummaryData): KeyDateMark[] {
  const periods = new Set(data.rows.map((r) => r.period));
  return placeKeyDates(data.query.from, data.query.to)
    .within.map((d) => ({ period: periodOf(data.query.period, d.month).label, label: d.label }))
    .filter((m) => periods.has(m.period));
}

function figures(rows: SummaryRow[]): PeriodGroupFigure[] {
  return rows.map((r) => ({ ...r, group: r.ethnicity ?? '' }));
}
const pick = (r: SummaryRow, keys: string[]): ViewRow => Object.fromEntries(keys.map((k) => [k, k === 'ethnic_group' ? (r.ethnicity ?? null) : ((r as unknown as ViewRow)[k] ?? null)]));

export function searchesView(data: StopSearchSummaryData): ExplorerView {
  const columns = [PERIOD, GROUP, col('searches', 'Searches', 'count'), col('searches_small', 'Fewer than 20', 'flag'), COMPLETE];
  return base('searches', data, {
    columns,
    rows: data.rows.map((r) => pick(r, columns.map((c) => c.key))),
    chart: { kind: 'lines', valueKey: 'searches', groupKey: 'ethnic_group', yLabel: 'Searches', marks: keyDateMarks(data) },
    summary: searchesSentence(data.rows.map((r) => ({ period: r.period, group: r.ethnicity ?? '', searches: r.searches }))),
  });
}

export function ratesView(data: StopSearchSummaryData, ctx: ViewContext): ExplorerView {
  const columns = [PERIOD, GROUP, col('searches', 'Searches', 'count'), col('population', 'Residents (Census 2021)', 'count'), col('rate_per_1000', 'Searches per 1,000 residents', 'rate1000'), col('searches_small', 'Fewer than 20', 'flag'), COMPLETE];
  const rows = data.rows.filter((r) => r.rate_per_1000 !== null);
  const view = base('rates', data, {
    columns,
    rows: rows.map((r) => pick(r, columns.map((c) => c.key))),
    chart: { kind: 'lines', valueKey: 'rate_per_1000', groupKey: 'ethnic_group', yLabel: 'Searches per 1,000 residents', marks: keyDateMarks(data) },
    summary: rateSentence(figures(rows), 'Black', ctx.area),
  });
  if (!view.emptyReason && rows.length === 0) view.emptyReason = data.notes.find((n) => n.startsWith('No rate')) ?? 'No rate per resident can be given for these settings.';
  return view;
}

export function ratioView(data: StopSearchSummaryData, ctx: ViewContext): ExplorerView {
  const columns = [PERIOD, GROUP, col('searches', 'Searches of the group', 'count'), col('white_searches', 'Searches of White people', 'count'), col('ratio_to_white', 'Times as likely as White', 'ratio'), col('ratio_lower', '95% interval from', 'ratio'), col('ratio_upper', '95% interval to', 'ratio'), col('ratio_small', 'Fewer than 20', 'flag'), COMPLETE];
  const rows = data.rows.filter((r) => r.ethnicity !== 'White' && r.ratio_to_white !== null);
  const view = base('ratio', data, {
    columns,
    rows: rows.map((r) => pick(r, columns.map((c) => c.key))),
    chart: { kind: 'ratio-band', groupKey: 'ethnic_group', yLabel: 'Times as likely to be searched as a White person', marks: keyDateMarks(data) },
    summary: ratioSentence(figures(data.rows), 'Black', ctx.area, ctx.field),
  });
  if (!view.emptyReason && rows.length === 0) view.emptyReason = data.notes.find((n) => n.startsWith('No rate')) ?? 'No ratio can be given for these settings.';
  return view;
}

const OUTCOME_KEYS = ['outcome_recorded', 'arrests', 'arrest_rate', 'arrest_lower', 'arrest_upper', 'no_further_action', 'nfa_rate', 'nfa_lower', 'nfa_upper', 'outcome_small', 'linked_recorded', 'linked', 'linked_rate', 'linked_lower', 'linked_upper', 'linked_small'] as const;
const OUTCOME_LABELS: Record<(typeof OUTCOME_KEYS)[number], [string, ViewColumn['kind']]> = {
  outcome_recorded: ['Searches with an outcome recorded', 'count'],
  arrests: ['Arrests', 'count'],
  arrest_rate: ['Arrest rate', 'percent'],
  arrest_lower: ['Arrest: 95% from', 'percent'],
  arrest_upper: ['Arrest: 95% to', 'percent'],
  no_further_action: ['No further action', 'count'],
  nfa_rate: ['No further action rate', 'percent'],
  nfa_lower: ['NFA: 95% from', 'percent'],
  nfa_upper: ['NFA: 95% to', 'percent'],
  outcome_small: ['Fewer than 20 outcomes', 'flag'],
  linked_recorded: ['Link to object recorded', 'count'],
  linked: ['Outcome linked to object', 'count'],
  linked_rate: ['Linked rate', 'percent'],
  linked_lower: ['Linked: 95% from', 'percent'],
  linked_upper: ['Linked: 95% to', 'percent'],
  linked_small: ['Fewer than 20 linked recorded', 'flag'],
};

export function outcomesView(data: StopSearchSummaryData): ExplorerView {
  const totals = totalsOverSpan(data.rows, 'ethnicity');
  const columns = [GROUP, ...OUTCOME_KEYS.map((k) => col(k, ...OUTCOME_LABELS[k]))];
  const rows = totals.map((t) => ({ ethnic_group: t.key, ...Object.fromEntries(OUTCOME_KEYS.map((k) => [k, t[k]])) }));
  return base('outcomes', data, {
    columns,
    rows,
    chart: { kind: 'outcome-bars', yLabel: 'Share of searches with an outcome recorded (%)' },
    summary: outcomesSentence(totals.map((t) => ({ ...t, group: t.key })), 'Black'),
  });
}

const DISTRIBUTION_WORDS: Record<'legislation' | 'object' | 'age' | 'gender', string> = {
  legislation: 'law used',
  object: 'object of search',
  age: 'age group',
  gender: 'gender',
};

export function distributionView(id: 'legislation' | 'object' | 'age' | 'gender', data: StopSearchSummaryData): ExplorerView {
  const totals = totalsOverSpan(data.rows, id);
  const all = totals.reduce((s, t) => s + t.searches, 0);
  const rows = totals.map((t) => ({ value: t.key, searches: t.searches, share: all ? t.searches / all : null, searches_small: t.searches_small }));
  const label = DISTRIBUTION_WORDS[id];
  return base(id, data, {
    columns: [col('value', label.charAt(0).toUpperCase() + label.slice(1), 'text'), col('searches', 'Searches', 'count'), col('share', 'Share of searches', 'percent'), col('searches_small', 'Fewer than 20', 'flag')],
    rows,
    chart: { kind: 'bars', labelKey: 'value', valueKey: 'searches', shareKey: 'share' },
    summary: distributionSentence(rows.map((r) => ({ value: r.value, searches: r.searches })), label),
  });
}
