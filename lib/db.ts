import 'server-only';
import { env } from '@/lib/env';
import { createPrismaClient, type Db } from '@/lib/prisma-client';

// One client per server process, created on first use (so `next build` never
// needs a database) and kept on globalThis so dev reloads reuse its pool.
const globalForDb = globalThis as unknown as { db?: Db };

export function getDb(): Db {
  if (globalForDb.db) return globalForDb.db;
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides the database.');
  }
  globalForDb.db = createPrismaClient(env.DATABASE_URL);
  return globalForDb.db;
}
