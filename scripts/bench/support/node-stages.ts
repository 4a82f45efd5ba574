// Diagnosis for bench:import: how long the Node side of an import takes on its
// own, with no database: parsing the CSV alone, then parsing, validating,
// enriching and writing the COPY text of every row (what the importer does
// before PostgreSQL sees anything).
import { createBoroughLocator } from '@/lib/geo/assign-borough';
import { loadBoroughBoundaries } from '@/lib/geo/boroughs';
import { recordCopyLine } from '@/lib/importers/police-uk/copy-text';
import { readPoliceCsv } from '@/lib/importers/police-uk/parse';
import { rowOutcome } from '@/lib/importers/police-uk/row-outcome';

export async function parseOnlyMs(file: string): Promise<number> {
  const started = performance.now();
  let rows = 0;
  for await (const _row of readPoliceCsv(file)) rows++;
  if (!rows) throw new Error(`${file} has no rows`);
  return performance.now() - started;
}

export async function parseValidateEnrichMs(file: string, month: string): Promise<number> {
  const locate = createBoroughLocator(loadBoroughBoundaries()); // a fresh cache, as each import has
  const started = performance.now();
  let chars = 0;
  for await (const row of readPoliceCsv(file)) {
    const outcome = rowOutcome(row, month, locate);
    if (outcome.ok) chars += recordCopyLine(outcome.record).length;
  }
  if (!chars) throw new Error(`${file} produced no records`);
  return performance.now() - started;
}
