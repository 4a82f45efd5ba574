'use client';

// Choose monthly files, send them, watch them import, read each file's report.
// "Replace" is offered only after a month was refused, and only as a box the
// person ticks before sending again: published figures never change silently.
import { useRef, useState, type FormEvent } from 'react';
import { UploadProgress, type UploadStage } from '@/components/editor/upload-progress';
import { UploadReport, type FileResult } from '@/components/editor/upload-report';
import { sendUpload } from '@/components/editor/upload-request';
import { formatBytes, UPLOAD_LIMITS } from '@/lib/uploads/limits';
import type { UploadEvent } from '@/lib/uploads/upload-events';

export function UploadForm() {
  const [stage, setStage] = useState<UploadStage | null>(null);
  const [results, setResults] = useState<FileResult[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const files = useRef<string[]>([]);
  const refused = results.some((r) => r.type === 'refused');

  const onEvent = (event: UploadEvent) => {
    if (event.type === 'received') files.current = event.files.map((f) => f.file);
    else if (event.type === 'progress') {
      const index = files.current.indexOf(event.file) + 1;
      setStage({ kind: 'importing', file: event.file, index, count: files.current.length, rows: event.rows, totalRows: event.totalRowsEstimate, rowsPerSecond: event.rowsPerSecond });
    } else if (event.type === 'done') setStage({ kind: 'finished' });
    else setResults((previous) => [...previous, event]);
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const chosen = form.getAll('files').filter((f): f is File => f instanceof File && f.name !== '');
    if (chosen.length === 0) return setError('Choose at least one file to upload.');
    if (chosen.length > UPLOAD_LIMITS.maxFiles) return setError(`Choose at most ${UPLOAD_LIMITS.maxFiles} files at a time.`);
    const big = chosen.find((f) => f.size > UPLOAD_LIMITS.maxFileBytes);
    if (big) return setError(`${big.name} is larger than ${formatBytes(UPLOAD_LIMITS.maxFileBytes)}, the most one file may be.`);
    setError(null);
    setResults([]);
    setBusy(true);
    setStage({ kind: 'sending', sent: 0, total: 0 });
    sendUpload(form, {
      onUploadProgress: (sent, total) => setStage((s) => (s === null || s.kind === 'sending' ? { kind: 'sending', sent, total } : s)),
      onEvent,
      onError: (message) => {
        setError(message);
        setStage(null);
      },
      onFinished: () => setBusy(false),
    });
  };

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3" aria-describedby="upload-limits" noValidate>
        <div className="flex flex-col gap-1">
          <label htmlFor="upload-files" className="font-semibold">
            Monthly stop-and-search files (.csv)
          </label>
          <p id="upload-limits" className="text-sm text-slate-700">
            Files as data.police.uk names them, e.g. 2024-03-metropolitan-stop-and-search.csv. Up to {UPLOAD_LIMITS.maxFiles} files,{' '}
            {formatBytes(UPLOAD_LIMITS.maxFileBytes)} each, {formatBytes(UPLOAD_LIMITS.maxRequestBytes)} in all.
          </p>
          <input id="upload-files" name="files" type="file" multiple accept=".csv,text/csv" aria-describedby="upload-limits" className="max-w-full" />
        </div>
        {refused ? (
          <div className="flex items-start gap-2 rounded border border-amber-700 bg-amber-50 p-2">
            <input id="upload-replace" name="replace" type="checkbox" value="on" className="mt-1" />
            <label htmlFor="upload-replace">
              Replace: swap the months already loaded from other files for these files (the old records are removed; their batches stay in the history)
            </label>
          </div>
        ) : null}
        <button type="submit" disabled={busy} className="rounded bg-brand px-3 py-1.5 text-white disabled:opacity-60">
          {busy ? 'Importing…' : 'Upload and import'}
        </button>
      </form>
      {error ? (
        <div role="alert" className="rounded border-4 border-red-800 p-3">
          <p className="font-semibold">{error}</p>
        </div>
      ) : null}
      {stage ? <UploadProgress stage={stage} /> : null}
      <UploadReport results={results} />
    </div>
  );
}
