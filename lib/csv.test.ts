import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from './csv';

interface Row {
  name: string;
  count: number | null;
  date: Date | null;
}

const columns: CsvColumn<Row>[] = [
  { header: 'name', value: (r) => r.name },
  { header: 'count', value: (r) => r.count },
  { header: 'date', value: (r) => r.date },
];

function readBack(csv: string) {
  return parse(csv, { bom: true, comment: '#', columns: true, relax_column_count: false }) as Record<string, string>[];
}

describe('toCsv', () => {
  it('round-trips through a CSV parser with ISO dates and empty cells for missing values', () => {
    const csv = toCsv(columns, [
      { name: 'Lambeth, south London', count: 12, date: new Date('2025-02-27T00:00:00Z') },
      { name: 'Says "hello"\nand more', count: null, date: null },
    ]);
    expect(readBack(csv)).toEqual([
      { name: 'Lambeth, south London', count: '12', date: '2025-02-27' },
      { name: 'Says "hello"\nand more', count: '', date: '' },
    ]);
  });

  it('starts with a UTF-8 byte order mark so spreadsheet programs read accents correctly', () => {
    const csv = toCsv(columns, [{ name: 'Café', count: 1, date: null }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(readBack(csv)[0]?.name).toBe('Café');
  });

  it.each(['=SUM(A1:A2)', '+44 20', '-1+2', '@cmd', '\tTAB', '\rCR'])(
    'defuses a cell that a spreadsheet would run as a formula: %j',
    (value) => {
      const [row] = readBack(toCsv(columns, [{ name: value, count: 1, date: null }]));
      expect(row?.name?.startsWith("'")).toBe(true);
      expect(row?.name?.slice(1)).toBe(value);
    },
  );

  it('keeps negative numbers as numbers', () => {
    const [row] = readBack(toCsv(columns, [{ name: 'x', count: -3, date: null }]));
    expect(row?.count).toBe('-3');
  });

  it('puts source, filters and licence in comment lines that a parser can skip or read', () => {
    const csv = toCsv(columns, [{ name: 'x', count: 1, date: null }], {
      title: 'Commitments, filtered',
      sources: ['Metropolitan Police Service, Stop and Search Charter, https://example.org/charter'],
      filters: ['status: delivered', 'theme: stop-and-search'],
    });
    const text = csv.split('\r\n').filter((line) => line.replace('\uFEFF', '').startsWith('#')).join('\n');
    expect(text).toContain('# Source: Metropolitan Police Service, Stop and Search Charter, https://example.org/charter');
    expect(text).toContain('# Filters: status: delivered; theme: stop-and-search');
    expect(text).toContain('Open Government Licence');
    expect(readBack(csv)).toHaveLength(1);
  });
});
