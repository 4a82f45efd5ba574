import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { DateText } from '@/components/commitments/date-text';
import { StatusUpdateForm } from '@/components/editor/status-update-form';
import { StatusBadge } from '@/components/ui/status-badge';
import { requireUser } from '@/lib/auth/page-guards';
import { getCommitment } from '@/lib/queries/commitments';
import { parseSlug } from '@/lib/slug';

export const metadata = { title: 'Correct an entry' };

type Props = { params: Promise<{ id: string; updateId: string }> };

export default async function CorrectEntryPage({ params }: Props) {
  await requireUser();
  const { id: rawId, updateId } = await params;
  const id = parseSlug(rawId);
  const commitment = id && z.uuid().safeParse(updateId).success ? await getCommitment(id) : null;
  const entry = commitment?.timeline.find((e) => e.id === updateId);
  if (!commitment || !entry) notFound();
  const back = `/editor/commitments/${encodeURIComponent(commitment.id)}`;
  if (entry.correctedByIds.length > 0) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">This entry has already been corrected</h1>
        <p>
          Correct the correction instead. <Link href={back}>Back to the commitment</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <p>
        <Link href={back}>Back to the commitment</Link>
      </p>
      <h1 className="text-2xl font-bold">Correct an entry</h1>
      <p>{commitment.summary}</p>
      <section aria-labelledby="corrected-heading" className="rounded border border-slate-400 bg-slate-50 p-3">
        <h2 id="corrected-heading" className="font-bold">
          The entry you are correcting
        </h2>
        <p>{entry.asOf ? <DateText date={entry.asOf} /> : 'Date not stated'}</p>
        <p className="text-sm">{entry.status ? <StatusBadge status={entry.status} /> : 'Evidence only'}</p>
        <p>{entry.note}</p>
      </section>
      <p className="text-sm">The entry above stays on the public page, marked as set aside, with a link to your correction.</p>
      <StatusUpdateForm commitmentId={commitment.id} correctsId={entry.id} />
    </div>
  );
}
