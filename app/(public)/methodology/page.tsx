import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { STATUS_RULE_STEPS } from '@/lib/commitments/derive-status';
import { STATUS_DESCRIPTIONS, STATUS_KEYS } from '@/lib/commitments/status';

export const metadata: Metadata = { title: 'Methodology' };

// Static text, except the status rule, which is read from the code that applies it
// so the two cannot drift apart.
export default function MethodologyPage() {
  return (
    <div className="max-w-3xl space-y-10">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">How the figures are made</h1>
        <p>
          This page explains how each commitment gets its status, where our words and numbers come from, how we check
          them, and how stop and search figures will be calculated once that part of the dashboard is published.
        </p>
      </div>

      <section id="status-rule" aria-labelledby="status-rule-heading" className="scroll-mt-4 space-y-4">
        <h2 id="status-rule-heading" className="text-2xl font-bold">How a commitment&apos;s status is decided</h2>
        <p>
          We never set a status by judgement alone. Each commitment has a history of dated entries, each with a note
          and links to evidence. The status shown is worked out from that history, every time a page loads, by this
          rule:
        </p>
        <ol className="list-decimal space-y-2 pl-6">
          {STATUS_RULE_STEPS.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <h3 className="text-xl font-semibold">What each status means</h3>
        <dl className="space-y-3">
          {STATUS_KEYS.map((key) => (
            <div key={key} className="sm:grid sm:grid-cols-[12rem_1fr] sm:gap-4">
              <dt>
                <StatusBadge status={key} />
              </dt>
              <dd className="mt-1 sm:mt-0">{STATUS_DESCRIPTIONS[key]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="words" className="space-y-3">
        <h2 id="words" className="text-2xl font-bold">Whose words these are</h2>
        <p>
          Every summary of a commitment, finding or piece of evidence is written by us in our own words. Each one links
          to the page where we read it, so you can check it against the original. Where we could not read an original
          document and relied on press coverage or official summaries, the item says so.
        </p>
      </section>

      <section aria-labelledby="checks" className="space-y-3">
        <h2 id="checks" className="text-2xl font-bold">How figures are checked</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>Every figure is stored with its unit, the period the source gives, and the page it was read on.</li>
          <li>
            Most figures so far are <strong>as reported</strong>: read in news coverage, press releases or official
            summaries rather than in the original statistical tables. The chart or table beside each one says so.
          </li>
          <li>
            Where sources give different figures for the same thing, we show every version and link to each (see{' '}
            <Link href="/casey-review#disagree">where sources disagree</Link>).
          </li>
          <li>
            Counts of commitments are calculated from the stored evidence each time a page loads. Our automated tests
            recalculate the counts on the overview in a separate way, and check that tables and CSV files show the
            figures as stored.
          </li>
          <li>Nothing on this site is estimated or made up. If we have not found a figure, we say so.</li>
        </ul>
      </section>

      <section aria-labelledby="stop-search" className="space-y-4">
        <h2 id="stop-search" className="text-2xl font-bold">Stop and search figures</h2>
        <p className="max-w-3xl">
          We count stop and search from the record of each search that police forces publish every month on{' '}
          <a href="https://data.police.uk/data/">data.police.uk</a>, not from summaries. What we hold, and how our
          totals compare with published figures, is on the{' '}
          <Link href="/stop-and-search/data-quality">stop and search records page</Link>.
        </p>
        <h3 className="text-xl font-semibold">From the published files to records</h3>
        <ul className="max-w-3xl list-disc space-y-2 pl-6">
          <li>
            <strong>Whole files only.</strong> Each monthly file is loaded in full or not at all. A row we cannot read
            (a date that does not exist, a location that is not a number) is kept aside with its line number and the
            reason, counted, and never silently dropped. Loading the same file twice changes nothing.
          </li>
          <li>
            <strong>London time.</strong> The files give times in UTC. We place each search in its London day and
            month, so during British Summer Time a search at 23:30 UTC on the last day of a month counts in the next
            month, as the force&apos;s own file does.
          </li>
          <li>
            <strong>Ethnic groups.</strong> Both ethnicity fields are kept: the one the person gave and the one the
            officer recorded. Each is grouped into the Census&apos;s five broad groups (Asian, Black, Mixed, White,
            Other) plus &ldquo;Not stated&rdquo;. Officers never record Mixed, so figures by officer-recorded
            ethnicity have no rate for Mixed. Every figure says which field it uses and how many searches had no
            ethnicity.
          </li>
          <li>
            <strong>Boroughs.</strong> Each record has an approximate location, moved by the police to a nearby
            anonymised point. We find which London borough the point falls in using the borough boundaries shipped
            with this site. Searches with no location, and those whose point falls outside London, are counted and
            shown, and stay in London-wide totals.
          </li>
          <li>
            <strong>Repeated rows.</strong> Identical rows are kept as separate searches: times are rounded to the
            minute and places moved to shared points, so two people searched together look the same. The exception is
            a file in which every row appears twice (one City of London month): we count each search there once.
          </li>
          <li>
            <strong>Age and gender</strong> are kept as published; blanks stay &ldquo;not recorded&rdquo;.
          </li>
        </ul>
        <h3 className="text-xl font-semibold">The figures</h3>
        <ul className="max-w-3xl list-disc space-y-2 pl-6">
          <li>
            <strong>Rate per 1,000 residents:</strong> searches of people in a group divided by the number of people in
            that group living in the area at the 2021 Census (Office for National Statistics), times 1,000. It counts
            searches, not people, and is not annualised. London is the sum of its 33 boroughs; the Met&apos;s area is
            the 32 boroughs it polices. We give no rate per resident for the City of London, where about 8,600 people
            live but many more work or pass through.
          </li>
          <li>
            <strong>How many times more likely:</strong> a group&apos;s rate divided by the rate for white residents of
            the same area and period, with a 95% confidence interval (the log method of Katz and others, 1978).
          </li>
          <li>
            <strong>Outcomes:</strong> the share of searches with a recorded outcome that ended in arrest, or in no
            further action, and the share where the outcome was linked to what the officer was looking for (only where
            the force fills that field), each with a 95% Wilson interval.
          </li>
          <li>
            <strong>Small numbers:</strong> a figure resting on fewer than 20 searches is marked as unreliable, never
            hidden.
          </li>
          <li>
            <strong>Missing months:</strong> a month with no file is left out rather than shown as zero, and a period
            with some months missing is marked incomplete.
          </li>
        </ul>
        <p className="max-w-3xl">
          Every figure is also available from our API at <code>/api/v1/stop-search/summary</code>, with the counts it is
          built from, its sources and the files behind it. The tests behind this site recount every figure from the
          published files by a separate route before each release.
        </p>
      </section>
    </div>
  );
}
