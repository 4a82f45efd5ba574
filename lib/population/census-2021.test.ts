import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CENSUS_2021_LONDON_CSV, parseLondonCensus, sumBoroughs } from '@/lib/population/census-2021';

const text = readFileSync(CENSUS_2021_LONDON_CSV, 'utf8');

describe('the Census 2021 seed file', () => {
  it('lists the 33 boroughs once each, and London is their sum', () => {
    const rows = parseLondonCensus(text);
    expect(rows).toHaveLength(33);
    const london = sumBoroughs(rows);
    expect(Object.values(london).reduce((a, b) => a + b, 0)).toBe(8_799_736);
    expect(london.Black).toBe(rows.reduce((n, r) => n + r.Black, 0));
  });

  it('refuses a file with a borough missing or a count that is not a whole number', () => {
    const lines = text.trim().split('\n');
    expect(() => parseLondonCensus(lines.slice(0, -1).join('\n'))).toThrow(/must list each of E09000001–E09000033 once/);
    expect(() => parseLondonCensus([lines[0], lines[1]!.replace(/,(\d+)$/, ',12.5'), ...lines.slice(2)].join('\n'))).toThrow(/Census file row 2/);
  });
});
