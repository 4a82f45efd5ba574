import { describe, expect, it } from 'vitest';
import type { ApiImportSummary } from '@/lib/importers/police-api/import-months';
import { describeMonth, describeSummary } from '@/lib/importers/police-api/summary-text';
import type { LoadReport, UnchangedReport } from '@/lib/importers/police-uk/report';

const base = { fileName: 'api:metropolitan:2024-01', force: 'metropolitan', month: '2024-01', sha256: 'x', durationMs: 1 };
const loaded = (rowsLoaded: number, rowsRejected: number): LoadReport => ({
  ...base,
  outcome: 'loaded',
  batchId: 'b',
  replacedBatchId: null,
  rowsTotal: rowsLoaded + rowsRejected,
  rowsLoaded,
  rowsRejected,
  rejections: [],
  rejectionsNotListed: 0,
  duplicateRows: 0,
  allRowsRepeated: false,
  locations: { london: rowsLoaded, outside: 0, none: 0 },
});
const unchanged: UnchangedReport = { ...base, outcome: 'unchanged', batchId: 'b', loadedFrom: 'api:metropolitan:2024-03', loadedAt: new Date(0), rowsLoaded: 5, rowsRejected: 0, allRowsRepeated: false };

describe('describeSummary', () => {
  it('totals each kind of month', () => {
    const summary: ApiImportSummary = {
      force: 'metropolitan',
      from: '2024-01',
      to: '2024-06',
      months: [
        { month: '2024-01', outcome: 'imported', report: loaded(12_000, 3) },
        { month: '2024-02', outcome: 'imported', report: loaded(1_500, 0) },
        { month: '2024-03', outcome: 'imported', report: unchanged },
        { month: '2024-04', outcome: 'already-loaded', fileName: '2024-04-metropolitan-stop-and-search.csv' },
        { month: '2024-05', outcome: 'not-published' },
        { month: '2024-06', outcome: 'no-stops' },
      ],
      stopped: null,
    };
    expect(describeSummary(summary)).toEqual([
      'metropolitan 2024-01…2024-06: 2 months imported (13,500 records loaded, 3 rows rejected), 1 unchanged, 1 already loaded, 1 not published by data.police.uk, 1 without stops.',
    ]);
  });

  it('says where a run stopped and why', () => {
    const summary: ApiImportSummary = {
      force: 'city-of-london',
      from: '2018-04',
      to: '2018-06',
      months: [
        { month: '2018-04', outcome: 'imported', report: loaded(1, 0) },
        { month: '2018-05', outcome: 'already-loaded', fileName: 'api:city-of-london:2018-05' },
      ],
      stopped: { month: '2018-06', reason: 'GET x failed: HTTP 500', resumable: true },
    };
    expect(describeSummary(summary)).toEqual([
      'city-of-london 2018-04…2018-06: 1 month imported (1 record loaded, 0 rows rejected), 1 already loaded.',
      'Stopped after 2 months, at 2018-06: GET x failed: HTTP 500. Run the same command again to continue from 2018-06.',
    ]);
  });

  it('does not suggest running again when that cannot help', () => {
    const reason = 'data.police.uk has no stop-and-search records for a force "metropolitian"; force ids look like metropolitan or city-of-london';
    const summary: ApiImportSummary = { force: 'metropolitian', from: '2024-01', to: '2024-01', months: [], stopped: { month: '2024-01', reason, resumable: false } };
    expect(describeSummary(summary)[1]).toBe(`Stopped before any month, at 2024-01: ${reason}.`);
  });
});

describe('describeMonth', () => {
  it('says what happened to one month', () => {
    expect(describeMonth({ month: '2024-01', outcome: 'imported', report: loaded(12_857, 3) })).toBe('12,860 stops, loaded 12,857, 3 rejected');
    expect(describeMonth({ month: '2024-01', outcome: 'imported', report: { ...loaded(10, 0), replacedBatchId: 'old' } })).toBe('10 stops, loaded 10 (replacing the earlier import)');
    expect(describeMonth({ month: '2024-03', outcome: 'imported', report: unchanged })).toBe('unchanged: the same records were already loaded from api:metropolitan:2024-03');
    expect(describeMonth({ month: '2024-04', outcome: 'already-loaded', fileName: 'x.csv' })).toBe('already loaded (from x.csv)');
  });
});
