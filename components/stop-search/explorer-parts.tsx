// Small pieces the explorer and borough pages share: the error message for a
// bad address, the note when nothing is imported, the key dates box, and the
// controls wrapped in nuqs's adapter.
import { NuqsAdapter } from 'nuqs/adapters/next/app';
import { Suspense } from 'react';
import { ExplorerControls, type ControlOptions } from '@/components/stop-search/explorer-controls';
import { KEY_DATES, keyDatesSentence, longDate, placeKeyDates } from '@/lib/stop-search/key-dates';

export function ParamsError({ message, resetHref }: { message: string; resetHref: string }) {
  return (
    <div role="alert" aria-labelledby="params-error" className="rounded border-4 border-red-800 p-4">
      <h2 id="params-error" className="text-lg font-bold">This view could not be shown</h2>
      <p className="mt-2">The address asks for something the figures do not have: {message}.</p>
      <p className="mt-2"><a href={resetHref}>Start again with every choice cleared</a>.</p>
    </div>
  );
}

export function NothingImported() {
  return (
    <div className="rounded border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 className="text-lg font-bold">No stop-and-search records are imported yet</h2>
      <p className="mt-2">
        The figures are computed from the monthly files police forces publish on data.police.uk. To load them, run{' '}
        <code>npm run import -- &lt;folder of downloaded files&gt;</code> (or <code>npm run import -- --api --force metropolitan --from YYYY-MM --to YYYY-MM</code>), as described in docs/importing.md.
      </p>
    </div>
  );
}

export function KeyDates({ from, to }: { from: string | null; to: string | null }) {
  const placement = placeKeyDates(from, to);
  return (
    <section aria-labelledby="key-dates" className="space-y-2 rounded border border-slate-300 p-4">
      <h2 id="key-dates" className="text-lg font-bold">Dates that matter</h2>
      <ul className="list-disc space-y-1 pl-5">
        {KEY_DATES.map((d) => (
          <li key={d.id}>
            {longDate(d.date)}: {d.label} (<a href={d.url}>source: {d.sourceTitle}</a>)
          </li>
        ))}
      </ul>
      <p data-testid="key-dates-note">
        <strong>What the figures can show:</strong> {keyDatesSentence(placement, to)}
      </p>
    </section>
  );
}

export function Controls({ options, action }: { options: ControlOptions; action: string }) {
  return (
    <NuqsAdapter>
      <Suspense fallback={<p>Loading the controls…</p>}>
        <ExplorerControls options={options} action={action} />
      </Suspense>
    </NuqsAdapter>
  );
}
