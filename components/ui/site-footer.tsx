import Link from 'next/link';
import { CC_BY, OGL } from '@/lib/open-data/dataset-types';

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-300 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 sm:px-6">
        <p>
          Police and census data: Open Government Licence v3.0 (<a href={OGL.path}>licence text</a>).
          Contains public sector information licensed under the Open Government Licence v3.0.
        </p>
        <p>
          Summaries of commitments, findings, status judgements and notes are written by this project in its own
          words and published under {CC_BY.title} (<a href={CC_BY.path}>CC BY 4.0</a>); every item links to the page it was
          read from. See <Link href="/methodology">how the figures are made</Link> and{' '}
          <Link href="/about">where the data comes from</Link>. Reuse it: <Link href="/data">open data</Link> and the{' '}
          <Link href="/developers">API</Link>.
        </p>
      </div>
    </footer>
  );
}
