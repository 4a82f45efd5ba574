// Reads for the editor area's pages (signed-in only; public pages never import this).
import 'server-only';
import { getDb } from '@/lib/db';
import type { Db } from '@/lib/prisma-client';

export async function listSourcesForEditors(db: Db = getDb()) {
  return db.source.findMany({ select: { id: true, title: true, publisher: true, publishedOn: true, url: true }, orderBy: { title: 'asc' } });
}

export async function listThemes(db: Db = getDb()): Promise<string[]> {
  const rows = await db.commitment.findMany({ distinct: ['theme'], select: { theme: true }, orderBy: { theme: 'asc' } });
  return rows.map((r) => r.theme);
}

/** Everything the edit form shows for a commitment. */
export async function getCommitmentForEditing(id: string, db: Db = getDb()) {
  return db.commitment.findUnique({
    where: { id },
    select: {
      id: true, sourceId: true, theme: true, pillar: true, pillarNote: true, summary: true, measure: true,
      announcedOn: true, dueOn: true, dueNote: true, url: true, statusNote: true, caveat: true,
    },
  });
}

export async function listUsers(db: Db = getDb()) {
  const users = await db.user.findMany({
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, accounts: { select: { providerId: true } } },
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { email: 'asc' }],
  });
  return users.map(({ accounts, ...user }) => ({ ...user, hasPassword: accounts.some((a) => a.providerId === 'credential') }));
}
