import { UploadForm } from '@/components/editor/upload-form';
import { requireUser } from '@/lib/auth/page-guards';
import { listRecentImportBatches } from '@/lib/queries/imports';

export const metadata = { title: 'Data uploads' };

const RECENT = 25;

export default async function ImportsPage() {
  await requireUser();
  const batches = await listRecentImportBatches(RECENT);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Data uploads</h1>
      <p>
        Load monthly stop-and-search files downloaded from data.police.uk. Each file is loaded whole or not at all; the same file twice changes nothing.
        The public figures update as soon as a file has loaded.
      </p>
      <UploadForm />
      <section aria-labelledby="recent-imports" className="space-y-2">
        <h2 id="recent-imports" className="text-xl font-bold">
          Recent imports
        </h2>
        {batches.length === 0 ? (
          <p>Nothing has been imported yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {batches.map((b) => (
              <li key={b.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:justify-between">
                <a href={`/api/v1/imports/${b.id}`} className="break-all">
                  {b.file_name}
                </a>
                <span className="text-sm">
                  {b.force} {b.month}: {b.status}, {b.rows_loaded.toLocaleString('en-GB')} rows
                  {b.rows_rejected ? `, ${b.rows_rejected.toLocaleString('en-GB')} rejected` : ''}, {b.started_at.slice(0, 16).replace('T', ' ')} UTC
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
