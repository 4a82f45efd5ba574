import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { requireUser } from '@/lib/auth/page-guards';
import { listCommitments } from '@/lib/queries/commitments';

export const metadata = { title: 'Commitments' };

export default async function EditorHome() {
  await requireUser();
  const commitments = await listCommitments({});
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Commitments</h1>
        <Link href="/editor/commitments/new" className="rounded bg-brand px-3 py-1.5 text-white no-underline">
          Add a commitment
        </Link>
      </div>
      <p>Choose a commitment to record its new status, correct a past entry, or edit its details.</p>
      <ul aria-label="Commitments" className="divide-y divide-slate-200">
        {commitments.map((c) => (
          <li key={c.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between">
            <Link href={`/editor/commitments/${encodeURIComponent(c.id)}`}>{c.summary}</Link>
            <StatusBadge status={c.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}
