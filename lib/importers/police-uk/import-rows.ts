// The core of a stop-and-search import, shared by every row source (a CSV
// file today, the data.police.uk API or a browser upload later). One force's
// month is loaded in ONE transaction together with its batch row, its
// rejected rows and its rollup: it is there whole or not at all.
import { randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import { recordAuditSql } from '@/lib/audit/record-audit-sql';
import { createBoroughLocator } from '@/lib/geo/assign-borough';
import { loadBoroughBoundaries } from '@/lib/geo/boroughs';
import { findLoadedBatches, insertLoadedBatch, lockForceMonth, retireBatches, type LoadedBatch } from '@/lib/importers/police-uk/batches';
import { recordCopyLine, rejectionCopyLine } from '@/lib/importers/police-uk/copy-text';
import type { Locate } from '@/lib/importers/police-uk/enrich';
import { ImportRefusedError, PoliceFileError } from '@/lib/importers/police-uk/errors';
import type { ParsedRow } from '@/lib/importers/police-uk/parse';
import { withClient, type PoliceDatabase } from '@/lib/importers/police-uk/pg-client';
import type { ImportOptions, ImportReport, LoadReport, UnchangedReport } from '@/lib/importers/police-uk/report';
import { rowOutcome } from '@/lib/importers/police-uk/row-outcome';
import { checkOptions, checkSource, type CheckedOptions, type CheckedSource, type PoliceRowSource } from '@/lib/importers/police-uk/row-source';
import { RowTally } from '@/lib/importers/police-uk/row-tally';
import { copyIntoStaging, createStaging, moveStagedRows, summariseStaging } from '@/lib/importers/police-uk/staging';
import { refreshStopSearchRollup } from '@/lib/stop-search/rollup';

export type { PoliceRowSource } from '@/lib/importers/police-uk/row-source';

const COPY_CHUNK_CHARS = 256 * 1024;

// A Met month staged is about 5 MB: with PostgreSQL's default 4 MB the sort
// before the insert, the duplicate count and the rollup's GROUP BY all spill
// to disk (EXPLAIN ANALYZE: "external merge"). Raised for this transaction
// only; a larger file still spills rather than fail.
const IMPORT_WORK_MEM = '64MB';

/** COPY text for every row, in chunks; rejected rows go to the same staging table. */
async function* stagingText(rows: AsyncIterable<ParsedRow>, month: string, locate: Locate, tally: RowTally): AsyncGenerator<string> {
  let chunk = '';
  for await (const row of rows) {
    const outcome = rowOutcome(row, month, locate);
    if (outcome.ok) {
      chunk += recordCopyLine(outcome.record);
      tally.loaded();
    } else {
      for (const rejection of outcome.rejections) chunk += rejectionCopyLine(rejection);
      tally.rejected(outcome.rejections);
    }
    if (chunk.length >= COPY_CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

function nothingToLoad(source: CheckedSource, tally: RowTally): PoliceFileError {
  const first = tally.rejections[0];
  if (!first) return new PoliceFileError('no-data-rows', source.fileName, 'there are no data rows to import');
  return new PoliceFileError(
    'no-valid-rows',
    source.fileName,
    `every one of the ${tally.rowsRead} rows was rejected, so nothing was imported; the first problem: "${first.value ?? ''}" ${first.reason}`,
    first.line,
    first.field,
  );
}

function unchanged(source: CheckedSource, batch: LoadedBatch, started: number): UnchangedReport {
  const { fileName, force, month, sha256 } = source;
  return {
    outcome: 'unchanged',
    fileName,
    force,
    month,
    sha256,
    batchId: batch.id,
    loadedFrom: batch.fileName,
    loadedAt: batch.loadedAt,
    rowsLoaded: batch.rowsLoaded,
    rowsRejected: batch.rowsRejected,
    allRowsRepeated: batch.allRowsRepeated,
    durationMs: Date.now() - started,
  };
}

/** Reads every row into the staging table and describes what would load; writes nothing else. */
async function stage(client: ClientBase, source: CheckedSource, options: CheckedOptions, tally: RowTally, replaced: LoadedBatch | undefined): Promise<LoadReport> {
  await createStaging(client);
  await copyIntoStaging(client, stagingText(source.rows, source.month, createBoroughLocator(loadBoroughBoundaries()), tally));
  tally.report('saving');
  const summary = await summariseStaging(client);
  if (summary.rowsLoaded === 0) throw nothingToLoad(source, tally);
  const { fileName, force, month, sha256 } = source;
  return {
    outcome: options.dryRun ? 'dry-run' : 'loaded',
    fileName,
    force,
    month,
    sha256,
    batchId: randomUUID(),
    replacedBatchId: replaced?.id ?? null,
    rowsTotal: tally.rowsRead,
    rowsLoaded: summary.rowsLoaded,
    rowsRejected: tally.rowsRejected,
    rejections: tally.rejections,
    rejectionsNotListed: tally.rejectionsNotListed,
    duplicateRows: summary.duplicateRows,
    allRowsRepeated: summary.allRowsRepeated,
    locations: summary.locations,
    durationMs: 0,
  };
}

/** Swaps the staged month in: retire what it replaces, record the batch, move the rows, refresh the rollup. */
async function write(client: ClientBase, report: LoadReport, replaced: LoadedBatch[], importedById: string | null, started: Date) {
  await retireBatches(client, replaced.map((batch) => batch.id));
  await insertLoadedBatch(client, {
    id: report.batchId,
    fileName: report.fileName,
    force: report.force,
    month: report.month,
    sha256: report.sha256,
    rowsTotal: report.rowsTotal,
    rowsLoaded: report.rowsLoaded,
    rowsRejected: report.rowsRejected,
    allRowsRepeated: report.allRowsRepeated,
    replacesId: report.replacedBatchId,
    importedById,
    startedAt: started,
  });
  await moveStagedRows(client, report.batchId, report.force);
  await refreshStopSearchRollup(client, report.force, report.month);
}

/** The audit entry for a load: the batch it replaced (if any) before, the new batch after. */
async function auditLoad(client: ClientBase, report: LoadReport, replaced: LoadedBatch[], audit: NonNullable<ImportOptions['audit']>) {
  const before = replaced[0] ? { batchId: replaced[0].id, fileName: replaced[0].fileName, sha256: replaced[0].sha256, status: 'loaded' } : null;
  const { batchId, fileName, force, month, sha256, rowsTotal, rowsLoaded, rowsRejected, duplicateRows, allRowsRepeated, replacedBatchId } = report;
  const after = { batchId, fileName, force, month, sha256, status: 'loaded', rowsTotal, rowsLoaded, rowsRejected, duplicateRows, allRowsRepeated, replacedBatchId };
  await recordAuditSql(client, audit.actorId, { action: 'import', entityType: 'import', entityId: batchId, before, after }, audit.via);
}

async function load(client: ClientBase, source: CheckedSource, options: CheckedOptions & Pick<ImportOptions, 'audit'>, tally: RowTally, started: Date): Promise<ImportReport> {
  const { fileName, force, month, sha256 } = source;
  await lockForceMonth(client, force, month);
  const loaded = await findLoadedBatches(client, force, month);
  const same = loaded.find((batch) => batch.sha256 === sha256);
  if (same) return unchanged(source, same, started.getTime());
  if (loaded.length && !options.replace) throw new ImportRefusedError(fileName, loaded[0]!, force, month);
  const report = await stage(client, source, options, tally, loaded[0]);
  // A dry run stops before writing: even a rolled-back insert moves the
  // tables' id sequences, and "changes nothing" should mean nothing.
  if (!options.dryRun) {
    await write(client, report, loaded, options.importedById, started);
    if (options.audit) await auditLoad(client, report, loaded, options.audit);
  }
  return { ...report, durationMs: Date.now() - started.getTime() };
}

/**
 * Imports one force's month from any source of parsed rows. Valid rows load;
 * each invalid row is stored in rejected_rows and listed in the report. The
 * same file again changes nothing; a different file for a loaded month is
 * refused unless `replace` is set. Throws PoliceFileError or
 * ImportRefusedError, having changed nothing, when the month cannot be loaded.
 */
export async function importPoliceRows(db: PoliceDatabase, source: PoliceRowSource, options: ImportOptions = {}): Promise<ImportReport> {
  const started = new Date();
  const checked = checkSource(source);
  const settings = checkOptions(options);
  const tally = new RowTally(checked.totalRowsEstimate ?? null, options.onProgress);
  const report = await withClient(db, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL work_mem = '${IMPORT_WORK_MEM}'`);
      const result = await load(client, checked, { ...settings, audit: options.audit }, tally, started);
      await client.query(result.outcome === 'loaded' ? 'COMMIT' : 'ROLLBACK');
      // The batch table stays below autovacuum's 50-row threshold for years, so it would never get
      // statistics, and the record export's planner then misjudges its joins (docs/performance.md,
      // Record export). A few dozen rows: cheap, and not worth failing a committed import over.
      if (result.outcome === 'loaded') await client.query('ANALYZE import_batches').catch(() => undefined);
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
  tally.report('done');
  return report;
}
