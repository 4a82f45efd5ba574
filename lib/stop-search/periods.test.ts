import { describe, expect, it } from 'vitest';
import { monthsBetween, periodOf } from '@/lib/stop-search/periods';

describe('periodOf', () => {
  it.each([
    ['month', '2018-04', '2018-04', '2018-04', '2018-04', 1],
    ['quarter', '2018-04', '2018-Q2', '2018-04', '2018-06', 3],
    ['quarter', '2018-03', '2018-Q1', '2018-01', '2018-03', 3],
    ['quarter', '2018-12', '2018-Q4', '2018-10', '2018-12', 3],
    ['year', '2018-07', '2018', '2018-01', '2018-12', 12],
    // The Home Office's financial year runs April to March.
    ['financial-year', '2018-04', '2018-19', '2018-04', '2019-03', 12],
    ['financial-year', '2019-03', '2018-19', '2018-04', '2019-03', 12],
    ['financial-year', '2018-03', '2017-18', '2017-04', '2018-03', 12],
    ['financial-year', '2099-12', '2099-00', '2099-04', '2100-03', 12],
  ] as const)('%s of %s is %s (%s to %s)', (grain, month, label, start, end, months) => {
    expect(periodOf(grain, month)).toEqual({ label, start, end, months });
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => periodOf('month', '2018-13')).toThrow(/YYYY-MM/);
    expect(() => periodOf('month', '2018-4')).toThrow(/YYYY-MM/);
  });
});

describe('monthsBetween', () => {
  it('lists every month across a year end, both ends included', () => {
    expect(monthsBetween('2018-11', '2019-02')).toEqual(['2018-11', '2018-12', '2019-01', '2019-02']);
    expect(monthsBetween('2018-04', '2018-04')).toEqual(['2018-04']);
    expect(monthsBetween('2018-05', '2018-04')).toEqual([]);
  });
});
