import type { Metadata } from 'next';
import Link from 'next/link';
import { PrintPageFooter } from '@/components/ui/print-page-footer';
import { ScrollTable } from '@/components/ui/scroll-table';
import { STATUS_LABELS } from '@/lib/commitments/status';
import { getSnapshotComparison } from '@/lib/queries/snapshots';
import { shortHash } from '@/lib/snapshots/canonical-json';
import { parseCompareParams } from '@/lib/snapshots/compare-params';

export const metadata: Metadata = { title: 'Compare snapshots' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const number = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-GB', { maximumFractionDigits: 2 }));

export default async function ComparePage({ searchParams }: Props) {
  const params = parseCompareParams(await searchParams);
  if (!params.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-bold sm:text-3xl">Compare snapshots</h1>
        <p role="alert">{params.message}</p>
        <p>
          <Link href="/snapshots">Choose from the published snapshots</Link>
        </p>
      </div>
    );
  }
  const view = await getSnapshotComparison(params.from, params.to);
  if (!view) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-bold sm:text-3xl">Compare snapshots</h1>
        <p role="alert">
          No snapshot has been published for {params.from} or {params.to}. <Link href="/snapshots">See the published snapshots</Link>.
        </p>
      </div>
    );
  }
  const { comparison: c, from, to } = view;
  const footer = `Comparison ${c.from} (${shortHash(from.sha256)}) to ${c.to} (${shortHash(to.sha256)})`;
  return (
    <article className="snapshot-pack space-y-8">
      <header className="space-y-2">
        <p className="no-print">
          <Link href="/snapshots">All snapshots</Link>
        </p>
        <h1 className="text-xl font-bold sm:text-3xl">
          What changed from {c.from} to {c.to}
        </h1>
        <p>
          Comparing the snapshot as of {from.as_of} (SHA-256 <code>{shortHash(from.sha256)}</code>) with the one as of {to.as_of} (SHA-256{' '}
          <code>{shortHash(to.sha256)}</code>).
        </p>
      </header>

      <section aria-labelledby="moved-heading" className="pack-section space-y-2">
        <h2 id="moved-heading" className="text-xl font-bold">Status changes</h2>
        {c.status_changes.length ? (
          <ScrollTable tableClassName="[&_td]:py-2 [&_td]:pr-3 [&_th]:pr-3" label="Status changes" caption={`Commitments whose status moved between ${c.from} and ${c.to}`}>
            <thead><tr><th scope="col">Commitment</th><th scope="col">{c.from}</th><th scope="col">{c.to}</th></tr></thead>
            <tbody>
              {c.status_changes.map((s) => (
                <tr key={s.id} className="border-t align-top">
                  <td><Link href={`/commitments/${s.id}`}>{s.summary}</Link></td>
                  <td>{STATUS_LABELS[s.from]}</td>
                  <td>{STATUS_LABELS[s.to]}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : <p>No commitment changed status.</p>}
      </section>

      <section aria-labelledby="evidence-heading" className="pack-section space-y-2">
        <h2 id="evidence-heading" className="text-xl font-bold">New evidence</h2>
        {c.new_evidence.length ? (
          <ul className="list-disc space-y-2 pl-6">
            {c.new_evidence.map((e) => (
              <li key={e.entry_id}><Link href={`/commitments/${e.id}`}>{e.summary}</Link>: {e.as_of ?? 'undated'}, {e.note}</li>
            ))}
          </ul>
        ) : <p>No new evidence.</p>}
      </section>

      <section aria-labelledby="deadlines-heading" className="pack-section space-y-2">
        <h2 id="deadlines-heading" className="text-xl font-bold">Slipped deadlines</h2>
        {c.slipped_deadlines.length ? (
          <ul className="list-disc space-y-2 pl-6">
            {c.slipped_deadlines.map((d) => (
              <li key={d.id}><Link href={`/commitments/${d.id}`}>{d.summary}</Link>: due {d.from}, now {d.to ?? 'no date'}</li>
            ))}
          </ul>
        ) : <p>No deadline slipped.</p>}
      </section>

      <section aria-labelledby="indicators-heading" className="pack-section space-y-2">
        <h2 id="indicators-heading" className="text-xl font-bold">Indicator changes</h2>
        {c.indicator_changes.length ? (
          <ScrollTable tableClassName="[&_td]:py-2 [&_td]:pr-3 [&_th]:pr-3" label="Indicator changes" caption="Indicators with a new value, with the direction and size of the change">
            <thead><tr><th scope="col">Indicator</th><th scope="col">{c.from}</th><th scope="col">{c.to}</th><th scope="col">Change</th></tr></thead>
            <tbody>
              {c.indicator_changes.map((i) => (
                <tr key={i.id} className="border-t align-top">
                  <td>{i.label}</td>
                  <td>{i.from === null ? 'No value' : `${number(i.from)} ${i.unit} (${i.from_period})`}</td>
                  <td>{i.to === null ? 'No value' : `${number(i.to)} ${i.unit} (${i.to_period})`}</td>
                  <td>{i.change === null ? i.direction : `${i.direction} by ${number(Math.abs(i.change))} ${i.unit}`}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        ) : <p>No indicator changed.</p>}
      </section>

      <section aria-labelledby="ratios-heading" className="pack-section space-y-2">
        <h2 id="ratios-heading" className="text-xl font-bold">Stop-and-search ratios that moved beyond chance</h2>
        {c.separated_ratios.length ? (
          <ul className="list-disc space-y-2 pl-6">
            {c.separated_ratios.map((f) => (
              <li key={`${f.area_name}-${f.ethnicity}`}>
                {f.area_name}, {f.ethnicity}: {number(f.from.ratio_to_white)} ({number(f.from.ratio_lower)} to {number(f.from.ratio_upper)}) then{' '}
                {number(f.to.ratio_to_white)} ({number(f.to.ratio_lower)} to {number(f.to.ratio_upper)})
              </li>
            ))}
          </ul>
        ) : <p>No ratio&apos;s 95% interval separated from the earlier one.</p>}
      </section>
      <footer className="pack-footer text-sm">{footer}</footer>
      <PrintPageFooter text={footer} />
    </article>
  );
}
