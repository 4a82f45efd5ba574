// What changed between two published snapshots, worked out from their
// documents alone (pure), so a comparison never depends on today's data.
import type { StatusKey } from '@/lib/commitments/status';
import type { SnapshotDocument, SnapshotFigure } from '@/lib/snapshots/document-schema';

export interface StatusChange {
  id: string;
  summary: string;
  from: StatusKey;
  to: StatusKey;
}

export interface NewEvidence {
  id: string;
  summary: string;
  entry_id: string;
  as_of: string | null;
  note: string;
}

export interface SlippedDeadline {
  id: string;
  summary: string;
  from: string | null;
  to: string | null;
}

export interface IndicatorChange {
  id: string;
  label: string;
  unit: string;
  from: number | null;
  to: number | null;
  from_period: string | null;
  to_period: string | null;
  direction: 'up' | 'down' | 'same' | 'new' | 'gone';
  change: number | null;
}

export interface SeparatedFigure {
  area_name: string;
  ethnicity: string;
  from: SnapshotFigure;
  to: SnapshotFigure;
}

export interface SnapshotComparison {
  from: string;
  to: string;
  status_changes: StatusChange[];
  new_evidence: NewEvidence[];
  slipped_deadlines: SlippedDeadline[];
  indicator_changes: IndicatorChange[];
  /** Ratios whose 95% intervals no longer overlap: a change larger than chance alone explains. */
  separated_ratios: SeparatedFigure[];
}

function direction(from: number | null, to: number | null): IndicatorChange['direction'] {
  if (from === null) return 'new';
  if (to === null) return 'gone';
  return to > from ? 'up' : to < from ? 'down' : 'same';
}

function intervalsApart(a: SnapshotFigure, b: SnapshotFigure): boolean {
  if (a.ratio_lower === null || a.ratio_upper === null || b.ratio_lower === null || b.ratio_upper === null) return false;
  return a.ratio_upper < b.ratio_lower || b.ratio_upper < a.ratio_lower;
}

export function compareSnapshots(from: SnapshotDocument, to: SnapshotDocument): SnapshotComparison {
  const before = new Map(from.commitments.map((c) => [c.id, c]));
  const status_changes: StatusChange[] = [];
  const new_evidence: NewEvidence[] = [];
  const slipped_deadlines: SlippedDeadline[] = [];
  for (const c of to.commitments) {
    const old = before.get(c.id);
    const oldStatus = old?.status ?? 'NO_UPDATE';
    if (oldStatus !== c.status) status_changes.push({ id: c.id, summary: c.summary, from: oldStatus, to: c.status });
    if (c.latest_entry && c.latest_entry.id !== old?.latest_entry?.id) {
      new_evidence.push({ id: c.id, summary: c.summary, entry_id: c.latest_entry.id, as_of: c.latest_entry.as_of, note: c.latest_entry.note });
    }
    const oldDue = old?.due_on ?? null;
    // A deadline slips when it moves later or is withdrawn; one newly set is not a slip.
    if (oldDue !== null && (c.due_on === null || c.due_on > oldDue)) slipped_deadlines.push({ id: c.id, summary: c.summary, from: oldDue, to: c.due_on });
  }

  const oldIndicators = new Map(from.indicators.map((i) => [i.id, i]));
  const indicator_changes: IndicatorChange[] = [];
  for (const i of to.indicators) {
    const old = oldIndicators.get(i.id)?.latest ?? null;
    const now = i.latest;
    if (old === null && now === null) continue;
    if (old && now && old.value === now.value && old.period_label === now.period_label) continue;
    const fromValue = old?.value ?? null;
    const toValue = now?.value ?? null;
    indicator_changes.push({
      id: i.id,
      label: i.label,
      unit: i.unit,
      from: fromValue,
      to: toValue,
      from_period: old?.period_label ?? null,
      to_period: now?.period_label ?? null,
      direction: direction(fromValue, toValue),
      change: fromValue !== null && toValue !== null ? toValue - fromValue : null,
    });
  }

  const key = (f: SnapshotFigure) => `${f.area}|${f.ethnicity}`;
  const oldFigures = new Map(from.stop_search.figures.map((f) => [key(f), f]));
  const separated_ratios: SeparatedFigure[] = [];
  for (const f of to.stop_search.figures) {
    const old = oldFigures.get(key(f));
    if (old && intervalsApart(old, f)) separated_ratios.push({ area_name: f.area_name, ethnicity: f.ethnicity, from: old, to: f });
  }

  return { from: from.quarter, to: to.quarter, status_changes, new_evidence, slipped_deadlines, indicator_changes, separated_ratios };
}
