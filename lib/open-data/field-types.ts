// Field types of the Frictionless Table Schema that our tables use, each with
// the zod schema a JSON API value of that type must satisfy.
import { z } from 'zod';

export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'datetime'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** The zod schema of one JSON value of a field (null when the field is empty). */
export function jsonValueSchema(type: FieldType, values?: readonly string[]): z.ZodType {
  const base =
    type === 'integer' ? z.int()
    : type === 'number' ? z.number()
    : type === 'boolean' ? z.boolean()
    : type === 'date' ? z.iso.date()
    : type === 'datetime' ? z.iso.datetime()
    : values?.length ? z.enum(values as [string, ...string[]])
    : z.string();
  return base.nullable();
}
