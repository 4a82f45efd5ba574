// The audit log page's filters, from its query string: what kind of thing,
// which action, who, and a date range. Bad values are reported, not thrown.
import { z } from 'zod';
import { AUDIT_ENTITY_TYPES } from '@/lib/audit/record-audit';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : Array.isArray(v) ? v[0] : v);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2025-03-31.' });

export const auditFiltersSchema = z.object({
  entityType: z.preprocess(blank, z.enum(AUDIT_ENTITY_TYPES, { error: 'Choose a kind of record from the list.' }).optional()),
  action: z.preprocess(blank, z.string().regex(/^[a-z_]{1,40}$/, { error: 'Choose an action from the list.' }).optional()),
  actor: z.preprocess(blank, z.union([z.uuid(), z.literal('command-line')], { error: 'Choose a person from the list.' }).optional()),
  from: z.preprocess(blank, isoDay.optional()),
  to: z.preprocess(blank, isoDay.optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

export type AuditFilterResult = { ok: true; filters: AuditFilters } | { ok: false; filters: AuditFilters; errors: Record<string, string> };

export function parseAuditFilters(raw: Record<string, string | string[] | undefined>): AuditFilterResult {
  const result = auditFiltersSchema.safeParse(raw);
  if (result.success) return { ok: true, filters: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  // Keep the filters that were fine, so the page still shows something useful.
  const clean = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in errors)));
  return { ok: false, filters: auditFiltersSchema.parse(clean), errors };
}
