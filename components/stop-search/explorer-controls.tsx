'use client';
// The explorer's controls. Their state lives in the URL (read and written
// with nuqs): every change is one router navigation that pushes a history entry
// and re-renders the page on the server with the new figures, so the back button
// and a shared link give the same view. Without JavaScript the same fields
// submit as a plain GET form.
import { useRouter } from 'next/navigation';
import { createSerializer, parseAsString, useQueryStates } from 'nuqs';
import { useOptimistic, useTransition } from 'react';

export interface ControlOptions {
  months: string[];
  boroughs: { code: string; name: string }[];
  legislation: string[];
  showBorough: boolean;
}

const keys = { period: parseAsString, from: parseAsString, to: parseAsString, force: parseAsString, borough: parseAsString, ethnicity: parseAsString, legislation: parseAsString };

const withChoices = createSerializer(keys);

const FIELD = 'flex flex-col gap-1 text-sm font-semibold';
const SELECT = 'rounded border border-slate-600 bg-white px-2 py-1 font-normal';

export function ExplorerControls({ options, action }: { options: ControlOptions; action: string }) {
  const [pending, startTransition] = useTransition();
  const [inUrl] = useQueryStates(keys);
  // The choice shows at once, while the page for it is on its way.
  const [state, showChoice] = useOptimistic(inUrl);
  const router = useRouter();
  // One navigation, not nuqs's own non-shallow update: that also pushes the address itself, which the router
  // answers with a render of its own before the one that fetches (docs/performance.md, Pages).
  // The address is built from every choice on screen, so a second change made before the first has arrived keeps
  // it; the page's other parameters (the map's measure) and the fragment are kept from the current address.
  const change = (key: keyof typeof keys) => (e: React.ChangeEvent<HTMLSelectElement>) => {
    const next = { ...state, [key]: e.target.value || null };
    const href = withChoices(`${action}${window.location.search}`, next) + window.location.hash;
    startTransition(() => {
      showChoice(next);
      router.push(href, { scroll: false });
    });
  };
  const select = (key: keyof typeof keys, label: string, choices: [string, string][], fallback = '') => (
    <label className={FIELD}>
      {label}
      <select name={key} className={SELECT} value={state[key] ?? fallback} onChange={change(key)}>
        {choices.map(([value, text]) => (
          <option key={value} value={value}>{text}</option>
        ))}
      </select>
    </label>
  );
  const months: [string, string][] = options.months.map((m) => [m, m]);
  return (
    <form method="get" action={action} onSubmit={(e) => e.preventDefault()} aria-labelledby="controls-heading" className="space-y-3 rounded border border-slate-300 bg-slate-50 p-4">
      <h2 id="controls-heading" className="text-lg font-bold">Choose what to show</h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {select('period', 'Periods of', [['year', 'Calendar years'], ['financial-year', 'Financial years (April–March)'], ['quarter', 'Quarters'], ['month', 'Months']], 'year')}
        {select('from', 'From month', [['', 'First imported'], ...months])}
        {select('to', 'To month', [['', 'Last imported'], ...months])}
        {select('force', 'Police force', [['', 'Both London forces'], ['metropolitan', 'Metropolitan Police'], ['city-of-london', 'City of London Police']])}
        {options.showBorough ? select('borough', 'Borough', [['', 'All of London'], ...options.boroughs.map((b): [string, string] => [b.code, b.name]), ['none', 'No location recorded']]) : null}
        {select('ethnicity', 'Ethnicity as', [['officer', 'recorded by the officer'], ['self', 'described by the person']], 'officer')}
        {select('legislation', 'Law used', [['', 'All laws'], ...options.legislation.map((l): [string, string] => [l, l])])}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <noscript>
          <button type="submit" className="rounded bg-brand px-3 py-1 font-semibold text-white">Show</button>
        </noscript>
        <a href={action} className="text-sm">Reset all choices</a>
        <span role="status" aria-live="polite" className="text-sm text-slate-700">{pending ? 'Updating the figures…' : ''}</span>
      </div>
    </form>
  );
}
