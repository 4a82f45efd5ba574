import { describe, expect, it } from 'vitest';
import { tickLayout, wrappedLineCount } from './tick-layout';

describe('wrappedLineCount', () => {
  it('keeps a short label on one line', () => {
    expect(wrappedLineCount('2018', 60)).toBe(1);
  });
  it('wraps words that do not fit the width', () => {
    // 60px holds 8 characters: "year to" | "Dec 2024"
    expect(wrappedLineCount('year to Dec 2024', 60)).toBe(2);
  });
  it('counts a word longer than the line as several lines', () => {
    expect(wrappedLineCount('abcdefghijklmnopq', 34)).toBe(4); // 5 characters a line
  });
});

describe('tickLayout', () => {
  it('gives narrow screens a taller axis than wide ones', () => {
    const labels = ['2014', '2018', '2020 (as cited at MAP launch)', 'as reported in Casey Review (Mar 2023)'];
    const phone = tickLayout(labels, 260);
    const desktop = tickLayout(labels, 900);
    expect(phone.labelWidth).toBeCloseTo(57, 0);
    expect(phone.axisHeight).toBeGreaterThan(desktop.axisHeight);
    expect(desktop.axisHeight).toBe(16 + 2 * 15);
  });
});
