// Loads synthetic months through the importer: month after month from 2000-01,
// each the real 2018 Met file of the same calendar month re-dated into it
// (September alternates with the 2022-09 file), until enough records are in.
// Same calendar month means the same number of days, so every row keeps its
// day and London wall-clock time; only February gains a day it never uses.
import path from 'node:path';
import { rm } from 'node:fs/promises';
import type { ImportReport } from '@/lib/importers/police-uk/import-file';
import { monthOfFile, realMetFiles, writeSyntheticFile } from './redate.ts';
import { thousands } from './stats.ts';

export const FIRST_YEAR = 2000;

export interface SyntheticLoad {
  months: number;
  rows: number;
  first: string;
  last: string;
  seconds: number;
  rowsPerSecond: number;
}

function sourceFor(files: string[], year: number, month: number): string {
  const mm = String(month).padStart(2, '0');
  const candidates = files.filter((f) => monthOfFile(f).endsWith(`-${mm}`));
  return candidates[year % candidates.length]!;
}

export async function loadSyntheticMonths(
  folder: string,
  records: number,
  importFile: (file: string) => Promise<ImportReport>,
): Promise<SyntheticLoad> {
  const files = await realMetFiles();
  const started = performance.now();
  let rows = 0;
  let months = 0;
  let label = '';
  for (let year = FIRST_YEAR; rows < records; year++) {
    for (let month = 1; month <= 12 && rows < records; month++) {
      label = `${year}-${String(month).padStart(2, '0')}`;
      const file = path.join(folder, `${label}-metropolitan-stop-and-search.csv`);
      await writeSyntheticFile([sourceFor(files, year, month)], file, { year, month, passes: 1 });
      const report = await importFile(file);
      await rm(file);
      if (report.outcome !== 'loaded') throw new Error(`${label}: expected the file to load, got ${report.outcome}`);
      if (report.rowsRejected) throw new Error(`${label}: ${report.rowsRejected} rows rejected: the re-dating is wrong`);
      rows += report.rowsLoaded;
      months++;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`  …${label}: ${thousands(rows)} records, ${thousands(rows / seconds)} rows/s`);
  }
  const seconds = (performance.now() - started) / 1000;
  return { months, rows, first: `${FIRST_YEAR}-01`, last: label, seconds, rowsPerSecond: Math.round(rows / seconds) };
}
