// npm run import -- [--replace] [--dry-run] <files or folders>
// Imports data.police.uk stop-and-search CSV files into the app's database
// (embedded or DATABASE_URL, as every command), one transaction per file.
import pg from 'pg';
import { parseApiArgs, runApiImport } from './import/api.ts';
import { parseImportArgs, USAGE } from './import/args.ts';
import { findPoliceFiles } from './import/find-files.ts';
import { formatFileResult, formatOverall } from './import/format-report.ts';
import { createProgressDisplay } from './import/progress.ts';
import { assertMigrated, runImports } from './import/run-imports.ts';
import { withDatabase } from './db/open-database.ts';
import { runCli, UsageError } from './run-cli.ts';

runCli(async () => {
  // --api: data.police.uk's API instead of files (scripts/import/api.ts); its
  // arguments are checked before the database starts.
  if (process.argv.includes('--api')) {
    parseApiArgs(process.argv.slice(2));
    return withDatabase((url) => runApiImport(process.argv.slice(2), url));
  }
  const args = parseImportArgs(process.argv.slice(2));
  if (args.help) return console.log(USAGE);
  const files = await findPoliceFiles(args.paths);
  const started = Date.now();
  const results = await withDatabase(async (url) => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await assertMigrated(pool);
      return await runImports(pool, files, {
        replace: args.replace,
        dryRun: args.dryRun,
        progress: createProgressDisplay(),
        onResult: (result) => console.log(formatFileResult(result)),
      });
    } finally {
      await pool.end();
    }
  });
  console.log(formatOverall(results, Date.now() - started));
  const failed = results.filter((r) => 'error' in r).length;
  if (failed) throw new UsageError(`${failed} of ${files.length} files could not be imported (see above); the others are unaffected.`);
});
