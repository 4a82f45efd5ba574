import type { FilterField, FilterIssue } from '@/lib/commitments/filters';
import Link from 'next/link';
import { STATUS_KEYS, STATUS_LABELS, STATUS_SLUGS, statusFromSlug } from '@/lib/commitments/status';
import type { CommitmentFilterOptions } from '@/lib/queries/commitments';

export type SelectedValues = Partial<Record<FilterField, string>>;

interface Choice {
  value: string;
  label: string;
}

function FilterSelect(props: {
  field: FilterField;
  label: string;
  allLabel: string;
  choices: Choice[];
  selected?: string;
  error?: string;
}) {
  const id = `filter-${props.field}`;
  // A value from the URL that is not among the choices (a typo) falls back to "all".
  const value = props.choices.some((c) => c.value === props.selected) ? props.selected : '';
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {props.label}
      </label>
      {props.error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {props.error}
        </p>
      ) : null}
      <select
        id={id}
        name={props.field}
        defaultValue={value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        className={`w-full min-w-0 rounded border bg-white px-2 py-1.5 ${props.error ? 'border-2 border-red-800' : 'border-slate-600'}`}
      >
        <option value="">{props.allLabel}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

// A plain GET form: it works without JavaScript and leaves the view in the
// URL, so the address bar is a permanent link to exactly these results.
export function CommitmentFiltersForm({
  options,
  selected,
  issues,
}: {
  options: CommitmentFilterOptions;
  selected: SelectedValues;
  issues: FilterIssue[];
}) {
  const errorFor = (field: FilterField) => issues.find((issue) => issue.field === field)?.message;
  // Statuses nobody has are left out, unless the URL asks for one: then it
  // stays selected, so the form matches the (empty) list below it.
  const asked = selected.status ? statusFromSlug(selected.status) : undefined;
  const statusChoices = STATUS_KEYS.filter((key) => options.statuses.includes(key) || key === asked).map((key) => ({
    value: STATUS_SLUGS[key],
    label: STATUS_LABELS[key],
  }));
  return (
    <form method="get" action="/commitments" className="rounded border border-slate-300 bg-slate-50 p-4">
      <fieldset className="min-w-0">
        <legend className="mb-3 text-lg font-bold">Filter commitments</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <FilterSelect
            field="source"
            label="Source"
            allLabel="All sources"
            choices={options.sources.map((s) => ({ value: s.id, label: s.title }))}
            selected={selected.source}
            error={errorFor('source')}
          />
          <FilterSelect
            field="theme"
            label="Theme"
            allLabel="All themes"
            choices={options.themes}
            selected={selected.theme}
            error={errorFor('theme')}
          />
          <FilterSelect
            field="status"
            label="Status"
            allLabel="All statuses"
            choices={statusChoices}
            selected={selected.status}
            error={errorFor('status')}
          />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-white hover:bg-slate-800">
            Apply
          </button>
          <Link href="/commitments">Clear filters</Link>
        </div>
      </fieldset>
    </form>
  );
}
