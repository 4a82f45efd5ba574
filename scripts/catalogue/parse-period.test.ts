import { describe, expect, it } from 'vitest';
import { parsePeriodLabel } from './parse-period.ts';

describe('parsePeriodLabel', () => {
  it('reads a bare year as the calendar year', () => {
    expect(parsePeriodLabel('2018')).toEqual({ start: '2018-01-01', end: '2018-12-31' });
  });

  it('reads a month and year as that whole month, including February in a leap year', () => {
    expect(parsePeriodLabel('Sep 2023')).toEqual({ start: '2023-09-01', end: '2023-09-30' });
    expect(parsePeriodLabel('February 2024')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriodLabel('May 2024')).toEqual({ start: '2024-05-01', end: '2024-05-31' });
  });

  it('reads "year to <month>" as the twelve months ending with that month', () => {
    expect(parsePeriodLabel('year to Dec 2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(parsePeriodLabel('year to Jun 2025')).toEqual({ start: '2024-07-01', end: '2025-06-30' });
    expect(parsePeriodLabel('year to Jan 2025')).toEqual({ start: '2024-02-01', end: '2025-01-31' });
  });

  it('reads "end <month>" as the last day of that month', () => {
    expect(parsePeriodLabel('end Sep 2022')).toEqual({ start: '2022-09-30', end: '2022-09-30' });
  });

  it('reads "<n> months to <day month year>" as the span ending that day', () => {
    expect(parsePeriodLabel('18 months to 11 Feb 2025')).toEqual({ start: '2023-08-12', end: '2025-02-11' });
    expect(parsePeriodLabel('3 months to 30 Nov 2024')).toEqual({ start: '2024-09-01', end: '2024-11-30' });
    expect(parsePeriodLabel('6 months to 31 Feb 2025')).toBeNull();
  });

  it('reads a split year as a financial year only when the label says it is one', () => {
    expect(parsePeriodLabel('2016-17')).toBeNull();
    expect(parsePeriodLabel('2024-25')).toBeNull();
    expect(parsePeriodLabel('financial year 2016-17')).toEqual({ start: '2016-04-01', end: '2017-03-31' });
    expect(parsePeriodLabel('2019/20 financial year')).toEqual({ start: '2019-04-01', end: '2020-03-31' });
    expect(parsePeriodLabel('financial year 2016-18')).toBeNull();
  });

  it('leaves hedged or approximate labels without dates', () => {
    for (const label of [
      '2020 (as cited at MAP launch)',
      'as reported in Casey Review (Mar 2023)',
      'date of Met six-month standards update (not stated, after Sep 2022)',
      '2020-21 (end of year)',
      'Apr 2020 - early 2021',
      '2024 (as at LRAP launch)',
      '2018-2020 (total)',
      'before 2025 changes',
      'Oct 2025 plan',
      'pilot to Jun 2025',
      '',
    ]) {
      expect(parsePeriodLabel(label), label).toBeNull();
    }
  });

  it('ignores case and stray spaces but not extra words', () => {
    expect(parsePeriodLabel('  Year to  DEC 2024 ')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(parsePeriodLabel('about 2018')).toBeNull();
  });
});
