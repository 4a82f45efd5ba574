// Building blocks for the editor forms' schemas. Each turns what a form
// submits (always text, "" for an empty box) into the value stored, with a
// message a person can act on.
import { z } from 'zod';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

export function requiredText(label: string, { min = 1, max = 2000 }: { min?: number; max?: number } = {}) {
  return z.preprocess(
    trim,
    z
      .string({ error: `Enter ${label}.` })
      .min(Math.max(min, 1), { error: min > 1 ? `Enter ${label}: at least ${min} characters.` : `Enter ${label}.` })
      .max(max, { error: `Keep ${label} to ${max} characters or fewer.` }),
  );
}

/** Optional text: an empty box is stored as null. */
export function optionalText(label: string, max = 2000) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: `Keep ${label} to ${max} characters or fewer.` })
      .optional()
      .transform((v) => v ?? null),
  );
}

export function webAddress(label = 'the web address') {
  return z.preprocess(
    trim,
    z
      .string({ error: `Enter ${label}.` })
      .min(1, { error: `Enter ${label}.` })
      .max(2000, { error: 'This web address is too long.' })
      .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'Enter a full web address starting with https:// or http://' })),
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtcDate(text: string): Date | null {
  if (!ISO_DATE.test(text)) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

interface DateRules {
  notInFuture?: boolean;
}

function dateSchema(label: string, rules: DateRules) {
  return z
    .string()
    .refine((text) => toUtcDate(text) !== null, { error: `Enter ${label} as a real date, for example 2025-03-31.` })
    .refine((text) => text >= '1990-01-01', { error: `${label[0]?.toUpperCase()}${label.slice(1)} must be after 1990.` })
    .refine((text) => !rules.notInFuture || text <= todayUtc(), { error: `${label[0]?.toUpperCase()}${label.slice(1)} cannot be in the future.` })
    .transform((text) => toUtcDate(text) as Date);
}

/** A calendar date (YYYY-MM-DD, what <input type="date"> submits) as midnight UTC. */
export function requiredDate(label: string, rules: DateRules = {}) {
  return z.preprocess(trim, z.string({ error: `Enter ${label}.` }).min(1, { error: `Enter ${label}.` }).pipe(dateSchema(label, rules)));
}

export function optionalDate(label: string, rules: DateRules = {}) {
  return z.preprocess(blankToUndefined, dateSchema(label, rules).optional()).transform((v) => v ?? null);
}

/** YYYY-MM-DD for a date input's value. */
export function dateInputValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : '';
}

export const slugField = (label: string) =>
  z.preprocess(
    trim,
    z
      .string({ error: `Enter ${label}.` })
      .min(1, { error: `Enter ${label}.` })
      .max(100, { error: `Keep ${label} to 100 characters or fewer.` })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: `Use lowercase letters, digits and hyphens for ${label}, starting with a letter or digit.` }),
  );

/** Field messages keyed by path ("evidence.0.url"), as the forms show them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
