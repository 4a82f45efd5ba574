import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { datasetCsv } from '@/lib/open-data/dataset-csv';
import { DATASETS } from '@/lib/open-data/datasets';

const findings = DATASETS.find((d) => d.id === 'findings')!;

describe('datasetCsv', () => {
  it('round-trips through a file and csv-parse: header first, empty for null, quotes, line breaks, accents, formulas defused', async () => {
    const rows = [
      { id: 'f1', source_id: 's', statement: 'Line one\r\nline "two", with a comma', figure: -12.5, unit: null, population: 'Élodie’s team', url: 'https://example.org/a', note: null },
      ...['=1+1', '+44', '-x', '@SUM(A1)', '\tTab', '\rCR'].map((text, i) => ({ id: `g${i}`, source_id: 's', statement: text, figure: null, unit: null, population: null, url: 'u', note: null })),
    ];
    const folder = await mkdtemp(path.join(tmpdir(), 'dataset-csv-'));
    const file = path.join(folder, 'findings.csv');
    try {
      await writeFile(file, datasetCsv(findings, rows), 'utf8');
      const bytes = await readFile(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = parse(bytes, { bom: true }) as string[][];
      expect(parsed[0]).toEqual(findings.fields.map((f) => f.name));
      expect(parsed[1]).toEqual(['f1', 's', 'Line one\r\nline "two", with a comma', '-12.5', '', 'Élodie’s team', 'https://example.org/a', '']);
      expect(parsed.slice(2).map((r) => r[2])).toEqual(["'=1+1", "'+44", "'-x", "'@SUM(A1)", "'\tTab", "'\rCR"]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
