import Link from 'next/link';
import type { Headlines } from '@/lib/stop-search/headlines';
import { keyDatesSentence, placeKeyDates } from '@/lib/stop-search/key-dates';

// The overview's stop-and-search figures, each a link to the explorer view
// it comes from.
export function HeadlineFigures({ period, complete, from, to, headlines }: Headlines) {
  if (!period) {
    return (
      <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3">
        No stop-and-search records are imported yet. Import the monthly files with <code>npm run import -- &lt;folder&gt;</code> (see docs/importing.md).
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <p className="max-w-3xl">
        Counted from the police&apos;s own records for {period}, {complete ? 'the latest year with every month imported for both forces' : 'the latest year held (not every month of it is imported)'}.{' '}
        {keyDatesSentence(placeKeyDates(from, to), to)}
      </p>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {headlines.map((h) => (
          <li key={h.key} className="rounded border border-slate-300 p-3" data-headline={h.key}>
            <Link href={h.href} className="block no-underline">
              <span className="block text-sm font-semibold text-slate-800">{h.label}</span>
              <span className="block text-2xl font-bold text-link underline">{h.value}</span>
            </Link>
            <span className="block text-sm text-slate-700">{h.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
