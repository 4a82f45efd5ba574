import { describe, expect, it } from 'vitest';
import { batchesWithin, coverageOf, monthsOf } from '@/lib/stop-search/batch-coverage';
import type { ImportBatchRef } from '@/lib/stop-search/summary-types';

const file = (force: string, month: string): ImportBatchRef => ({
  id: `${force}-${month}`,
  file_name: `${month}-${force}-stop-and-search.csv`,
  force,
  month,
  sha256: '0'.repeat(64),
  rows_total: 1,
  rows_loaded: 1,
  rows_rejected: 0,
  all_rows_repeated: false,
  loaded_at: null,
});

// As read: ordered by force, then month. The City has a gap (2019-02 missing); the Met starts later.
const loaded = [file('city-of-london', '2018-12'), file('city-of-london', '2019-01'), file('city-of-london', '2019-03'), file('metropolitan', '2019-01'), file('metropolitan', '2019-02')];

describe('what the loaded files cover', () => {
  it('gives each asked-for force its first and last month, a gap inside not shortening it', () => {
    expect(coverageOf(loaded, ['city-of-london', 'metropolitan'])).toEqual([
      { force: 'city-of-london', first: '2018-12', last: '2019-03' },
      { force: 'metropolitan', first: '2019-01', last: '2019-02' },
    ]);
    expect(coverageOf(loaded, ['metropolitan'])).toEqual([{ force: 'metropolitan', first: '2019-01', last: '2019-02' }]);
  });

  it('leaves out a force with no file rather than inventing a span for it', () => {
    expect(coverageOf(loaded, ['british-transport-police'])).toEqual([]);
    expect(coverageOf([], ['metropolitan'])).toEqual([]);
  });

  it('lists the files a period draws on, both ends included, only for the forces asked', () => {
    expect(batchesWithin(loaded, ['city-of-london', 'metropolitan'], '2019-01', '2019-02').map((b) => b.id)).toEqual([
      'city-of-london-2019-01',
      'metropolitan-2019-01',
      'metropolitan-2019-02',
    ]);
    expect(batchesWithin(loaded, ['metropolitan'], '2018-01', '2018-12')).toEqual([]);
  });

  it('lists each month any force has a file for once, in order', () => {
    expect(monthsOf(loaded)).toEqual(['2018-12', '2019-01', '2019-02', '2019-03']);
  });
});
