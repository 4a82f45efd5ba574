// Counts rows as they stream past, keeps the first rejections for the report
// (all of them go to the database) and reports progress at a steady pace.
import { MAX_REPORTED_REJECTIONS, type ImportProgress } from '@/lib/importers/police-uk/report';
import type { RowRejection } from '@/lib/importers/police-uk/row-outcome';

const PROGRESS_EVERY_ROWS = 500;

export class RowTally {
  rowsRead = 0;
  rowsLoaded = 0;
  rowsRejected = 0;
  readonly rejections: RowRejection[] = [];
  rejectionsNotListed = 0;

  constructor(
    private readonly totalRowsEstimate: number | null,
    private readonly onProgress?: (progress: ImportProgress) => void,
  ) {}

  loaded() {
    this.rowsLoaded++;
    this.read();
  }

  rejected(rejections: RowRejection[]) {
    this.rowsRejected++;
    for (const rejection of rejections) {
      if (this.rejections.length < MAX_REPORTED_REJECTIONS) this.rejections.push(rejection);
      else this.rejectionsNotListed++;
    }
    this.read();
  }

  report(phase: ImportProgress['phase']) {
    this.onProgress?.({ phase, rowsRead: this.rowsRead, totalRowsEstimate: this.totalRowsEstimate });
  }

  private read() {
    this.rowsRead++;
    if (this.rowsRead % PROGRESS_EVERY_ROWS === 0) this.report('reading');
  }
}
