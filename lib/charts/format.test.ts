import { describe, expect, it } from 'vitest';
import { axisLabel, formatValue, periodPhrase } from './format';

describe('periodPhrase', () => {
  it.each([
    ['2016-17', 'in 2016-17'],
    ['year to Jun 2025', 'in the year to June 2025'],
    ['18 months to 11 Feb 2025', 'in the 18 months to 11 February 2025'],
    ['Oct 2023', 'in October 2023'],
    ['end Sep 2022', 'at the end of September 2022'],
    ['as reported in Casey Review (Mar 2023)', 'as reported in Casey Review (March 2023)'],
    ['before 2025 changes', 'before 2025 changes'],
    ['date of Met update (not stated)', '(date of Met update (not stated))'],
  ])('%s reads as "%s"', (label, phrase) => {
    expect(periodPhrase(label)).toBe(phrase);
  });

  it('does not spell out "May" twice or touch words that only contain a month', () => {
    expect(periodPhrase('May 2024')).toBe('in May 2024');
    expect(periodPhrase('year to Decimal')).toBe('in the year to Decimal');
  });
});

describe('formatValue', () => {
  it('writes units the way people say them', () => {
    expect(formatValue(45, '%')).toBe('45%');
    expect(formatValue(4.3, 'ratio')).toBe('4.3 times');
    expect(formatValue(123000, 'crimes')).toBe('123,000 crimes');
    expect(formatValue(50.2, 'per 1,000 people')).toBe('50.2 per 1,000 people');
  });
});

describe('axisLabel', () => {
  it('names the unit on the axis', () => {
    expect(axisLabel('%')).toBe('Per cent (%)');
    expect(axisLabel('officers per calendar year')).toBe('Officers per calendar year');
  });
});
