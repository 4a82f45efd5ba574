// `npm run import -- --api --force <force-id> --from YYYY-MM --to YYYY-MM [--replace]`:
// fetches a force's stop-and-search records from data.police.uk's API, month
// by month, and loads them like the monthly CSV downloads. scripts/import.ts
// hands argv here when it sees --api.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { env } from '../../lib/env.ts';
import { createPoliceApiClient } from '../../lib/importers/police-api/api-client.ts';
import { importFromPoliceApi, type ApiImportRequest } from '../../lib/importers/police-api/import-months.ts';
import { describeSummary } from '../../lib/importers/police-api/summary-text.ts';
import { FORCE_PATTERN, MONTH_PATTERN } from '../../lib/importers/police-uk/file-name.ts';
import { UsageError } from '../run-cli.ts';
import { createProgressDisplay } from './progress.ts';
import { assertMigrated } from './run-imports.ts';

export const API_USAGE = 'npm run import -- --api --force <force-id> --from YYYY-MM [--to YYYY-MM] [--replace]';

const month = (flag: string) =>
  z.string({ error: `${flag} is required (a month as YYYY-MM, e.g. 2024-01)` }).regex(MONTH_PATTERN, `${flag} must be a month as YYYY-MM, e.g. 2024-01`);

export const apiArgsSchema = z
  .object({
    api: z.literal(true, { error: '--api is required' }),
    force: z
      .string({ error: '--force is required (the data.police.uk force id, e.g. metropolitan)' })
      .regex(FORCE_PATTERN, '--force must be a data.police.uk force id in lower case, e.g. metropolitan or city-of-london'),
    from: month('--from'),
    to: month('--to').optional(),
    replace: z.boolean().default(false),
  })
  // One month needs only --from.
  .transform(({ to, ...args }) => ({ ...args, to: to ?? args.from }))
  .refine((args) => args.from <= args.to, '--from must not be after --to');

/** The request in argv, or a UsageError naming the first problem. */
export function parseApiArgs(argv: string[]): ApiImportRequest {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { api: { type: 'boolean' }, force: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, replace: { type: 'boolean' } },
    }));
  } catch (error) {
    // node's messages are one line already, e.g. "Unknown option '--frm'".
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. Usage: ${API_USAGE}`);
  }
  const parsed = apiArgsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(`${parsed.error.issues[0]!.message}. Usage: ${API_USAGE}`);
  return parsed.data;
}

/** Runs the import against the database at `url`; a run that stops early throws a UsageError after its summary. */
export async function runApiImport(argv: string[], url: string): Promise<void> {
  const request = parseApiArgs(argv);
  const client = createPoliceApiClient({ baseUrl: env.POLICE_API_BASE_URL, onRetry: (line) => console.log(`  ${line}`) });
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await assertMigrated(pool);
    const summary = await importFromPoliceApi(pool, request, { client, log: (line) => console.log(line), progress: createProgressDisplay() });
    const [totals, stopped] = describeSummary(summary);
    console.log(totals);
    if (stopped) throw new UsageError(stopped);
  } finally {
    await pool.end();
  }
}
