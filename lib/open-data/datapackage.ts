// datapackage.json for the full download, in the Frictionless Data Package
// (tabular) format: one resource per CSV with its Table Schema.
import type { Dataset, DatasetField } from '@/lib/open-data/dataset-types';
import { CC_BY, licenceOf, OGL } from '@/lib/open-data/dataset-types';

export const PACKAGE_NAME = 'met-accountability-dashboard';

function tableField(field: DatasetField): Record<string, unknown> {
  return {
    name: field.name,
    type: field.type,
    description: field.unit ? `${field.description} Unit: ${field.unit}.` : field.description,
    ...(field.type === 'date' ? { format: 'default' } : {}),
    ...(field.required || field.values ? { constraints: { ...(field.required ? { required: true } : {}), ...(field.values ? { enum: [...field.values] } : {}) } } : {}),
  };
}

export function dataPackage(datasets: readonly { dataset: Dataset; lastChanged: Date | null; path: string }[], created: Date): Record<string, unknown> {
  return {
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    title: 'Met Police accountability dashboard: open data',
    description: 'Commitments, their status history, findings, indicators, stop-and-search counts, population and import records published by the dashboard. See README.md.',
    created: created.toISOString(),
    // The package mixes both; each resource names the one that applies to it.
    licenses: [OGL, CC_BY],
    resources: datasets.map(({ dataset, lastChanged, path }) => ({
      profile: 'tabular-data-resource',
      name: dataset.id,
      path,
      title: dataset.title,
      description: `${dataset.description}${dataset.licence === 'project' ? ' Written by this project.' : ''}${lastChanged ? ` Last changed ${lastChanged.toISOString()}.` : ''}`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      sources: dataset.sources.map((s) => ({ title: s.title, path: s.path })),
      licenses: [licenceOf(dataset)],
      schema: { fields: dataset.fields.map(tableField), primaryKey: [...dataset.primaryKey], missingValues: [''] },
    })),
  };
}
