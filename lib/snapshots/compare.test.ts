import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '@/lib/snapshots/compare';
import type { SnapshotDocument, SnapshotFigure } from '@/lib/snapshots/document-schema';

const entry = (id: string, as_of: string) => ({ id, as_of, note: `note ${id}`, evidence: [] });
const commitment = (id: string, status: SnapshotDocument['commitments'][number]['status'], due_on: string | null, latest: string | null) => ({
  id, summary: `Commitment ${id}`, theme: 't', source_id: 's', due_on, url: 'https://example.org', status, status_entry_id: latest, latest_entry: latest ? entry(latest, '2025-01-01') : null,
});
const figure = (ethnicity: string, ratio: number, lower: number, upper: number): SnapshotFigure => ({
  area: 'E12000007', area_name: 'London', ethnicity, searches: 100, rate_per_1000: 1, ratio_to_white: ratio, ratio_lower: lower, ratio_upper: upper, arrest_rate: 0.1,
});

function doc(quarter: string, parts: Partial<SnapshotDocument>): SnapshotDocument {
  return {
    format: 'met-dashboard-snapshot/1', quarter, as_of: '2025-03-31', status_rule: [], commitments: [], indicators: [], sources: [],
    stop_search: { period: null, period_start: null, period_end: null, complete: false, note: '', headlines: [], figures: [], import_batches: [] },
    ...parts,
  };
}

describe('compareSnapshots', () => {
  const from = doc('2025-Q1', {
    commitments: [commitment('a', 'IN_PROGRESS', '2025-06-30', 'e1'), commitment('b', 'NO_UPDATE', '2025-12-31', null), commitment('c', 'DELIVERED', null, 'e3')],
    indicators: [
      { id: 'trust', label: 'Trust', unit: '%', source_id: null, latest: { period_label: '2024', period_end: '2024-12-31', value: 45, url: 'u' } },
      { id: 'same', label: 'Same', unit: 'n', source_id: null, latest: { period_label: '2024', period_end: '2024-12-31', value: 7, url: 'u' } },
      { id: 'fresh', label: 'Fresh', unit: 'n', source_id: null, latest: null },
    ],
    stop_search: { period: '2024-Q4', period_start: '', period_end: '', complete: true, note: '', headlines: [], import_batches: [], figures: [figure('Black', 3.5, 3.4, 3.6), figure('Asian', 1.5, 1.3, 1.7)] },
  });
  const to = doc('2025-Q2', {
    commitments: [commitment('a', 'LATE', '2025-06-30', 'e1'), commitment('b', 'IN_PROGRESS', '2026-03-31', 'e2'), commitment('c', 'DELIVERED', null, 'e3')],
    indicators: [
      { id: 'trust', label: 'Trust', unit: '%', source_id: null, latest: { period_label: '2025', period_end: '2025-03-31', value: 41.5, url: 'u' } },
      { id: 'same', label: 'Same', unit: 'n', source_id: null, latest: { period_label: '2024', period_end: '2024-12-31', value: 7, url: 'u' } },
      { id: 'fresh', label: 'Fresh', unit: 'n', source_id: null, latest: { period_label: '2025', period_end: '2025-03-31', value: 2, url: 'u' } },
    ],
    stop_search: { period: '2025-Q1', period_start: '', period_end: '', complete: true, note: '', headlines: [], import_batches: [], figures: [figure('Black', 4.1, 3.9, 4.3), figure('Asian', 1.6, 1.4, 1.8)] },
  });
  const result = compareSnapshots(from, to);

  it('lists exactly the commitments whose status moved', () => {
    expect(result.status_changes.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: 'a', from: 'IN_PROGRESS', to: 'LATE' },
      { id: 'b', from: 'NO_UPDATE', to: 'IN_PROGRESS' },
    ]);
  });

  it('lists new evidence and slipped deadlines', () => {
    expect(result.new_evidence.map((e) => e.entry_id)).toEqual(['e2']);
    expect(result.slipped_deadlines).toEqual([{ id: 'b', summary: 'Commitment b', from: '2025-12-31', to: '2026-03-31' }]);
  });

  it('gives indicator changes with direction and size, skipping unchanged ones', () => {
    expect(result.indicator_changes.map(({ id, direction, change }) => ({ id, direction, change }))).toEqual([
      { id: 'trust', direction: 'down', change: -3.5 },
      { id: 'fresh', direction: 'new', change: null },
    ]);
  });

  it('flags only ratios whose 95% intervals no longer overlap', () => {
    expect(result.separated_ratios.map((f) => f.ethnicity)).toEqual(['Black']);
  });
});
