import { describe, expect, it } from 'vitest';
import type { LoadReport } from '../../lib/importers/police-uk/report.ts';
import { UsageError } from '../run-cli.ts';
import { parseImportArgs } from './args.ts';
import { formatFileResult, formatOverall, type FileResult } from './format-report.ts';

const load: LoadReport = {
  outcome: 'loaded',
  fileName: '2020-07-city-of-london-stop-and-search.csv',
  force: 'city-of-london',
  month: '2020-07',
  sha256: 'f'.repeat(64),
  batchId: '00000000-0000-4000-8000-000000000001',
  replacedBatchId: null,
  rowsTotal: 520,
  rowsLoaded: 518,
  rowsRejected: 2,
  rejections: Array.from({ length: 12 }, (_, i) => ({ line: i + 2, field: 'Date', value: 'x', code: 'invalid-value' as const, reason: 'not a date' })),
  rejectionsNotListed: 3,
  duplicateRows: 259,
  allRowsRepeated: true,
  locations: { london: 500, none: 17, outside: 1 },
  durationMs: 2000,
};

describe('formatFileResult', () => {
  it('summarises a load: counts, speed, locations, duplicates, the doubled-file warning and the first rejections', () => {
    const lines = formatFileResult({ file: '/x', report: load }).split('\n');
    expect(lines[0]).toBe('✓ 2020-07-city-of-london-stop-and-search.csv: loaded 518 of 520 rows for city-of-london 2020-07 (2 rejected) in 2.0 s, 260 rows/s.');
    expect(lines[1]).toBe('  500 placed in a borough, 17 without a location, 1 outside London; 259 duplicate rows kept.');
    expect(lines[2]).toMatch(/^ {2}! Every row appears at least twice/);
    expect(lines.filter((l) => l.startsWith('  rejected line'))).toHaveLength(10);
    expect(lines.at(-1)).toBe('  … and 5 more problems, all kept in rejected_rows (batch 00000000-0000-4000-8000-000000000001).');
  });

  it('says what a dry run would do and that it saved nothing', () => {
    const text = formatFileResult({ file: '/x', report: { ...load, outcome: 'dry-run', replacedBatchId: 'old' } });
    expect(text).toContain('dry run, nothing saved: would load 518 of 520 rows');
    expect(text).toContain('replacing the earlier import (batch old)');
    expect(text).toContain('not saved (dry run)');
  });

  it('shows a failure as its one-line message', () => {
    expect(formatFileResult({ file: '/x', error: 'x.csv, line 3: broken' })).toBe('✗ x.csv, line 3: broken');
  });
});

describe('formatOverall', () => {
  it('totals files by outcome and rows loaded', () => {
    const results: FileResult[] = [
      { file: 'a', report: load },
      { file: 'b', error: 'broken' },
      {
        file: 'c',
        report: { outcome: 'unchanged', fileName: 'c', force: 'x', month: '2020-01', sha256: load.sha256, durationMs: 1, batchId: 'b', loadedFrom: 'c', loadedAt: new Date(0), rowsLoaded: 9, rowsRejected: 0, allRowsRepeated: false },
      },
    ];
    expect(formatOverall(results, 3500)).toBe('3 files: 1 loaded, 1 unchanged, 1 failed; 518 rows loaded, 2 rejected; 3.5 s in all.');
  });
});

describe('parseImportArgs', () => {
  it('reads paths and flags', () => {
    expect(parseImportArgs(['--replace', 'a', 'b', '--dry-run'])).toEqual({ paths: ['a', 'b'], replace: true, dryRun: true, help: false });
  });

  it('refuses unknown options and an empty list in one line', () => {
    for (const argv of [['--force', 'a'], []]) {
      const error = (() => {
        try {
          parseImportArgs(argv);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
