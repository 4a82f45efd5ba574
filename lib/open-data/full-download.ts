// The whole open-data download as one ZIP: a CSV per dataset, datapackage.json
// and a README. Built with the shared ZIP helper, so the same data always
// gives the same bytes (the "created" date is the latest change, not now).
import { buildZip, type ArchiveFile } from '@/lib/archives/zip-archive';
import { datasetCsv } from '@/lib/open-data/dataset-csv';
import { dataPackage } from '@/lib/open-data/datapackage';
import { downloadReadme } from '@/lib/open-data/download-readme';
import type { Dataset } from '@/lib/open-data/dataset-types';

interface Table {
  dataset: Dataset;
  rows: Record<string, string | number | boolean | null>[];
  lastChanged: Date | null;
}

export const csvPath = (dataset: Dataset) => `data/${dataset.id}.csv`;

export function fullDownloadFiles(tables: readonly Table[], siteUrl: string): ArchiveFile[] {
  const created = new Date(Math.max(0, ...tables.map((t) => t.lastChanged?.getTime() ?? 0)));
  const csvs = tables.map((t) => ({ path: csvPath(t.dataset), content: datasetCsv(t.dataset, t.rows) }));
  const described = tables.map((t) => ({ dataset: t.dataset, lastChanged: t.lastChanged, path: csvPath(t.dataset), rows: t.rows.length }));
  return [
    { path: 'README.md', content: downloadReadme(described, created, siteUrl) },
    { path: 'datapackage.json', content: `${JSON.stringify(dataPackage(described, created), null, 2)}\n` },
    ...csvs,
  ];
}

export function fullDownloadZip(tables: readonly Table[], siteUrl: string): Uint8Array {
  return buildZip(fullDownloadFiles(tables, siteUrl));
}
