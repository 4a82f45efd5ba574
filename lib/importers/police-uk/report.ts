// What an import returns: the CLI prints it, the editor's upload page shows it.
import type { AuditVia } from '@/lib/audit/record-audit';
import type { LocationStatus } from '@/lib/importers/police-uk/enrich';
import type { RowRejection } from '@/lib/importers/police-uk/row-outcome';

/** How many rejections a report lists; every one of them is stored in rejected_rows. */
export const MAX_REPORTED_REJECTIONS = 100;

interface ReportBase {
  fileName: string;
  force: string;
  /** YYYY-MM */
  month: string;
  sha256: string;
  durationMs: number;
}

/** The file was read and loaded (or, for a dry run, would have been). */
export interface LoadReport extends ReportBase {
  outcome: 'loaded' | 'dry-run';
  /** The new batch. A dry run writes nothing: its id is the one the batch would have had, and is not stored. */
  batchId: string;
  /** The batch this file took (or, in a dry run, would take) over from, or null. */
  replacedBatchId: string | null;
  rowsTotal: number;
  rowsLoaded: number;
  /** Rows with at least one problem; each problem is one entry in `rejections`. */
  rowsRejected: number;
  /** Problems found, first MAX_REPORTED_REJECTIONS, in file order. */
  rejections: RowRejection[];
  /** Problems stored in rejected_rows but not listed here. */
  rejectionsNotListed: number;
  /** Loaded rows identical to an earlier row of the file (kept: they may be separate searches). */
  duplicateRows: number;
  /** Every row appears at least twice: the file looks doubled (e.g. City of London 2020-07). */
  allRowsRepeated: boolean;
  locations: Record<LocationStatus, number>;
}

/** The same file was already loaded for this force and month: nothing was changed. */
export interface UnchangedReport extends ReportBase {
  outcome: 'unchanged';
  batchId: string;
  loadedFrom: string;
  loadedAt: Date;
  rowsLoaded: number;
  rowsRejected: number;
  allRowsRepeated: boolean;
}

export type ImportReport = LoadReport | UnchangedReport;

export interface ImportProgress {
  phase: 'reading' | 'saving' | 'done';
  rowsRead: number;
  /** From the file's line count; null when the row source cannot say. */
  totalRowsEstimate: number | null;
}

export interface ImportOptions {
  /** Swap out the file already loaded for the same force and month. */
  replace?: boolean;
  /** Read, check and count everything, then write nothing: the database is left as it was. */
  dryRun?: boolean;
  /** users.id of the editor importing (null from the command line). */
  importedById?: string | null;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Who is importing, for the audit entry written in the import's own
   * transaction (so a batch never exists without its entry). Loads only: an
   * unchanged file or a dry run writes nothing, so has nothing to audit.
   */
  audit?: { actorId: string | null; via: AuditVia };
}
