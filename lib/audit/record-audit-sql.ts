// The audit entry for writes made with node-postgres rather than Prisma (the
// stop-and-search importer loads rows with COPY on its own connection): same
// columns, same JSON, on the caller's client so it joins their transaction.
import type pg from 'pg';
import { toAuditJson, type AuditEntry, type AuditVia } from '@/lib/audit/record-audit';

export async function recordAuditSql(client: pg.ClientBase, actorId: string | null, entry: AuditEntry, via: AuditVia): Promise<void> {
  const json = (value: unknown) => {
    const converted = toAuditJson(value);
    return converted === undefined ? null : JSON.stringify(converted);
  };
  await client.query(
    'INSERT INTO audit_log (actor_id, via, action, entity_type, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)',
    [actorId, via, entry.action, entry.entityType, entry.entityId, json(entry.before), json(entry.after)],
  );
}
