// The JSON shape of one stop from data.police.uk's stops-force method, and
// how each field becomes the string the monthly CSV download carries for it.
// Only the JSON types are checked here; whether a value is acceptable (a
// known age range, a valid date, ...) is decided by the CSV importer's own
// row validation, so an API stop and a CSV row are judged by the same rules.
//
// Quirks of the API (https://data.police.uk/docs/method/stops-force/):
// - a stop that could not be mapped has `location: null`; the CSV leaves
//   Latitude and Longitude empty;
// - latitude/longitude are strings ("51.512528"), copied through unchanged;
// - `outcome` is a label, or `false` / `""` / null when the force gave none
//   (older months); newer responses add `outcome_object: {id, name}`, and a
//   few clients have seen `outcome` itself as such an object;
// - yes/no fields are true, false or null; the CSV writes True, False or
//   leaves the cell empty;
// - `involved_person` and `location.street` have no CSV column and are ignored.
import { z } from 'zod';
import type { Column, RawRow } from '@/lib/importers/police-uk/columns';

/** Text fields: null or absent is the CSV's empty cell. */
const text = z
  .string({ error: 'expected text or null' })
  .nullish()
  .transform((v) => v ?? '');

/** True/False/empty, exactly as the CSV downloads spell them. */
const flag = z
  .boolean({ error: 'expected true, false or null' })
  .nullish()
  .transform((v) => (v === null || v === undefined ? '' : v ? 'True' : 'False'));

const coordinate = z
  .union([z.string(), z.number()], { error: 'expected a number or a numeric string' })
  .transform((v) => String(v).trim());

const location = z
  .object({ latitude: coordinate, longitude: coordinate }, { error: 'expected an object with latitude and longitude, or null' })
  .nullish()
  .transform((v) => v ?? { latitude: '', longitude: '' });

const outcomeObject = z.object({ id: z.string().nullish(), name: z.string().nullish() });

const outcome = z
  .union([z.string(), z.literal(false), outcomeObject], { error: 'expected a label, false, {id, name} or null' })
  .nullish()
  .transform((v) => (typeof v === 'string' ? v : v ? (v.name ?? '') : ''));

export const apiStopSchema = z.object({
  type: text,
  datetime: text,
  operation: flag,
  operation_name: text,
  location,
  gender: text,
  age_range: text,
  self_defined_ethnicity: text,
  officer_defined_ethnicity: text,
  legislation: text,
  object_of_search: text,
  outcome,
  // Only a fallback for a blank outcome: a malformed one is ignored rather than rejecting the stop.
  outcome_object: outcomeObject.nullish().catch(null),
  outcome_linked_to_object_of_search: flag,
  removal_of_more_than_outer_clothing: flag,
});

export type ApiStop = z.output<typeof apiStopSchema>;

/** The CSV column each API field fills, to name the column when a field is rejected. */
export const COLUMN_OF_FIELD: Record<string, Column> = {
  type: 'Type',
  datetime: 'Date',
  operation: 'Part of a policing operation',
  operation_name: 'Policing operation',
  location: 'Latitude',
  gender: 'Gender',
  age_range: 'Age range',
  self_defined_ethnicity: 'Self-defined ethnicity',
  officer_defined_ethnicity: 'Officer-defined ethnicity',
  legislation: 'Legislation',
  object_of_search: 'Object of search',
  outcome: 'Outcome',
  outcome_linked_to_object_of_search: 'Outcome linked to object of search',
  removal_of_more_than_outer_clothing: 'Removal of more than just outer clothing',
};

/** The CSV row the monthly download carries for this stop. */
export function toRawRow(stop: ApiStop): RawRow {
  return {
    Type: stop.type,
    Date: stop.datetime,
    'Part of a policing operation': stop.operation,
    'Policing operation': stop.operation_name,
    Latitude: stop.location.latitude,
    Longitude: stop.location.longitude,
    Gender: stop.gender,
    'Age range': stop.age_range,
    'Self-defined ethnicity': stop.self_defined_ethnicity,
    'Officer-defined ethnicity': stop.officer_defined_ethnicity,
    Legislation: stop.legislation,
    'Object of search': stop.object_of_search,
    // A blank `outcome` with a named outcome_object still has a known outcome.
    Outcome: stop.outcome || (stop.outcome_object?.name ?? ''),
    'Outcome linked to object of search': stop.outcome_linked_to_object_of_search,
    'Removal of more than just outer clothing': stop.removal_of_more_than_outer_clothing,
  };
}
