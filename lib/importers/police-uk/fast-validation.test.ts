// validateRow remembers each column's verdict by value and falls back to the
// full row schema for anything refused; validateRowFully always runs the full
// schema. They must agree, result for result, on every real row in
// shared/data and on the kinds of bad value the bad-file corpus holds, in
// any order (a value seen first as part of a good row, then in a bad one).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkHeader, COLUMNS, toRawRow, type Column, type RawRow } from '@/lib/importers/police-uk/columns';
import { validateRow, validateRowFully } from '@/lib/importers/police-uk/schema';

const RAW = path.resolve(import.meta.dirname, '../../../../shared/data/stop-and-search/police-uk-raw');

function realRows(): RawRow[] {
  const rows: RawRow[] = [];
  for (const force of readdirSync(RAW)) {
    for (const file of readdirSync(path.join(RAW, force)).filter((f) => f.endsWith('.csv'))) {
      const [header, ...records] = parse(readFileSync(path.join(RAW, force, file)), { bom: true }) as string[][];
      const check = checkHeader(header!);
      if (!check.ok) throw new Error(`${file}: unexpected header`);
      for (const record of records) rows.push(toRawRow(record, check.indexes));
    }
  }
  return rows;
}

const rows = realRows();

// Bad values of the kinds the corpus and the schema's own tests use, per column.
const BAD: Partial<Record<Column, string[]>> = {
  Type: ['', 'Car search', 'person search ', '\uFFFD'],
  Date: ['2018-01-32T10:00:00+00:00', 'yesterday', '2018-02-30T10:00:00+00:00', '2018-04-01T10:00:00', '2018-04-01 10:00:00+00:00', ''],
  Latitude: ['51.5N', 'north', '91', '', '1e3', 'NaN'],
  Longitude: ['-0.1W', '181', '', 'Infinity'],
  Gender: ['Unknown', 'M', 'caf\uFFFD'],
  'Age range': ['35+', 'over 35'],
  'Self-defined ethnicity': ['Martian', 'caf\uFFFD - White'],
  'Officer-defined ethnicity': ['Mixed/Multiple', 'White British'],
  'Part of a policing operation': ['Yes', '1', 'truee'],
  'Outcome linked to object of search': ['no'],
  'Removal of more than just outer clothing': ['N'],
  'Object of search': ['x'.repeat(1001), ` ${'y'.repeat(1000)} `],
  Legislation: ['\uFFFD'],
};

describe('validateRow (fast path) against validateRowFully (the full schema)', () => {
  it('gives the same result on every real row of both forces', () => {
    expect(rows.length).toBeGreaterThan(150_000); // 168,586 in the 49 files of shared/data
    let disagreements = 0;
    let valid = 0;
    for (const row of rows) {
      const fast = validateRow(row);
      const full = validateRowFully(row);
      if (JSON.stringify(fast) !== JSON.stringify(full)) disagreements++;
      if (full.ok) valid++;
    }
    expect(disagreements).toBe(0);
    expect(valid).toBe(rows.length); // docs/importing.md: no real row is rejected
  }, 120_000);

  it('gives the same issues for every bad value, before and after the good values were seen', () => {
    const sample = rows.filter((_, i) => i % 997 === 0);
    const cases: RawRow[] = [];
    for (const row of sample) {
      for (const [column, values] of Object.entries(BAD) as [Column, string[]][]) {
        for (const value of values) cases.push({ ...row, [column]: value });
      }
      // One coordinate without the other, both ways round.
      cases.push({ ...row, Latitude: '', Longitude: '-0.1' }, { ...row, Latitude: '51.5', Longitude: '' });
      // A row missing a column altogether (a row source that forgot it).
      const { Outcome: _dropped, ...short } = row;
      cases.push(short as RawRow);
    }
    expect(cases.length).toBeGreaterThan(6_000);
    for (const row of cases) expect(validateRow(row)).toEqual(validateRowFully(row));
    // Most of these cases are rejections: the comparison is not only of valid rows.
    expect(cases.filter((row) => !validateRowFully(row).ok).length).toBeGreaterThan(cases.length / 2);
  }, 60_000);

  it('keeps every column', () => {
    const result = validateRow(rows[0]!);
    expect(result.ok && Object.keys(result.row).sort()).toEqual([...COLUMNS].sort());
  });
});
