'use client';

// Shown when a page fails on the server. It never shows the error itself:
// stack traces and SQL stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p>This page could not be shown just now. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="rounded border border-slate-700 px-3 py-1">
        Try again
      </button>
    </div>
  );
}
