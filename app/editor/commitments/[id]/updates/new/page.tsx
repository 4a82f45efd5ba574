import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusUpdateForm } from '@/components/editor/status-update-form';
import { requireUser } from '@/lib/auth/page-guards';
import { getCommitment } from '@/lib/queries/commitments';
import { parseSlug } from '@/lib/slug';

export const metadata = { title: 'Record a status update' };

export default async function NewStatusUpdatePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const id = parseSlug((await params).id);
  const commitment = id ? await getCommitment(id) : null;
  if (!commitment) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/editor/commitments/${encodeURIComponent(commitment.id)}`}>Back to the commitment</Link>
      </p>
      <h1 className="text-2xl font-bold">Record a status update</h1>
      <p>{commitment.summary}</p>
      <p className="text-sm">It is published on the public page as soon as you save it. Mistakes are fixed with a correction, which stays visible.</p>
      <StatusUpdateForm commitmentId={commitment.id} />
    </div>
  );
}
