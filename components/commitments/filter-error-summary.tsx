import type { FilterIssue } from '@/lib/commitments/filters';

// Placed before the form and linked to each faulty control, so keyboard and
// screen reader users learn what went wrong and can jump straight to it.
export function FilterErrorSummary({ issues }: { issues: FilterIssue[] }) {
  return (
    <div role="alert" aria-labelledby="filter-error-title" className="rounded border-4 border-red-800 p-4">
      <h2 id="filter-error-title" className="text-lg font-bold">
        These filters could not be used
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {issues.map((issue) => (
          <li key={`${issue.field}-${issue.message}`}>
            <a href={`#filter-${issue.field}`}>{issue.message}</a>
          </li>
        ))}
      </ul>
      <p className="mt-2">Choose from the lists below, or clear the filters to see every commitment.</p>
    </div>
  );
}
