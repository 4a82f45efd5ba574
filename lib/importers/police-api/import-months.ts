// Imports a force's stop-and-search records month by month from the API,
// through the same importer as the CSV downloads, so both give the same
// records.
//
// Resuming: a month with a loaded batch for the force (whether it came from
// a CSV file or from the API) is skipped without being fetched, unless
// `replace` is set. Each month is loaded in its own transaction, so a run
// that stops (API down, Ctrl-C) keeps the months it finished and the next
// run of the same command carries on with the first month still missing.
// Fetching a loaded month again to compare its sha256 would cost a
// multi-megabyte download per month for nothing; the importer's own sha256
// check still recognises a month fetched twice when it is fetched anyway.
import { PoliceApiError, UnexpectedAnswerError, type PoliceApiClient } from '@/lib/importers/police-api/api-client';
import { fetchAvailability, type Availability } from '@/lib/importers/police-api/availability';
import { monthsBetween } from '@/lib/importers/police-api/month-range';
import { responseSha256 } from '@/lib/importers/police-api/response-digest';
import { describeMonth } from '@/lib/importers/police-api/summary-text';
import { toParsedRows } from '@/lib/importers/police-api/to-parsed-rows';
import { findLoadedBatches } from '@/lib/importers/police-uk/batches';
import { ImportRefusedError, PoliceFileError } from '@/lib/importers/police-uk/errors';
import { importPoliceRows } from '@/lib/importers/police-uk/import-file';
import type { ParsedRow } from '@/lib/importers/police-uk/parse';
import { withClient, type PoliceDatabase } from '@/lib/importers/police-uk/pg-client';
import type { ImportOptions, ImportReport } from '@/lib/importers/police-uk/report';

export interface ApiImportRequest {
  force: string;
  /** YYYY-MM, both ends included */
  from: string;
  to: string;
  /** Fetch every month again and swap out what is loaded. */
  replace?: boolean;
}

export type MonthResult =
  | { month: string; outcome: 'imported'; report: ImportReport }
  | { month: string; outcome: 'already-loaded'; fileName: string }
  | { month: string; outcome: 'not-published' }
  | { month: string; outcome: 'no-stops' };

export interface ApiImportSummary {
  force: string;
  from: string;
  to: string;
  months: MonthResult[];
  /**
   * Set when the run stopped before the end of the range. `resumable`: the
   * cause may pass (API down, a month the importer refused) and the next run
   * resumes at `month`; false when running again cannot help.
   */
  stopped: { month: string; reason: string; resumable: boolean } | null;
}

/** A progress display for one month's load (the CLI's progress bar fits). */
export interface MonthProgress {
  start: (label: string) => void;
  update: NonNullable<ImportOptions['onProgress']>;
  stop: () => void;
}

export interface ApiImportContext {
  client: PoliceApiClient;
  /** One line per step, for the terminal. */
  log?: (line: string) => void;
  progress?: MonthProgress;
}

/** The file name an API month is recorded under in import_batches. */
export const apiFileName = (force: string, month: string) => `api:${force}:${month}`;

async function loadedFileNames(db: PoliceDatabase, force: string, months: string[]): Promise<Map<string, string>> {
  return withClient(db, async (client) => {
    const loaded = new Map<string, string>();
    for (const month of months) {
      const [batch] = await findLoadedBatches(client, force, month);
      if (batch) loaded.set(month, batch.fileName);
    }
    return loaded;
  });
}

async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** An expected failure, as one line; anything else is a bug and is thrown. */
function expectedFailure(error: unknown): string | null {
  const expected = [PoliceApiError, UnexpectedAnswerError, PoliceFileError, ImportRefusedError];
  if (expected.some((type) => error instanceof type)) return (error as Error).message;
  return null;
}

async function importMonth(db: PoliceDatabase, request: ApiImportRequest, month: string, context: ApiImportContext): Promise<MonthResult> {
  const body = await context.client.getJson('stops-force', { force: request.force, date: month });
  if (!Array.isArray(body)) throw new UnexpectedAnswerError(`stops-force for ${month} did not answer with a list of stops`);
  if (body.length === 0) return { month, outcome: 'no-stops' };
  const rows: AsyncIterable<ParsedRow> = asAsync(toParsedRows(body));
  const fileName = apiFileName(request.force, month);
  context.progress?.start(fileName);
  try {
    const report = await importPoliceRows(
      db,
      { fileName, force: request.force, month, sha256: responseSha256(body), rows, totalRowsEstimate: body.length },
      // Only the command line runs API imports, so the audit entry names no person.
      { replace: request.replace ?? false, onProgress: context.progress?.update, audit: { actorId: null, via: 'command line' } },
    );
    return { month, outcome: 'imported', report };
  } finally {
    context.progress?.stop();
  }
}

export async function importFromPoliceApi(db: PoliceDatabase, request: ApiImportRequest, context: ApiImportContext): Promise<ApiImportSummary> {
  const log = context.log ?? (() => {});
  const months = monthsBetween(request.from, request.to);
  const summary: ApiImportSummary = { force: request.force, from: request.from, to: request.to, months: [], stopped: null };
  const loaded = request.replace ? new Map<string, string>() : await loadedFileNames(db, request.force, months);
  const step = (month: string) => `[${months.indexOf(month) + 1}/${months.length}] ${request.force} ${month}`;

  let availability: Availability | null = null;
  for (const month of months) {
    const fileName = loaded.get(month);
    if (fileName !== undefined) {
      summary.months.push({ month, outcome: 'already-loaded', fileName });
      log(`${step(month)}: already loaded (from ${fileName}), skipped`);
      continue;
    }
    try {
      // Asked once, and only when some month is missing: a finished range costs no request.
      availability ??= await fetchAvailability(context.client, request.force);
      if (!availability.forceKnown) {
        const held = availability.earliest ? ` in ${availability.earliest}…${availability.latest}` : '';
        const reason = `data.police.uk has no stop-and-search records for a force "${request.force}"${held}; force ids look like metropolitan or city-of-london`;
        summary.stopped = { month, reason, resumable: false };
        break;
      }
      if (!availability.months.has(month)) {
        summary.months.push({ month, outcome: 'not-published' });
        log(`${step(month)}: not published by data.police.uk (it holds ${availability.earliest}…${availability.latest}), skipped`);
        continue;
      }
      log(`${step(month)}: fetching…`);
      const result = await importMonth(db, request, month, context);
      summary.months.push(result);
      log(`${step(month)}: ${describeMonth(result)}`);
    } catch (error) {
      const reason = expectedFailure(error);
      if (reason === null) throw error;
      summary.stopped = { month, reason, resumable: true };
      break;
    }
  }
  return summary;
}
