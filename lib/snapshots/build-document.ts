// Freezes what the dashboard says as of a quarter's last day into one
// document: statuses derived with the published rule from the entries dated
// on or before that day, each indicator's latest value by then, and the
// stop-and-search figures of the latest complete imported period by then.
import { deriveStatus, STATUS_RULE_STEPS } from '@/lib/commitments/derive-status';
import type { Db, Tx } from '@/lib/prisma-client';
import { getStopSearchSummary } from '@/lib/queries/stop-search-summary';
import { headlinesFrom } from '@/lib/stop-search/headlines';
import { focusPeriod } from '@/lib/stop-search/text-summaries';
import type { SummaryParams } from '@/lib/stop-search/summary-params';
import type { SummaryRow } from '@/lib/stop-search/summary-figures';
import { snapshotDocumentSchema, type SnapshotDocument, type SnapshotFigure } from '@/lib/snapshots/document-schema';
import type { Quarter } from '@/lib/snapshots/quarter';

type Reader = Db | Tx;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

// Undated entries count as older than any dated one under the status rule, so
// they belong to every snapshot; dated ones only once their date has come.
function knownBy(asOf: Date) {
  return (entry: { asOf: Date | null }) => entry.asOf === null || entry.asOf.getTime() <= asOf.getTime();
}

async function commitmentsAsOf(db: Reader, asOf: Date): Promise<SnapshotDocument['commitments']> {
  const rows = await db.commitment.findMany({
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    include: { statusUpdates: { include: { evidence: { orderBy: { position: 'asc' } } } } },
  });
  return rows.map((c) => {
    const entries = c.statusUpdates.filter(knownBy(asOf));
    const status = deriveStatus(entries, c.dueOn, asOf);
    const corrected = new Set(entries.map((e) => e.correctsId).filter(Boolean));
    const standing = entries.filter((e) => !corrected.has(e.id));
    const newest = [...standing].sort((a, b) => (b.asOf?.getTime() ?? -Infinity) - (a.asOf?.getTime() ?? -Infinity) || b.recordedAt.getTime() - a.recordedAt.getTime())[0];
    const statusEntry = [...standing]
      .filter((e) => e.status !== null)
      .sort((a, b) => (b.asOf?.getTime() ?? -Infinity) - (a.asOf?.getTime() ?? -Infinity) || b.recordedAt.getTime() - a.recordedAt.getTime())[0];
    return {
      id: c.id,
      summary: c.summary,
      theme: c.theme,
      source_id: c.sourceId,
      due_on: day(c.dueOn),
      url: c.url,
      status,
      status_entry_id: statusEntry?.id ?? null,
      latest_entry: newest
        ? { id: newest.id, as_of: day(newest.asOf), note: newest.note, evidence: newest.evidence.map((e) => ({ title: e.title, url: e.url })) }
        : null,
    };
  });
}

async function indicatorsAsOf(db: Reader, asOf: Date): Promise<SnapshotDocument['indicators']> {
  const indicators = await db.indicator.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  const out: SnapshotDocument['indicators'] = [];
  for (const indicator of indicators) {
    // Only observations with a known end date can be placed before or after the as-of day.
    const latest = await db.observation.findFirst({
      where: { indicatorId: indicator.id, periodEnd: { lte: asOf }, groupLabel: null, areaCode: null },
      orderBy: [{ periodEnd: 'desc' }, { sortOrder: 'asc' }],
    });
    out.push({
      id: indicator.id,
      label: indicator.label,
      unit: indicator.unit,
      source_id: indicator.sourceId,
      latest: latest ? { period_label: latest.periodLabel, period_end: day(latest.periodEnd), value: Number(latest.value), url: latest.url } : null,
    });
  }
  return out;
}

function toFigure(row: SummaryRow, area: string, areaName: string): SnapshotFigure {
  return {
    area,
    area_name: areaName,
    ethnicity: String(row.ethnicity ?? 'All'),
    searches: row.searches,
    rate_per_1000: row.rate_per_1000,
    ratio_to_white: row.ratio_to_white,
    ratio_lower: row.ratio_lower,
    ratio_upper: row.ratio_upper,
    arrest_rate: row.arrest_rate,
  };
}

function summaryParams(by: SummaryParams['by'], to: string, from?: string): SummaryParams {
  return { period: 'quarter', by, ethnicity: 'officer', filters: {}, to, ...(from ? { from } : {}) };
}

async function stopSearchAsOf(db: Db, quarter: Quarter): Promise<SnapshotDocument['stop_search']> {
  const london = await getStopSearchSummary(summaryParams(['ethnicity'], quarter.lastMonth), db);
  // The latest complete quarter imported by the as-of date, else the latest partial one.
  const focus = focusPeriod(london.rows);
  if (!focus) {
    return {
      period: null, period_start: null, period_end: null, complete: false,
      note: `No stop-and-search records had been imported for any month up to ${quarter.asOf}, so no figures are frozen.`,
      headlines: [], figures: [], import_batches: [],
    };
  }
  const rows = london.rows.filter((r) => r.period === focus.period);
  const first = rows[0]!;
  const lastMonth = first.period_end.slice(0, 7);
  const firstMonth = first.period_start.slice(0, 7);
  const focused = { ...london, rows };
  const boroughs = await getStopSearchSummary(summaryParams(['borough', 'ethnicity'], lastMonth, firstMonth), db);
  const figures = [
    ...rows.map((r) => toFigure(r, 'E12000007', 'London')),
    ...boroughs.rows.filter((r) => typeof r.borough === 'string').map((r) => toFigure(r, String(r.borough), String(r.borough_name ?? r.borough))),
  ];
  const batches = london.import_batches.filter((b) => b.month >= firstMonth && b.month <= lastMonth);
  const inQuarter = focus.period === quarter.label;
  const note = inQuarter && focus.complete
    ? `Figures for ${focus.period}, the snapshot's own quarter.`
    : `The imported records did not ${focus.complete ? 'reach' : 'fully cover'} ${quarter.label}: figures are for ${focus.period}${focus.complete ? ', the latest complete imported period on or before the as-of date' : ', which is not complete'}.`;
  return {
    period: focus.period,
    period_start: first.period_start,
    period_end: first.period_end,
    complete: focus.complete,
    note,
    headlines: headlinesFrom(focused).headlines.map(({ key, label, value, detail }) => ({ key, label, value, detail })),
    figures,
    import_batches: batches.map(({ id, file_name, force, month, sha256 }) => ({ id, file_name, force, month, sha256 })),
  };
}

async function sourcesUsed(db: Reader, ids: Set<string>): Promise<SnapshotDocument['sources']> {
  const rows = await db.source.findMany({ where: { id: { in: [...ids] } }, orderBy: { id: 'asc' } });
  return rows.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, url: s.url }));
}

export async function buildSnapshotDocument(db: Db, quarter: Quarter): Promise<SnapshotDocument> {
  const asOf = new Date(`${quarter.asOf}T00:00:00Z`);
  const [commitments, indicators, stopSearch] = await Promise.all([commitmentsAsOf(db, asOf), indicatorsAsOf(db, asOf), stopSearchAsOf(db, quarter)]);
  const sourceIds = new Set<string>([...commitments.map((c) => c.source_id), ...indicators.flatMap((i) => (i.source_id ? [i.source_id] : []))]);
  const sources = await sourcesUsed(db, sourceIds);
  return snapshotDocumentSchema.parse({
    format: 'met-dashboard-snapshot/1',
    quarter: quarter.label,
    as_of: quarter.asOf,
    status_rule: [...STATUS_RULE_STEPS],
    commitments,
    indicators,
    stop_search: stopSearch,
    sources,
  });
}
