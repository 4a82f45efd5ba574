import { describe, expect, it } from 'vitest';
import { readAvailability } from '@/lib/importers/police-api/availability';
import { monthsBetween } from '@/lib/importers/police-api/month-range';

// The shape crimes-street-dates answers with (newest month first).
const ANSWER = [
  { date: '2024-03', 'stop-and-search': ['avon-and-somerset', 'metropolitan'] },
  { date: '2024-02', 'stop-and-search': ['avon-and-somerset'] },
  { date: '2024-01', 'stop-and-search': ['metropolitan', 'city-of-london'] },
];

describe('readAvailability', () => {
  it('lists the months a force has stop-and-search records for', () => {
    const met = readAvailability(ANSWER, 'metropolitan');
    expect([...met.months].sort()).toEqual(['2024-01', '2024-03']);
    expect(met).toMatchObject({ forceKnown: true, earliest: '2024-01', latest: '2024-03' });
  });

  it('says when a force appears nowhere (a mistyped id)', () => {
    expect(readAvailability(ANSWER, 'metropolitian')).toMatchObject({ forceKnown: false, earliest: '2024-01' });
  });

  it('accepts months without a stop-and-search list', () => {
    expect(readAvailability([{ date: '2024-04' }, ...ANSWER], 'metropolitan').latest).toBe('2024-04');
  });

  it('refuses an answer of another shape, saying where', () => {
    expect(() => readAvailability({ error: 'x' }, 'metropolitan')).toThrow(/crimes-street-dates/);
    expect(() => readAvailability([{ date: 'March' }], 'metropolitan')).toThrow(/0\.date/);
  });
});

describe('monthsBetween', () => {
  it('includes both ends and crosses years', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-05', '2024-05')).toEqual(['2024-05']);
    expect(monthsBetween('2024-12', '2024-01')).toEqual([]);
  });
});
