// What describes one published table: its fields (Frictionless Table Schema
// names and types, plus unit, meaning and allowed values), its sources and the
// SQL that reads it. The /data page, the CSVs, datapackage.json, the API and
// the OpenAPI document are all made from these descriptions.
import type { FieldType } from '@/lib/open-data/field-types';

export interface DatasetField {
  name: string;
  type: FieldType;
  description: string;
  unit?: string;
  /** The only values the field takes (besides empty). */
  values?: readonly string[];
  required?: boolean;
}

export interface DatasetSource {
  title: string;
  path: string;
}

export interface Dataset {
  /** Lower-case with hyphens: the file name, the datapackage resource name and the API path segment. */
  id: string;
  title: string;
  description: string;
  fields: readonly DatasetField[];
  /** Field names that identify a row. */
  primaryKey: readonly string[];
  sources: readonly DatasetSource[];
  /** 'ogl-3': copied public-sector data; 'project': written by this project (CC BY 4.0). */
  licence: 'ogl-3' | 'project';
  /** Columns aliased to the field names, in a stable order; JSON-ready values (dates as ISO text, numbers as float8/int). */
  sql: string;
  /** One value: when the table last changed (timestamptz), or null when the table does not record it. */
  lastChangedSql: string | null;
  /** API path under /api/v1, without the leading slash. */
  apiPath: string;
}

export const OGL = {
  name: 'OGL-UK-3.0',
  title: 'Open Government Licence v3.0',
  path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/**
 * The project's own writing (commitment summaries, findings, status judgements,
 * notes): free to reuse with credit, like the public data it sits beside.
 */
export const CC_BY = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export type Licence = typeof OGL | typeof CC_BY;

/** The licence a dataset is published under: OGL for the public data it copies, CC BY for what the project wrote. */
export function licenceOf(dataset: Pick<Dataset, 'licence'>): Licence {
  return dataset.licence === 'ogl-3' ? OGL : CC_BY;
}
