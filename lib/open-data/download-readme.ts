// README.md inside the full download: what each file holds, where it comes
// from, its licence and how to cite it.
import type { Dataset } from '@/lib/open-data/dataset-types';
import { CC_BY, OGL } from '@/lib/open-data/dataset-types';

export function downloadReadme(entries: readonly { dataset: Dataset; path: string; rows: number }[], created: Date, siteUrl: string): string {
  const files = entries
    .map(({ dataset, path, rows }) => `- \`${path}\` (${rows} rows): ${dataset.title}. ${dataset.description}\n  Sources: ${dataset.sources.map((s) => `${s.title} <${s.path.startsWith('/') ? siteUrl + s.path : s.path}>`).join('; ')}`)
    .join('\n');
  return `# Met Police accountability dashboard: open data

Downloaded ${created.toISOString()} from ${siteUrl}/data.

## Files

${files}
- \`datapackage.json\`: every file and field described in the Frictionless Data Package format (types, units, allowed values).

Each CSV is UTF-8 with a header row; dates are ISO 8601 (timestamps in UTC); an empty cell means no value.
A text cell that begins with = + - @ or a tab gets a leading apostrophe, so spreadsheets never run it as a formula.

## Licence

Police data (data.police.uk) and census data (Office for National Statistics) are published under the
${OGL.title} (${OGL.path}): "Contains public sector information licensed under the Open Government Licence v3.0."

Commitments, status history, findings, indicators, observations and every other summary, judgement or note
written by this project are published under the ${CC_BY.title} licence (${CC_BY.name}, ${CC_BY.path}):
reuse them freely, crediting "Met Police accountability dashboard" with a link to ${siteUrl}. Each row links
to the public page it was read from; those pages keep their own terms.

## How to cite

Met Police accountability dashboard, open data downloaded ${created.toISOString().slice(0, 10)}, ${siteUrl}/data.
Cite the original publisher too: each row links to the page it was read from.
`;
}
