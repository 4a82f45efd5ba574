// One view of the explorer as the page, its table, its chart and its CSV all
// see it: the same columns and rows, so the file holds exactly what is drawn.
import type { SourceRef } from '@/lib/stop-search/sources';
import type { StopSearchSummaryData } from '@/lib/stop-search/summary-types';

export const VIEW_IDS = ['searches', 'rates', 'ratio', 'outcomes', 'legislation', 'object', 'age', 'gender', 'boroughs'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export type CellKind = 'text' | 'count' | 'rate1000' | 'ratio' | 'percent' | 'flag';
export interface ViewColumn {
  key: string;
  label: string;
  kind: CellKind;
}
export type Cell = string | number | boolean | null;
export type ViewRow = Record<string, Cell>;

export interface KeyDateMark {
  /** The period label the date falls in. */
  period: string;
  label: string;
}

export type ChartSpec =
  | { kind: 'lines'; valueKey: string; groupKey: string; yLabel: string; marks: KeyDateMark[] }
  | { kind: 'ratio-band'; groupKey: string; yLabel: string; marks: KeyDateMark[] }
  | { kind: 'outcome-bars'; yLabel: string }
  | { kind: 'bars'; labelKey: string; valueKey: string; shareKey: string }
  | { kind: 'map' };

export interface ExplorerView {
  id: ViewId;
  title: string;
  /** One plain-English sentence, generated from the rows. */
  summary: string;
  columns: ViewColumn[];
  rows: ViewRow[];
  chart: ChartSpec;
  /** Why there is nothing to draw, when there is nothing. */
  emptyReason: string | null;
  notes: string[];
  sources: SourceRef[];
  query: StopSearchSummaryData['query'];
  importBatchCount: number;
}
