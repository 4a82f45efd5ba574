import { describe, expect, it } from 'vitest';
import { reconcile, type RecordCounts } from '@/lib/stop-search/reconcile';

const full: RecordCounts = {
  months_in_period: 12,
  months_with_records: 12,
  searches: 1_000,
  s1_searches: 900,
  group_searches: 430,
  white_searches: 355,
  population: 100_000,
  group_population: 10_000,
  white_population: 50_000,
};

describe('reconcile', () => {
  it('compares only when every month of the period has records', () => {
    expect(reconcile({ kind: 'searches', scope: 'all' }, 1_100, full)).toMatchObject({ status: 'compared', record_value: 1_000, difference: -100 });
    expect(reconcile({ kind: 'searches', scope: 'all' }, 1_100, full).relative_difference).toBeCloseTo(-100 / 1_100, 12);
    expect(reconcile({ kind: 'searches', scope: 'all' }, 1_100, { ...full, months_with_records: 3 })).toMatchObject({
      status: 'partial-records',
      record_value: null,
      difference: null,
      note: 'Records cover 3 of the 12 months, so no total is compared.',
    });
    expect(reconcile({ kind: 'searches', scope: 'all' }, 1_100, { ...full, months_with_records: 0 })).toMatchObject({ status: 'no-records', record_value: null });
  });

  it('computes each measure from the counts', () => {
    expect(reconcile({ kind: 'searches', scope: 's1-and-associated' }, 900, full)).toMatchObject({ record_value: 900, difference: 0 });
    // 1,000 / 100,000 x 1,000 = 10 per 1,000
    expect(reconcile({ kind: 'rate' }, 31, full).record_value).toBeCloseTo(10, 12);
    // 430 / 1,000 = 43%
    expect(reconcile({ kind: 'share' }, 43, full).record_value).toBeCloseTo(43, 12);
    // (430 / 10,000) / (355 / 50,000) = 0.043 / 0.0071 = 6.0563380...
    expect(reconcile({ kind: 'ratio' }, 4.3, full).record_value).toBeCloseTo(6.056338, 6);
  });

  it('never compares people with searches, nor a figure without a period or a population', () => {
    expect(reconcile({ kind: 'people' }, 251_161, full)).toMatchObject({ status: 'not-comparable', record_value: null });
    expect(reconcile({ kind: 'ratio' }, 3.5, null)).toMatchObject({ status: 'not-comparable', record_value: null });
    expect(reconcile({ kind: 'rate' }, 31, { ...full, population: null })).toMatchObject({ status: 'not-comparable', record_value: null });
  });
});
