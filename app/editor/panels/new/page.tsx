import Link from 'next/link';
import { PanelMeetingForm } from '@/components/editor/panel-forms';
import { requireUser } from '@/lib/auth/page-guards';
import { listSnapshotChoices } from '@/lib/queries/panel-reviews-editor';

export const metadata = { title: 'Record a panel meeting' };

export default async function NewPanelMeetingPage() {
  await requireUser();
  const snapshots = await listSnapshotChoices();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/editor/panels">All panel meetings</Link>
      </p>
      <h1 className="text-2xl font-bold">Record a panel meeting</h1>
      {snapshots.length === 0 ? (
        <p>
          A panel reviews a published snapshot, and none has been published yet. <Link href="/editor/snapshots">Publish a snapshot</Link> first.
        </p>
      ) : (
        <PanelMeetingForm snapshots={snapshots} />
      )}
    </div>
  );
}
