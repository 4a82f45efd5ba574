// npm run import -- [--replace] [--dry-run] <files or folders>
// Imports data.police.uk stop-and-search CSV files into the app's database
// (embedded or DATABASE_URL, as every command), one transaction per file.
import pg from 'pg';
import { parseApiArgs, runApiImport } from './import/api.ts';
import { parseImportArgs, USAGE } from './import/args.ts';
import { findPoliceFiles } from './import/find-files.ts';
import { formatFileResult, formatOverall } from './import/format-report.ts';
import { createProgressDisplay } from './import/progress.ts';
import { createRunLog, logFileResult } from './import/run-log.ts';
import { assertMigrated, runImports } from './import/run-imports.ts';
import { withDatabase } from './db/open-database.ts';
import { runCli, UsageError } from './run-cli.ts';

runCli(async () => {
  // --api: data.police.uk's API instead of files (scripts/import/api.ts); its
  // arguments are checked before the database starts.
  if (process.argv.includes('--api')) {
    parseApiArgs(process.argv.slice(2));
    const apiLog = createRunLog('api');
    apiLog.info('import run started');
    await withDatabase((url) => runApiImport(process.argv.slice(2), url)).catch((error: unknown) => {
      apiLog.error({ err: error }, 'import run stopped');
      throw error;
    });
    apiLog.info('import run finished');
    return;
  }
  const args = parseImportArgs(process.argv.slice(2));
  if (args.help) return console.log(USAGE);
  const files = await findPoliceFiles(args.paths);
  const started = Date.now();
  const log = createRunLog('files');
  log.info({ files: files.length, replace: args.replace, dryRun: args.dryRun }, 'import run started');
  const results = await withDatabase(async (url) => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await assertMigrated(pool);
      return await runImports(pool, files, {
        replace: args.replace,
        dryRun: args.dryRun,
        progress: createProgressDisplay(),
        onResult: (result) => {
          logFileResult(log, result);
          console.log(formatFileResult(result));
        },
      });
    } finally {
      await pool.end();
    }
  }).catch((error: unknown) => {
    log.error({ err: error }, 'import run stopped');
    throw error;
  });
  console.log(formatOverall(results, Date.now() - started));
  const failed = results.filter((r) => 'error' in r).length;
  log.info({ files: files.length, failed, durationMs: Date.now() - started }, 'import run finished');
  if (failed) throw new UsageError(`${failed} of ${files.length} files could not be imported (see above); the others are unaffected.`);
});
