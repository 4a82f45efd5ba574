import type { Metadata } from 'next';
import { CommitmentFiltersForm, type SelectedValues } from '@/components/commitments/commitment-filters-form';
import { CommitmentList } from '@/components/commitments/commitment-list';
import { FilterErrorSummary } from '@/components/commitments/filter-error-summary';
import { DownloadCsvLink } from '@/components/ui/download-csv-link';
import { describeFilters, filtersToQuery, parseCommitmentFilters } from '@/lib/commitments/filters';
import { STATUS_LABELS } from '@/lib/commitments/status';
import { getCommitmentFilterOptions, listCommitments } from '@/lib/queries/commitments';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseCommitmentFilters(await searchParams);
  if (!parsed.ok) return { title: 'Error: Commitments' };
  const status = parsed.filters.status;
  return { title: status ? `Commitments: ${STATUS_LABELS[status]}` : 'Commitments' };
}

// The first value of each filter, to keep the form showing what was asked for.
function selectedValues(params: Record<string, string | string[] | undefined>): SelectedValues {
  const first = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  return { source: first('source'), theme: first('theme'), status: first('status') };
}

export default async function CommitmentsPage({ searchParams }: Props) {
  const params = await searchParams;
  const options = await getCommitmentFilterOptions();
  const parsed = parseCommitmentFilters(params, {
    sourceIds: options.sources.map((s) => s.id),
    themes: options.themes.map((t) => t.value),
  });
  const items = parsed.ok ? await listCommitments(parsed.filters) : [];
  const applied = parsed.ok ? describeFilters(parsed.filters, new Map(options.sources.map((s) => [s.id, s.title]))) : [];

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Commitments</h1>
      <p className="max-w-3xl">
        What the Metropolitan Police, the Mayor and national policing bodies promised after the Casey Review and in
        the London Race Action Plan, and what has been published since. Each summary is in our own words and links to
        its source. A status is never guessed: where nothing dated has been published, it says so.
      </p>
      {parsed.ok ? null : <FilterErrorSummary issues={parsed.issues} />}
      <CommitmentFiltersForm options={options} selected={selectedValues(params)} issues={parsed.ok ? [] : parsed.issues} />
      {parsed.ok ? (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="sr-only">
            Results
          </h2>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div>
              <p className="text-lg font-semibold">
                Showing {items.length} of {options.total} commitments
              </p>
              {applied.length > 0 ? <p className="text-sm text-slate-700">Filtered by {applied.join('; ')}.</p> : null}
            </div>
            <DownloadCsvLink href={`/commitments.csv${filtersToQuery(parsed.filters)}`} label="Download CSV of these commitments" />
          </div>
          <CommitmentList items={items} />
        </section>
      ) : null}
    </div>
  );
}
