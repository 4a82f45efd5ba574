// The progress bar: first the bytes sent, then each file's rows as they
// import. The bar's label says which; a polite live region announces each
// step without reading out every number.
import { formatBytes } from '@/lib/uploads/limits';

export type UploadStage =
  | { kind: 'sending'; sent: number; total: number }
  | { kind: 'importing'; file: string; index: number; count: number; rows: number; totalRows: number | null; rowsPerSecond: number }
  | { kind: 'finished' };

const n = (value: number) => value.toLocaleString('en-GB');

function describe(stage: UploadStage): { label: string; value: number | undefined; max: number; detail: string; announce: string } {
  if (stage.kind === 'sending') {
    const percent = stage.total ? Math.round((stage.sent / stage.total) * 100) : 0;
    return {
      label: 'Sending the files',
      value: stage.total ? stage.sent : undefined,
      max: stage.total || 1,
      detail: stage.total ? `${percent}% sent (${formatBytes(stage.sent)} of ${formatBytes(stage.total)})` : 'Sending…',
      announce: stage.total ? `Sending the files: ${Math.floor(percent / 25) * 25}% sent.` : 'Sending the files.',
    };
  }
  if (stage.kind === 'importing') {
    const of = stage.totalRows ? ` of about ${n(stage.totalRows)}` : '';
    return {
      label: `Importing file ${stage.index} of ${stage.count}: ${stage.file}`,
      value: stage.totalRows ? Math.min(stage.rows, stage.totalRows) : undefined,
      max: stage.totalRows || 1,
      detail: `${n(stage.rows)}${of} rows read, ${n(stage.rowsPerSecond)} rows/s`,
      announce: `Importing file ${stage.index} of ${stage.count}: ${stage.file}.`,
    };
  }
  return { label: 'Finished', value: 1, max: 1, detail: 'Every file has been handled: see the reports below.', announce: 'Finished: the reports are below.' };
}

export function UploadProgress({ stage }: { stage: UploadStage }) {
  const d = describe(stage);
  return (
    <section aria-labelledby="upload-progress-label" className="space-y-1 rounded border border-slate-300 p-3">
      <h2 id="upload-progress-label" className="font-semibold">
        {d.label}
      </h2>
      <progress aria-labelledby="upload-progress-label" aria-describedby="upload-progress-detail" className="h-4 w-full" value={d.value} max={d.max} />
      <p id="upload-progress-detail" className="text-sm text-slate-700">
        {d.detail}
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {d.announce}
      </p>
    </section>
  );
}
