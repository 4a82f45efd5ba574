import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DoneNotice } from '@/components/editor/done-notice';
import { EditorTimeline } from '@/components/editor/editor-timeline';
import { StatusBadge } from '@/components/ui/status-badge';
import { requireUser } from '@/lib/auth/page-guards';
import { getCommitment } from '@/lib/queries/commitments';
import { parseSlug } from '@/lib/slug';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: 'Commitment' };

export default async function EditorCommitmentPage({ params, searchParams }: Props) {
  await requireUser();
  const id = parseSlug((await params).id);
  const commitment = id ? await getCommitment(id) : null;
  if (!commitment) notFound();
  const base = `/editor/commitments/${encodeURIComponent(commitment.id)}`;
  return (
    <div className="space-y-6">
      <DoneNotice done={(await searchParams).done} />
      <h1 className="text-2xl font-bold">{commitment.summary}</h1>
      <p>
        Status now: <StatusBadge status={commitment.status} />{' '}
        <Link href={`/commitments/${encodeURIComponent(commitment.id)}`}>See the public page</Link>
      </p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <Link href={`${base}/updates/new`} className="inline-block rounded bg-brand px-3 py-1.5 text-white no-underline">
            Record a status update
          </Link>
        </li>
        <li>
          <Link href={`${base}/edit`} className="inline-block rounded border border-slate-700 px-3 py-1.5 no-underline">
            Edit details
          </Link>
        </li>
      </ul>
      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-bold">
          History
        </h2>
        <EditorTimeline commitmentId={commitment.id} entries={commitment.timeline} />
      </section>
    </div>
  );
}
