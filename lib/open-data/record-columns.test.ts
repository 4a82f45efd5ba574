// The record export skips formula defusing for columns whose values come from
// a closed list checked at import. These tests are the proof that the skip can
// never let a formula through: every value the importer's own validation lets
// into such a column is left untouched by csv-stringify's escape_formulas (the
// defusing every other CSV here gets), and cannot start with = + - @ tab or
// carriage return. Free-text columns must keep the defusing.
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFICER_DEFINED_LABELS } from '@/lib/importers/police-uk/ethnicity';
import { FORCE_PATTERN } from '@/lib/importers/police-uk/file-name';
import { AGE_RANGES, GENDERS, policeFieldSchemas, SEARCH_TYPES } from '@/lib/importers/police-uk/schema';
import { columnSql, RECORD_COLUMNS } from '@/lib/open-data/record-columns';

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/** True when csv-stringify, with the defusing lib/csv.ts uses, would change nothing in this cell. */
function safeAsIs(value: string): boolean {
  return stringify([[value]], { escape_formulas: true, quoted: true }) === stringify([[value]], { quoted: true });
}

/** The importer's check for each closed column, giving the value it would store, or undefined when refused. */
const importerCheck: Record<string, (raw: string) => string | null | undefined> = {
  Type: (raw) => policeFieldSchemas.Type.safeParse(raw).data,
  Gender: (raw) => policeFieldSchemas.Gender.safeParse(raw).data,
  'Age range': (raw) => policeFieldSchemas['Age range'].safeParse(raw).data,
  'Officer-defined ethnicity': (raw) => policeFieldSchemas['Officer-defined ethnicity'].safeParse(raw).data,
  // The force is the row source's id, checked against this pattern before anything is stored.
  force: (raw) => (FORCE_PATTERN.test(raw) ? raw : undefined),
};

const allowed: Record<string, readonly string[]> = {
  Type: SEARCH_TYPES,
  Gender: GENDERS,
  'Age range': AGE_RANGES,
  'Officer-defined ethnicity': OFFICER_DEFINED_LABELS,
  force: ['metropolitan', 'city-of-london', 'btp', '2nd-force'],
};

const closedColumns = RECORD_COLUMNS.filter((c) => c.closed);

describe('closed-list columns of the record export', () => {
  it('are exactly the columns checked against a closed list at import', () => {
    expect(closedColumns.map((c) => c.name).sort()).toEqual(Object.keys(importerCheck).sort());
  });

  it('keep the defusing on every free-text column', () => {
    const defused = RECORD_COLUMNS.filter((c) => columnSql(c, 'csv') !== c.sql).map((c) => c.name);
    expect(defused.sort()).toEqual(
      ['Legislation', 'Object of search', 'Outcome', 'Policing operation', 'Self-defined ethnicity', 'source_file'].sort(),
    );
    for (const column of closedColumns) expect(columnSql(column, 'csv'), column.name).toBe(column.sql);
  });

  it.each(Object.keys(allowed))('%s: every allowed value, in any case and padding, is stored as something no spreadsheet reads as a formula', (name) => {
    for (const value of allowed[name]!) {
      const spellings = name === 'force' ? [value] : [value, value.toUpperCase(), value.toLowerCase(), ` ${value}\t`, `\t${value}\r`];
      for (const raw of spellings) {
        const stored = importerCheck[name]!(raw);
        expect(typeof stored, `${name} ${JSON.stringify(raw)}`).toBe('string');
        expect(FORMULA_STARTS.includes(stored![0]!), `${name} ${JSON.stringify(stored)}`).toBe(false);
        expect(safeAsIs(stored!), `${name} ${JSON.stringify(stored)}`).toBe(true);
      }
    }
  });

  it.each(Object.keys(allowed))('%s: refuses or neutralises every value that starts like a formula', (name) => {
    const attempts = [...FORMULA_STARTS, '=HYPERLINK("http://evil")', '+cmd|/C calc!A0', '@SUM(1)'].flatMap((start) => [
      start,
      ...allowed[name]!.map((value) => `${start}${value}`),
    ]);
    for (const raw of attempts) {
      const stored = importerCheck[name]!(raw);
      if (typeof stored === 'string') expect(safeAsIs(stored), `${name} let ${JSON.stringify(raw)} through as ${JSON.stringify(stored)}`).toBe(true);
    }
  });

  it.each(Object.keys(allowed))('%s: any text the import accepts is safe as is (property over random text)', (name) => {
    const pieces = fc.constantFrom(...FORMULA_STARTS, ' ', 'a', 'Z', '0', '-', ...allowed[name]!);
    const text = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 4 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (raw) => {
        const stored = importerCheck[name]!(raw);
        return typeof stored !== 'string' || safeAsIs(stored);
      }),
      { numRuns: 2000 },
    );
  });
});
