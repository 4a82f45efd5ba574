// Imports the received files one after another (each in its own transaction,
// with its audit entry), telling the browser how each is going. A file that
// cannot be imported is reported and the rest carry on, as on the command line.
import 'server-only';
import { ImportRefusedError, PoliceFileError } from '@/lib/importers/police-uk/errors';
import { importPoliceFile } from '@/lib/importers/police-uk/import-file';
import type { PoliceDatabase } from '@/lib/importers/police-uk/pg-client';
import type { Logger } from '@/lib/log';
import type { ImportProgress } from '@/lib/importers/police-uk/report';
import type { UploadEvent, WireReport } from '@/lib/uploads/upload-events';
import type { StoredUpload } from '@/lib/uploads/store-file';

export interface ImportUploadsOptions {
  actorId: string;
  replace: boolean;
  emit: (event: UploadEvent) => void;
  /** The upload request's logger (its lines carry the request id). */
  log: Logger;
}

function progressReporter(file: string, emit: ImportUploadsOptions['emit']) {
  const started = Date.now();
  return (progress: ImportProgress) => {
    const seconds = (Date.now() - started) / 1000;
    const rowsPerSecond = seconds > 0 ? Math.round(progress.rowsRead / seconds) : 0;
    emit({ type: 'progress', file, phase: progress.phase, rows: progress.rowsRead, totalRowsEstimate: progress.totalRowsEstimate, rowsPerSecond });
  };
}

function failureEvent(file: string, error: unknown, log: Logger): UploadEvent {
  if (error instanceof ImportRefusedError) {
    log.info({ file }, 'Upload refused: the month is already loaded from another file');
    return { type: 'refused', file, message: error.message, loadedFrom: error.existing.fileName, loadedAt: error.existing.loadedAt.toISOString() };
  }
  if (error instanceof PoliceFileError) {
    log.info({ file, code: error.code, line: error.line, field: error.field }, 'Upload rejected as a whole');
    return { type: 'failed', file, code: error.code, message: error.message, line: error.line, field: error.field };
  }
  // Anything else is our fault: the details stay in the server log.
  log.error({ err: error, file }, 'Importing an upload failed');
  return { type: 'failed', file, code: 'unexpected', message: `${file}: something went wrong on our side. Nothing was saved from this file; please try again.`, line: null, field: null };
}

/** Returns how many files loaded (so the caller knows whether public pages changed). */
export async function importUploads(db: PoliceDatabase, files: StoredUpload[], options: ImportUploadsOptions): Promise<number> {
  let loaded = 0;
  for (const file of files) {
    try {
      const report = await importPoliceFile(db, file.path, {
        fileName: file.name,
        replace: options.replace,
        importedById: options.actorId,
        audit: { actorId: options.actorId, via: 'editor' },
        onProgress: progressReporter(file.name, options.emit),
      });
      if (report.outcome === 'loaded') loaded += 1;
      options.log.info({ file: file.name, outcome: report.outcome, force: report.force, month: report.month, rowsLoaded: report.rowsLoaded, rowsRejected: report.rowsRejected }, 'Upload imported');
      options.emit({ type: 'report', file: file.name, report: JSON.parse(JSON.stringify(report)) as WireReport });
    } catch (error) {
      options.emit(failureEvent(file.name, error, options.log));
    }
  }
  options.emit({ type: 'done', loaded });
  return loaded;
}
