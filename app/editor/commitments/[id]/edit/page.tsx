import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommitmentForm } from '@/components/editor/commitment-form';
import { requireUser } from '@/lib/auth/page-guards';
import { getCommitmentForEditing, listSourcesForEditors, listThemes } from '@/lib/queries/editor';
import { parseSlug } from '@/lib/slug';

export const metadata = { title: 'Edit a commitment' };

export default async function EditCommitmentPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const id = parseSlug((await params).id);
  const [commitment, sources, themes] = await Promise.all([id ? getCommitmentForEditing(id) : null, listSourcesForEditors(), listThemes()]);
  if (!commitment) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href={`/editor/commitments/${encodeURIComponent(commitment.id)}`}>Back to the commitment</Link>
      </p>
      <h1 className="text-2xl font-bold">Edit a commitment</h1>
      <p className="text-sm">Its status is not here: record a status update with evidence instead.</p>
      <CommitmentForm values={commitment} sources={sources} themes={themes} />
    </div>
  );
}
