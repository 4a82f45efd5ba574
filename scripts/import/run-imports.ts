// Imports files one after another, each in its own transaction: a file that
// cannot be imported is reported and the rest carry on.
import type pg from 'pg';
import { ImportRefusedError, PoliceFileError } from '../../lib/importers/police-uk/errors.ts';
import { importPoliceFile } from '../../lib/importers/police-uk/import-file.ts';
import { UsageError } from '../run-cli.ts';
import type { FileResult } from './format-report.ts';
import type { ProgressDisplay } from './progress.ts';

// PostgreSQL's code for "relation does not exist".
const UNDEFINED_TABLE = '42P01';

export interface RunOptions {
  replace: boolean;
  dryRun: boolean;
  progress: ProgressDisplay;
  /** Called with each file's result as soon as it is known. */
  onResult: (result: FileResult) => void;
}

export async function assertMigrated(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ ok: boolean }>(`SELECT to_regclass('import_batches') IS NOT NULL AS ok`);
  if (!rows[0]?.ok) throw new UsageError('The database has no tables yet: run `npm run db:migrate` first.');
}

export async function runImports(pool: pg.Pool, files: string[], options: RunOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    let result: FileResult;
    try {
      options.progress.start(file.split('/').at(-1)!);
      const report = await importPoliceFile(pool, file, {
        replace: options.replace,
        dryRun: options.dryRun,
        onProgress: options.progress.update,
        audit: { actorId: null, via: 'command line' },
      });
      result = { file, report };
    } catch (error) {
      if (error instanceof PoliceFileError || error instanceof ImportRefusedError) result = { file, error: error.message };
      else if ((error as { code?: unknown }).code === UNDEFINED_TABLE) {
        throw new UsageError(`The database is missing tables (${(error as Error).message}): run \`npm run db:migrate\` first.`);
      } else throw error;
    } finally {
      options.progress.stop();
    }
    results.push(result);
    options.onResult(result);
  }
  return results;
}
