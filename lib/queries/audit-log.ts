// The audit log as editors browse it: every write, newest first, filtered by
// kind, action, person and date, one page at a time.
import 'server-only';
import type { AuditFilters } from '@/lib/audit/audit-filters';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/prisma-client';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRow {
  id: string;
  createdAt: Date;
  actor: { name: string; email: string } | null;
  via: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

function whereFor(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00.000Z`);
  if (filters.to) createdAt.lt = new Date(new Date(`${filters.to}T00:00:00.000Z`).getTime() + 24 * 60 * 60 * 1000);
  return {
    entityType: filters.entityType,
    action: filters.action,
    ...(filters.actor === 'command-line' ? { actorId: null } : filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

export async function listAuditEntries(filters: AuditFilters, db: Db = getDb()): Promise<{ rows: AuditRow[]; total: number }> {
  const where = whereFor(filters);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { name: true, email: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt,
      actor: row.actor,
      via: row.via,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
    })),
  };
}

/** The choices the filter form offers: actions and people that appear in the log. */
export async function getAuditFilterOptions(db: Db = getDb()) {
  const [actions, people] = await Promise.all([
    db.auditLog.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { email: 'asc' } }),
  ]);
  return { actions: actions.map((a) => a.action), people };
}
