import type { Metadata } from 'next';
import Link from 'next/link';
import { DisputeList } from '@/components/casey-review/dispute-list';
import { FindingList } from '@/components/casey-review/finding-list';
import { RecommendationList } from '@/components/casey-review/recommendation-list';
import { DateText } from '@/components/commitments/date-text';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { listCaseyRecommendations } from '@/lib/queries/casey-recommendations';
import { listDisputes } from '@/lib/queries/disputes';
import { listCaseyFindings, type FindingItem } from '@/lib/queries/findings';

export const metadata: Metadata = { title: 'The Casey Review' };

// Findings grouped by the report they come from, in the order the query gives.
function bySource(findings: FindingItem[]) {
  const groups = new Map<string, { source: FindingItem['source']; findings: FindingItem[] }>();
  for (const f of findings) {
    const group = groups.get(f.source.id) ?? { source: f.source, findings: [] };
    group.findings.push(f);
    groups.set(f.source.id, group);
  }
  return [...groups.values()];
}

export default async function CaseyReviewPage() {
  const [findings, recommendations, disputes] = await Promise.all([
    listCaseyFindings(),
    listCaseyRecommendations(),
    listDisputes(),
  ]);
  const caveats = [...new Set(recommendations.flatMap((r) => (r.caveat ? [r.caveat] : [])))];
  return (
    <div className="space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">The Baroness Casey Review</h1>
        <p className="max-w-3xl">
          Baroness Casey led an independent review of the standards of behaviour and internal culture of the
          Metropolitan Police. It found the Met institutionally racist, misogynistic and homophobic. This page sets out
          what the review found, what it recommended, and what has been published about each recommendation since.
          Every statement is our summary, linked to the page we read it on.
        </p>
      </div>

      <section aria-labelledby="found" className="space-y-4">
        <h2 id="found" className="text-2xl font-bold">What the review found</h2>
        {bySource(findings).map(({ source, findings: items }) => (
          <section key={source.id} aria-labelledby={`found-${source.id}`} className="space-y-3">
            <h3 id={`found-${source.id}`} className="text-xl font-semibold">
              {source.title}
            </h3>
            <p className="text-sm text-slate-700">
              {source.publisher}
              {source.publishedOn ? (
                <>
                  , published <DateText date={source.publishedOn} />
                </>
              ) : null}
              . <a href={source.url}>Page where it was read</a>.
            </p>
            <FindingList findings={items} label={`Findings: ${source.title}`} />
          </section>
        ))}
        <DownloadCsvLink href="/casey-review/findings.csv" label="Download CSV of the findings" />
      </section>

      <section aria-labelledby="recommendations" className="space-y-4">
        <h2 id="recommendations" className="text-2xl font-bold">
          The {recommendations.length} recommendations and where they stand
        </h2>
        <div className="border-l-4 border-amber-600 bg-amber-50 p-3">
          <p className="font-semibold">This list is a reconstruction</p>
          {caveats.length > 0 ? (
            caveats.map((caveat) => <p key={caveat}>{caveat}</p>)
          ) : (
            <p>The official numbered list could not be read; these items are reconstructed from published summaries.</p>
          )}
        </div>
        <p className="max-w-3xl">
          Each status is derived from dated evidence by the{' '}
          <Link href="/methodology#status-rule">rule on our methodology page</Link>. Open a recommendation to see its
          full history and evidence.
        </p>
        <RecommendationList items={recommendations} />
        <DownloadCsvLink href="/casey-review/recommendations.csv" label="Download CSV of the recommendations" />
      </section>

      <section aria-labelledby="disagree" className="space-y-4">
        <h2 id="disagree" className="text-2xl font-bold">Where sources disagree</h2>
        <p className="max-w-3xl">
          Some figures are reported differently by different sources, or cover different periods and places. We show
          each version and link to all of them rather than choosing one.
        </p>
        <DisputeList disputes={disputes} />
        <DownloadCsvLink href="/casey-review/disputes.csv" label="Download CSV of the disputed figures" />
      </section>
    </div>
  );
}
