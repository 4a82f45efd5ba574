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

      <section aria-labelledby="stop-search" className="space-y-3">
        <h2 id="stop-search" className="text-2xl font-bold">Stop and search figures (coming later)</h2>
        <p className="border-l-4 border-amber-600 bg-amber-50 p-3">
          <strong>Not yet published.</strong> This is the method we plan to use when we calculate stop and search
          figures from the records police forces publish each month. Until then, the stop and search figures on this
          site are those reported by others.
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>Rate per 1,000 people:</strong> searches of people in an ethnic group, divided by the number of
            people in that group in London at the 2021 Census, times 1,000. It counts searches, not people: one person
            searched twice counts twice.
          </li>
          <li>
            <strong>How many times more likely:</strong> a group&apos;s rate divided by the rate for white people, shown
            with a 95% confidence interval wherever the ratio appears.
          </li>
          <li>
            <strong>Outcomes:</strong> the share of searches in each group ending in arrest, in no further action, or
            with an outcome linked to what officers were looking for, each with a confidence interval. Figures based on
            small numbers will be marked as unreliable, not hidden.
          </li>
          <li>
            <strong>Ethnicity:</strong> we will say whether each figure uses the ethnicity people gave themselves or the
            one the officer recorded, group both into Asian, Black, Mixed, White, Other and Not stated, and show how
            many records had none.
          </li>
          <li>
            <strong>Boroughs:</strong> each record carries an approximate location, which we will match to a London
            borough, and we will show how many records had no location.
          </li>
        </ul>
      </section>
    </div>
  );
}
