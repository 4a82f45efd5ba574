// Imports one data.police.uk stop-and-search CSV file: works out which force
// and month it is, fingerprints it, and streams its rows into importPoliceRows.
import path from 'node:path';
import { PoliceFileError } from '@/lib/importers/police-uk/errors';
import { digestFile } from '@/lib/importers/police-uk/file-digest';
import { identityFromFileName } from '@/lib/importers/police-uk/file-name';
import { importPoliceRows } from '@/lib/importers/police-uk/import-rows';
import { readPoliceCsv } from '@/lib/importers/police-uk/parse';
import type { PoliceDatabase } from '@/lib/importers/police-uk/pg-client';
import type { ImportOptions, ImportReport } from '@/lib/importers/police-uk/report';

// The public entry points live together here: the row-source core (for the
// data.police.uk API and uploads) and this file wrapper.
export { importPoliceRows, type PoliceRowSource } from '@/lib/importers/police-uk/import-rows';
export type { ImportOptions, ImportReport, LoadReport, UnchangedReport } from '@/lib/importers/police-uk/report';

export interface ImportFileOptions extends ImportOptions {
  /** Name to show and store (an upload's original name); defaults to the file's base name. */
  fileName?: string;
  /** Force and month when the name does not follow YYYY-MM-<force>-stop-and-search.csv. */
  force?: string;
  month?: string;
}

export async function importPoliceFile(db: PoliceDatabase, filePath: string, options: ImportFileOptions = {}): Promise<ImportReport> {
  const fileName = options.fileName ?? path.basename(filePath);
  const fromName = identityFromFileName(fileName);
  const force = options.force ?? fromName?.force;
  const month = options.month ?? fromName?.month;
  if (!force || !month) {
    throw new PoliceFileError('bad-identity', fileName, 'the name must look like YYYY-MM-<force>-stop-and-search.csv (as data.police.uk names it), or force and month must be given');
  }
  const digest = await digestFile(filePath);
  // Line breaks minus the header, plus a last line without a break.
  const totalRowsEstimate = Math.max(0, digest.lineBreaks - 1 + (digest.endsWithNewline || digest.bytes === 0 ? 0 : 1));
  return importPoliceRows(
    db,
    { fileName, force, month, sha256: digest.sha256, totalRowsEstimate, rows: readPoliceCsv(filePath, { fileName }) },
    options,
  );
}
