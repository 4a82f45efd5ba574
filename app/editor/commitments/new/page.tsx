import Link from 'next/link';
import { CommitmentForm } from '@/components/editor/commitment-form';
import { requireUser } from '@/lib/auth/page-guards';
import { listSourcesForEditors, listThemes } from '@/lib/queries/editor';

export const metadata = { title: 'Add a commitment' };

export default async function NewCommitmentPage() {
  await requireUser();
  const [sources, themes] = await Promise.all([listSourcesForEditors(), listThemes()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Add a commitment</h1>
      <p>
        If its source is not in the list, <Link href="/editor/sources">add the source</Link> first.
      </p>
      <CommitmentForm sources={sources} themes={themes} />
    </div>
  );
}
