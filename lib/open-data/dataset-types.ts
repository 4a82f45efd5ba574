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

/** Said wherever a licence would be shown for the project's own writing: no licence has been chosen, so none is claimed. */
export const PROJECT_LICENCE_NOTE =
  'Summaries and notes written by this project. The project has not chosen a licence for its own writing yet, so none is claimed here; each row links to the public page it was read from, which keeps its own terms.';
