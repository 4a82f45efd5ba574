import { ScrollTable } from '@/components/ui/scroll-table';
import { licenceOf } from '@/lib/open-data/dataset-types';
import type { DatasetSummary } from '@/lib/queries/open-data';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

// One dataset of /data: what it holds, where it comes from, its licence, when
// it last changed, its downloads, and every field it has.
export function DatasetSection({ summary }: { summary: DatasetSummary }) {
  const { dataset, rowCount, lastChanged } = summary;
  const api = `/api/v1/${dataset.apiPath}`;
  const licence = licenceOf(dataset);
  return (
    <section id={dataset.id} aria-labelledby={`${dataset.id}-title`} className="space-y-3 border-t border-gray-300 pt-6">
      <h3 id={`${dataset.id}-title`} className="text-xl font-bold">{dataset.title}</h3>
      <p className="max-w-3xl">{dataset.description}</p>
      <dl className="grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Rows</dt>
        <dd>{rowCount.toLocaleString('en-GB')}</dd>
        <dt className="font-semibold">Last changed</dt>
        <dd>{lastChanged ? dateTime.format(lastChanged) : 'Not recorded: changes only with the project\'s seed data'}</dd>
        <dt className="font-semibold">Sources</dt>
        <dd>
          {dataset.sources.map((s, i) => (
            <span key={s.path}>
              {i > 0 ? '; ' : ''}
              <a href={s.path}>{s.title}</a>
            </span>
          ))}
        </dd>
        <dt className="font-semibold">Licence</dt>
        <dd>
          <a href={licence.path}>{licence.title}</a>
          {dataset.licence === 'project'
            ? ' (written by this project; each row links to the page it was read from, which keeps its own terms)'
            : null}
        </dd>
        <dt className="font-semibold">Download</dt>
        <dd>
          <a href={`${api}?format=csv`} download>{`${dataset.id}.csv`}</a> · <a href={api}>JSON ({api})</a>
        </dd>
      </dl>
      <ScrollTable label={`Fields of ${dataset.title}`} caption={`Fields of ${dataset.title}`}>
        <thead>
          <tr className="border-b border-gray-400">
            <th scope="col" className="py-1 pr-3">Field</th>
            <th scope="col" className="py-1 pr-3">Type</th>
            <th scope="col" className="py-1 pr-3">Unit</th>
            <th scope="col" className="py-1 pr-3">Meaning</th>
            <th scope="col" className="py-1">Allowed values</th>
          </tr>
        </thead>
        <tbody>
          {dataset.fields.map((field) => (
            <tr key={field.name} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-1 pr-3 font-mono font-normal">{field.name}</th>
              <td className="py-1 pr-3">{field.type}</td>
              <td className="py-1 pr-3">{field.unit ?? ''}</td>
              <td className="py-1 pr-3">
                {field.description}
                {field.required ? '' : ' May be empty.'}
              </td>
              <td className="py-1">{field.values ? field.values.join(', ') : 'any'}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
