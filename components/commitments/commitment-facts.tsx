import type { ReactNode } from 'react';
import { DateText } from '@/components/commitments/date-text';
import { themeLabel } from '@/lib/commitments/filters';
import type { CommitmentDetail } from '@/lib/queries/commitments';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-t border-slate-200 py-3 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="mt-1 min-w-0 break-words sm:mt-0">{children}</dd>
    </div>
  );
}

export function CommitmentFacts({ commitment }: { commitment: CommitmentDetail }) {
  const { source } = commitment;
  return (
    <dl>
      <Fact term="What would show delivery">{commitment.measure}</Fact>
      <Fact term="Source">
        <a href={source.url}>{source.title}</a>
        <span className="block text-sm text-slate-700">
          {source.publisher}
          {source.publishedOn ? (
            <>
              , published <DateText date={source.publishedOn} />
            </>
          ) : null}
        </span>
      </Fact>
      <Fact term="Where we read it">
        <a href={commitment.url}>Page this summary was written from</a>
      </Fact>
      <Fact term="Theme">{themeLabel(commitment.theme)}</Fact>
      {commitment.pillar ? <Fact term="Pillar">{themeLabel(commitment.pillar)}</Fact> : null}
      <Fact term="Announced">
        {commitment.announcedOn ? <DateText date={commitment.announcedOn} /> : 'Date not stated by the source'}
      </Fact>
      <Fact term="Due">
        {commitment.dueOn ? <DateText date={commitment.dueOn} /> : 'No deadline stated by the source'}
        {commitment.dueNote ? <span className="block text-sm text-slate-700">{commitment.dueNote}</span> : null}
      </Fact>
    </dl>
  );
}
