import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { CommitmentCaveats } from '@/components/commitments/commitment-caveats';
import { CommitmentFacts } from '@/components/commitments/commitment-facts';
import { CommitmentTimeline } from '@/components/commitments/commitment-timeline';
import { CommitmentPanelQuestions } from '@/components/panel-reviews/commitment-panel-questions';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { FeedLink } from '@/components/ui/feed-link';
import { StatusBadge } from '@/components/ui/status-badge';
import { STATUS_DESCRIPTIONS } from '@/lib/commitments/status';
import { commitmentFeedPath, feedAlternates } from '@/lib/feeds/feed-links';
import { getCommitment } from '@/lib/queries/commitments';
import { listCommitmentPanelQuestions } from '@/lib/queries/panel-reviews';
import { parseSlug } from '@/lib/slug';

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page both need the record; one read serves both.
const loadCommitment = cache(async (id: string) => {
  const slug = parseSlug(id);
  return slug ? getCommitment(slug) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const commitment = await loadCommitment((await params).id);
  if (!commitment) return { title: 'Commitment not found' };
  const summary = commitment.summary;
  return {
    title: summary.length > 70 ? `${summary.slice(0, 67).trimEnd()}…` : summary,
    description: summary,
    alternates: feedAlternates({ url: commitmentFeedPath(commitment.id), title: 'Updates on this commitment (Atom)' }),
  };
}

export default async function CommitmentPage({ params }: Props) {
  const commitment = await loadCommitment((await params).id);
  if (!commitment) notFound();
  const panelQuestions = await listCommitmentPanelQuestions(commitment.id);

  return (
    <div className="space-y-8">
      <p>
        <Link href="/commitments">All commitments</Link>
      </p>
      <h1 className="text-xl font-bold sm:text-3xl">{commitment.summary}</h1>

      <section aria-labelledby="status-heading" className="space-y-2">
        <h2 id="status-heading" className="text-xl font-bold">
          Status
        </h2>
        <p>
          <StatusBadge status={commitment.status} />
        </p>
        <p>{STATUS_DESCRIPTIONS[commitment.status]}</p>
        <p>
          <Link href="/methodology#status-rule">How a status is decided</Link>
        </p>
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading" className="mb-2 text-xl font-bold">
          About this commitment
        </h2>
        <CommitmentFacts commitment={commitment} />
      </section>

      <CommitmentCaveats commitment={commitment} />

      <section aria-labelledby="timeline-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="timeline-heading" className="text-xl font-bold">
            Timeline of updates
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            <FeedLink href={commitmentFeedPath(commitment.id)} />
            <DownloadCsvLink href={`/commitments/${encodeURIComponent(commitment.id)}/timeline.csv`} label="Download CSV of this timeline" />
          </div>
        </div>
        <CommitmentTimeline entries={commitment.timeline} />
      </section>

      <CommitmentPanelQuestions questions={panelQuestions} />
    </div>
  );
}
