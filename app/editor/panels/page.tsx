import Link from 'next/link';
import { requireUser } from '@/lib/auth/page-guards';
import { listPanelMeetingsForEditors } from '@/lib/queries/panel-reviews-editor';

export const metadata = { title: 'Panel reviews' };

const day = (date: Date) => date.toISOString().slice(0, 10);

export default async function EditorPanelsPage() {
  await requireUser();
  const meetings = await listPanelMeetingsForEditors();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Panel reviews</h1>
        <Link href="/editor/panels/new" className="rounded bg-brand px-3 py-1.5 text-white no-underline">
          Record a panel meeting
        </Link>
      </div>
      <p>
        A community panel reviews a published snapshot and puts questions to the Met. Record the meeting, its questions, each answer as it
        arrives, and whether the question has been answered. Everything here is public on the snapshot&apos;s page.
      </p>
      {meetings.length === 0 ? (
        <p>No panel meeting has been recorded yet.</p>
      ) : (
        <ul aria-label="Panel meetings" className="divide-y divide-slate-200">
          {meetings.map((m) => (
            <li key={m.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-center sm:justify-between">
              <Link href={`/editor/panels/${m.id}`}>
                {m.panelName}, {day(m.meetingOn)}
              </Link>
              <span>
                Reviewed {m.snapshot.quarter}
                {m.snapshot.revision ? ` (correction ${m.snapshot.revision})` : ''}; {m._count.questions} question{m._count.questions === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
