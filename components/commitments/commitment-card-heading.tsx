import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import type { StatusKey } from '@/lib/commitments/status';

// The top line of every commitment card: its summary as a link to its page and
// its status, side by side on wide screens and stacked on a phone.
export function CommitmentCardHeading({ id, summary, status }: { id: string; summary: string; status: StatusKey }) {
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
      <h3 className="font-semibold">
        <Link href={`/commitments/${id}`}>{summary}</Link>
      </h3>
      <div className="shrink-0">
        <span className="sr-only">Status: </span>
        <StatusBadge status={status} />
      </div>
    </div>
  );
}
