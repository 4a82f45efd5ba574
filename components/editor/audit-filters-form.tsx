import { fieldId, SelectField, TextField } from '@/components/forms/fields';
import type { AuditFilters } from '@/lib/audit/audit-filters';
import { AUDIT_ENTITY_TYPES } from '@/lib/audit/record-audit';

const KIND_LABELS: Record<string, string> = {
  status_update: 'Status updates and corrections', commitment: 'Commitments', source: 'Sources', user: 'People', import: 'Imports', snapshot: 'Snapshots',
  panel_meeting: 'Panel meetings', panel_question: 'Panel questions and follow-up', panel_answer: 'Answers to panels',
};

// A plain GET form: the filters stay in the address, so a view can be shared.
export function AuditFiltersForm(props: {
  filters: AuditFilters;
  errors: Record<string, string>;
  actions: string[];
  people: { id: string; name: string; email: string }[];
}) {
  const errors = Object.fromEntries(Object.entries(props.errors).map(([k, v]) => [k, [v]]));
  const f = props.filters;
  return (
    <form method="get" action="/editor/audit" className="rounded border border-slate-300 bg-slate-50 p-4">
      <fieldset className="min-w-0">
        <legend className="mb-3 text-lg font-bold">Filter the log</legend>
        {Object.keys(errors).length ? (
          <div role="alert" className="mb-3 text-red-800">
            <ul className="list-disc pl-5">
              {Object.entries(props.errors).map(([k, v]) => (
                <li key={k}>
                  <a href={`#${fieldId(k)}`}>{v}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField name="entityType" label="Kind of record" placeholder="All kinds" defaultValue={f.entityType} choices={AUDIT_ENTITY_TYPES.map((t) => ({ value: t, label: KIND_LABELS[t] ?? t }))} errors={errors} required />
          <SelectField name="action" label="Action" placeholder="All actions" defaultValue={f.action} choices={props.actions.map((a) => ({ value: a, label: a.replace(/_/g, ' ') }))} errors={errors} required />
          <SelectField
            name="actor"
            label="Who"
            placeholder="Everyone"
            defaultValue={f.actor}
            choices={[{ value: 'command-line', label: 'The command line' }, ...props.people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))]}
            errors={errors}
            required
          />
          <TextField name="from" label="From" type="date" defaultValue={f.from} errors={errors} required />
          <TextField name="to" label="To" type="date" defaultValue={f.to} errors={errors} required />
        </div>
        <button type="submit" className="mt-4 rounded bg-brand px-4 py-2 font-semibold text-white">
          Apply
        </button>
      </fieldset>
    </form>
  );
}
