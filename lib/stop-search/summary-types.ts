// The shape of a stop-and-search summary, shared by the query that builds it
// and the JSON and CSV that publish it.
import type { Dimension, EthnicityField } from '@/lib/stop-search/dimensions';
import type { LondonForce } from '@/lib/stop-search/forces';
import type { PeriodGrain } from '@/lib/stop-search/periods';
import type { SourceRef } from '@/lib/stop-search/sources';
import type { SummaryRow } from '@/lib/stop-search/summary-figures';

/** An imported file whose records are behind the figures. */
export interface ImportBatchRef {
  id: string;
  file_name: string;
  force: string;
  month: string;
  sha256: string;
  rows_total: number;
  rows_loaded: number;
  rows_rejected: number;
  all_rows_repeated: boolean;
  loaded_at: string | null;
}

export interface StopSearchSummaryData {
  /** The question answered, with defaults filled in (from/to are null when there is no data). */
  query: {
    force: LondonForce | null;
    forces: string[];
    from: string | null;
    to: string | null;
    period: PeriodGrain;
    by: Dimension[];
    ethnicity: EthnicityField;
    filters: Partial<Record<Dimension, string>>;
  };
  rows: SummaryRow[];
  sources: SourceRef[];
  import_batches: ImportBatchRef[];
  notes: string[];
}
