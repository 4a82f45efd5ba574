// One file's outcome after an upload: loaded (with its rejected rows and
// duplicates), unchanged, refused (another file holds the month) or failed.
import type { UploadEvent, WireReport } from '@/lib/uploads/upload-events';

export type FileResult = Extract<UploadEvent, { type: 'report' | 'refused' | 'failed' }>;

const n = (value: number) => value.toLocaleString('en-GB');
const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

function Rejections({ report }: { report: Extract<WireReport, { outcome: 'loaded' | 'dry-run' }> }) {
  if (report.rejections.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 text-sm">
        <caption className="text-left font-semibold">Rejected rows (kept in the batch&apos;s report, not counted)</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3 text-left">Line</th>
            <th scope="col" className="pr-3 text-left">Field</th>
            <th scope="col" className="pr-3 text-left">Value</th>
            <th scope="col" className="text-left">Reason</th>
          </tr>
        </thead>
        <tbody>
          {report.rejections.map((r, i) => (
            <tr key={`${r.line}-${r.field ?? ''}-${i}`}>
              <td className="pr-3">{r.line}</td>
              <td className="pr-3">{r.field ?? '(whole row)'}</td>
              <td className="break-all pr-3 font-mono">{r.value ?? ''}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.rejectionsNotListed > 0 ? <p className="text-sm">… and {n(report.rejectionsNotListed)} more problems, all in the batch&apos;s report.</p> : null}
    </div>
  );
}

function Loaded({ report }: { report: Extract<WireReport, { outcome: 'loaded' | 'dry-run' }> }) {
  return (
    <>
      <p>
        <strong>Loaded</strong> {n(report.rowsLoaded)} of {n(report.rowsTotal)} rows for {report.force} {report.month} ({n(report.rowsRejected)} rejected
        {report.replacedBatchId ? ', replacing the file loaded before' : ''}).{' '}
        <a href={`/api/v1/imports/${report.batchId}`}>The batch&apos;s report</a>
      </p>
      <p>
        {n(report.locations.london)} placed in a borough, {n(report.locations.none)} without a location, {n(report.locations.outside)} outside London;{' '}
        {n(report.duplicateRows)} duplicate rows kept (identical rows can be separate searches).
      </p>
      {report.allRowsRepeated ? (
        <p className="font-semibold text-amber-900">Warning: every row appears at least twice, so the file looks published twice over. All rows are kept and the batch is flagged.</p>
      ) : null}
      <Rejections report={report} />
    </>
  );
}

function Body({ result }: { result: FileResult }) {
  if (result.type === 'failed') {
    return (
      <p>
        <strong>Not imported.</strong> {result.message}
        {result.line !== null ? ` (line ${result.line}${result.field ? `, field "${result.field}"` : ''})` : ''} Nothing from this file was saved.
      </p>
    );
  }
  if (result.type === 'refused') {
    return (
      <p>
        <strong>Refused:</strong> this month is already loaded from a different file, {result.loadedFrom}, on {when(result.loadedAt)}. Nothing was changed. To
        swap it for this file, tick &quot;Replace&quot; below and upload again.
      </p>
    );
  }
  const report = result.report;
  if (report.outcome === 'unchanged') {
    return (
      <p>
        <strong>Unchanged:</strong> this exact file was already imported for {report.force} {report.month}, from {report.loadedFrom} on {when(report.loadedAt)}. Nothing was
        changed.
      </p>
    );
  }
  return <Loaded report={report} />;
}

const OUTCOME: Record<string, string> = { failed: 'border-red-800', refused: 'border-amber-700', report: 'border-green-800' };

export function UploadReport({ results }: { results: FileResult[] }) {
  if (results.length === 0) return null;
  return (
    <section aria-labelledby="upload-report-title" className="space-y-3">
      <h2 id="upload-report-title" className="text-xl font-bold">
        Import report
      </h2>
      {results.map((result, index) => (
        <article key={`${index}-${result.file}`} aria-label={result.file} className={`space-y-1 rounded border-l-4 p-3 ${OUTCOME[result.type]}`}>
          <h3 className="break-all font-semibold">{result.file}</h3>
          <Body result={result} />
        </article>
      ))}
    </section>
  );
}
