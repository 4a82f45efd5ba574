// Every GET route the API documents, once. The OpenAPI document (and so the
// /developers page) is made from this list: documenting a new route is one
// entry here, naming the zod schema its handler validates with.
import { z } from 'zod';
import { datasetQuerySchema, datasetResponseSchema, recordPageResponseSchema } from '@/lib/open-data/api-schemas';
import { DATASETS } from '@/lib/open-data/datasets';
import { recordPageSchema } from '@/lib/open-data/record-params';
import { importFiltersSchema, importPageSchema } from '@/lib/schemas/imports-api';
import { summaryQuerySchema, summaryRequestSchema } from '@/lib/stop-search/summary-params';
import { snapshotListResponseSchema, snapshotPathSchema, snapshotResponseSchema } from '@/lib/snapshots/api-schemas';

export interface ApiRoute {
  path: string;
  summary: string;
  description: string;
  tag: string;
  /** The schema the handler validates its query string with. */
  query?: z.ZodObject;
  /** Path parameters, as "{name}" in `path`. */
  pathParams?: z.ZodObject;
  /** JSON body of a 200 answer; null when the route answers a file only. */
  response: z.ZodType | null;
  /** Media types of the 200 answer besides JSON (with format=csv, or the only type when response is null). */
  files?: ('text/csv' | 'application/zip')[];
  /** Query parameters the handler takes besides `query` (e.g. the records cursor). */
  extraQuery?: z.ZodObject;
  notFound?: boolean;
}

const loose = (description: string) => z.object({}).loose().meta({ description });

const summaryRoutes: ApiRoute[] = [
  {
    path: '/api/v1/stop-search/summary',
    summary: 'Stop-and-search figures for any period, filter and grouping',
    description: 'Counts, rates per 1,000 residents, ratios to White people with 95% intervals, for a period grain and any grouping. Every parameter and column is described in docs/figures.md.',
    tag: 'Stop and search',
    query: summaryRequestSchema,
    response: loose('{ query, rows, notes, sources, batches, links }: see docs/figures.md.'),
    files: ['text/csv'],
  },
  {
    path: '/api/v1/stop-search/records',
    summary: 'Stop-and-search records, a page at a time',
    description: 'Every record matching the summary\'s filters (period and by are refused: records are not grouped), in id order. Follow links.next (a keyset cursor on id) until it is null. For all records in one file use /data/stop-search-records.csv.',
    tag: 'Stop and search',
    query: summaryQuerySchema.omit({ period: true, by: true }),
    extraQuery: recordPageSchema,
    response: recordPageResponseSchema,
    files: ['text/csv'],
  },
  {
    path: '/data/stop-search-records.csv',
    summary: 'Every matching stop-and-search record in one CSV, streamed',
    description: 'Same filters and columns as /api/v1/stop-search/records, without paging: the file is streamed from the database as it is read, whatever its size. The file name names the force, months and filters.',
    tag: 'Stop and search',
    query: summaryQuerySchema.omit({ period: true, by: true, format: true }),
    response: null,
    files: ['text/csv'],
  },
  {
    path: '/api/v1/stop-search/reconciliation',
    summary: 'Official figures beside our own counts',
    description: 'Each published official stop-and-search figure next to the same figure counted from the imported records.',
    tag: 'Stop and search',
    query: z.object({}),
    response: z.object({ rows: z.array(z.object({}).loose()) }).meta({ description: 'One row per official figure.' }),
  },
  {
    path: '/api/v1/imports',
    summary: 'Import batches with their reports',
    description: 'Every police.uk file imported, with rows loaded and rejected.',
    tag: 'Imports',
    query: importFiltersSchema,
    response: z.object({ batches: z.array(z.object({}).loose()) }),
  },
  {
    path: '/api/v1/imports/{id}',
    summary: 'One import batch and its rejected rows',
    description: 'The batch\'s report and its rejected rows (line, field, value, reason), a page at a time.',
    tag: 'Imports',
    pathParams: z.object({ id: z.uuid().meta({ description: 'Import batch id.' }) }),
    query: importPageSchema,
    response: z.object({ links: z.object({ self: z.string(), next: z.string().nullable() }) }).loose(),
    notFound: true,
  },
  {
    path: '/data/open-data.zip',
    summary: 'Every dataset in one ZIP',
    description: 'A CSV per dataset, datapackage.json (Frictionless Data Package) and a README with sources, licence and how to cite.',
    tag: 'Datasets',
    query: z.object({}),
    response: null,
    files: ['application/zip'],
  },
];

const snapshotRoutes: ApiRoute[] = [
  {
    path: '/api/v1/snapshots',
    summary: 'Published quarterly snapshots',
    description: 'Every published snapshot and correction, newest quarter first, with its SHA-256 and links. The same rows as a table (and CSV): /api/v1/snapshot-revisions. New ones as they are published: the Atom feed /feed.xml.',
    tag: 'Snapshots',
    query: z.object({}),
    response: snapshotListResponseSchema,
  },
  {
    path: '/api/v1/snapshots/{quarter}',
    summary: 'One quarter\'s snapshot document',
    description: 'The quarter\'s latest revision: its summary, every revision (corrections), and the frozen document whose canonical JSON hashes to sha256. Each table as CSV, with a README and manifest: /snapshots/{quarter}/snapshot.zip.',
    tag: 'Snapshots',
    pathParams: snapshotPathSchema,
    query: z.object({}),
    response: snapshotResponseSchema,
    notFound: true,
  },
];

const datasetRoutes: ApiRoute[] = DATASETS.map((dataset) => ({
  path: `/api/v1/${dataset.apiPath}`,
  summary: dataset.title,
  description: `${dataset.description} Field meanings, units and allowed values: /data#${dataset.id}.`,
  tag: 'Datasets',
  query: datasetQuerySchema,
  response: datasetResponseSchema(dataset),
  files: ['text/csv'],
}));

export const API_ROUTES: readonly ApiRoute[] = [...datasetRoutes, ...summaryRoutes, ...snapshotRoutes];
