import 'server-only';
import { env } from '@/lib/env';
import { createDatabaseClients, SERVER_POOL, type DatabaseClients, type Db } from '@/lib/prisma-client';

// One set of clients per server process, created on first use (so `next build`
// never needs a database) and kept on globalThis so dev reloads reuse their pools.
const globalForDb = globalThis as unknown as { dbClients?: DatabaseClients };

function clients(): DatabaseClients {
  if (globalForDb.dbClients) return globalForDb.dbClients;
  if (!env.DATABASE_URL) {
    throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides the database.');
  }
  globalForDb.dbClients = createDatabaseClients(env.DATABASE_URL, env.DATABASE_REPLICA_URLS, SERVER_POOL);
  return globalForDb.dbClients;
}

/** The client for everything: with DATABASE_REPLICA_URLS set, its model reads go to a replica. */
export function getDb(): Db {
  return clients().db;
}

/** The primary alone, for reads that must see a write this process has just made. */
export function getPrimaryDb(): Db {
  return clients().primary;
}

/** For read-only raw SQL ($queryRaw), which the replica extension would send to the primary. */
export function getReadDb(): Db {
  return clients().reader();
}
