import { CommitmentCardHeading } from '@/components/commitments/commitment-card-heading';
import type { CaseyRecommendation } from '@/lib/queries/casey-recommendations';

// The recommendations in catalogue order (not the report's own numbering, which
// could not be read), each with the status derived by the
// published rule and a link to its page with the full history.
export function RecommendationList({ items }: { items: CaseyRecommendation[] }) {
  return (
    <ol className="list-none space-y-3" aria-label="Casey Review recommendations">
      {items.map((item) => (
        <li key={item.id} className="rounded border border-slate-300 p-4">
          <CommitmentCardHeading id={item.id} summary={item.summary} status={item.status} />
          {item.statusNote ? <p className="mt-2 text-sm text-slate-700">{item.statusNote}</p> : null}
        </li>
      ))}
    </ol>
  );
}
