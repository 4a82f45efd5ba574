import Link from 'next/link';
import { CorrectSnapshotForm, PublishSnapshotForm } from '@/components/editor/snapshot-forms';
import { requireUser } from '@/lib/auth/page-guards';

export const metadata = { title: 'Snapshots' };

export default async function EditorSnapshotsPage() {
  await requireUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Snapshots</h1>
      <p>
        Publishing freezes every commitment, indicator and stop-and-search headline as of the quarter&apos;s last day. It cannot be
        undone or edited: check the live pages first. <Link href="/snapshots">See published snapshots</Link>.
      </p>
      <section aria-labelledby="publish-heading" className="space-y-3">
        <h2 id="publish-heading" className="text-xl font-bold">Publish a quarter</h2>
        <PublishSnapshotForm />
      </section>
      <section aria-labelledby="correct-heading" className="space-y-3">
        <h2 id="correct-heading" className="text-xl font-bold">Publish a correction</h2>
        <p>Fix the mistake in the data first (for example with a status correction); the correction is then frozen from the data as it stands.</p>
        <CorrectSnapshotForm />
      </section>
    </div>
  );
}
