// Command-line arguments of `npm run import`, checked before anything runs.
import { parseArgs } from 'node:util';
import { UsageError } from '../run-cli.ts';

export const USAGE = `Usage: npm run import -- [--replace] [--dry-run] <file or folder>...

Imports data.police.uk stop-and-search CSV files (YYYY-MM-<force>-stop-and-search.csv).
Folders are searched, with their subfolders, for files named *-stop-and-search.csv.

  --replace   swap out a month already loaded from a different file
  --dry-run   check and count everything, then change nothing
  --help      show this message`;

const HELP_HINT = 'See `npm run import -- --help`.';

export interface ImportArgs {
  paths: string[];
  replace: boolean;
  dryRun: boolean;
  help: boolean;
}

export function parseImportArgs(argv: string[]): ImportArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { replace: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    // parseArgs explains at length; the first sentence is the point.
    throw new UsageError(`${(error as Error).message.split('. ')[0]}. ${HELP_HINT}`);
  }
  const { values, positionals } = parsed;
  const args = { paths: positionals, replace: values.replace ?? false, dryRun: values['dry-run'] ?? false, help: values.help ?? false };
  if (!args.help && args.paths.length === 0) throw new UsageError(`Name at least one file or folder to import. ${HELP_HINT}`);
  return args;
}
