'use client';

// Shown when a page fails on the server. It never shows the error itself:
// stack traces and SQL stay in the server log. An outage of the database is
// told apart by its digest (lib/cache/database-unavailable.ts), the one detail
// Next.js passes on in production.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const outage = error.digest === 'DATABASE_UNAVAILABLE';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{outage ? 'Temporarily unavailable' : 'Something went wrong'}</h1>
      <p>
        {outage
          ? 'The dashboard cannot reach its database just now. Nothing is lost: please try again in about 30 seconds.'
          : 'This page could not be shown just now. Please try again in a moment.'}
      </p>
      <button type="button" onClick={reset} className="rounded border border-slate-700 px-3 py-1">
        Try again
      </button>
    </div>
  );
}
