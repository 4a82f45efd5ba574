// Every write leaves an audit entry: who, when, what, and the values before
// and after. It is written with the same transaction client as the change, so
// the two commit together or not at all.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/prisma-client';

export const AUDIT_ENTITY_TYPES = ['status_update', 'commitment', 'source', 'user', 'import', 'snapshot', 'panel_meeting', 'panel_question', 'panel_answer'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_VIA = { editor: 'editor', commandLine: 'command line' } as const;
export type AuditVia = (typeof AUDIT_VIA)[keyof typeof AUDIT_VIA];

export interface AuditEntry {
  /** What was done, as a verb: "create", "update", "correct", "invite", "disable", ... */
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON for a jsonb column: dates as ISO strings, big integers as strings, undefined dropped. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, actorId: string | null, entry: AuditEntry, via: AuditVia = AUDIT_VIA.editor): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId,
      via,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
    },
  });
}
