import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import type { CaseyRecommendation } from '@/lib/queries/casey-recommendations';

// The recommendations in catalogue order (not the report's own numbering, which
// could not be read), each with the status derived by the
// published rule and a link to its page with the full history.
export function RecommendationList({ items }: { items: CaseyRecommendation[] }) {
  return (
    <ol className="list-none space-y-3" aria-label="Casey Review recommendations">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-slate-300 p-4">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <h3 className="font-semibold">
              <Link href={`/commitments/${item.id}`}>{item.summary}</Link>
            </h3>
            <div className="shrink-0">
              <span className="sr-only">Status: </span>
              <StatusBadge status={item.status} />
            </div>
          </div>
          {item.statusNote ? <p className="mt-2 text-sm text-slate-700">{item.statusNote}</p> : null}
        </li>
      ))}
    </ol>
  );
}
