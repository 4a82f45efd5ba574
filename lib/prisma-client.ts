// Builds Prisma clients over node-postgres. The app uses the ones in lib/db.ts;
// scripts and tests build their own against the database they opened.
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';

/** Connection-pool settings (node-postgres); unset ones keep its defaults: at most 10 connections, idle ones closed after 10 s. */
export interface PoolOptions {
  idleTimeoutMillis?: number;
}

export function createPrismaClient(connectionString: string, pool: PoolOptions = {}) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, ...pool }) });
}

/**
 * The web server keeps its connections open. With node-postgres's default a
 * connection idle for 10 s is closed, so the first reader after a quiet spell
 * waited for new connections, and each new PostgreSQL backend starts with
 * empty catalogue caches and plans its first statements slowly: the first
 * explorer change after a pause took about 450 ms on the server instead of
 * about 160 (docs/performance.md, Pages). Scripts and tests keep the default,
 * so a forgotten disconnect cannot keep them running.
 */
export const SERVER_POOL: PoolOptions = { idleTimeoutMillis: 0 };

export type Db = ReturnType<typeof createPrismaClient>;

/** The client inside `db.$transaction(async (tx) => ...)`: writes made with it commit or roll back together. */
export type Tx = Prisma.TransactionClient;

export interface DatabaseClients {
  /** Model reads (findMany, count, …) go to a replica; writes, transactions and raw SQL to the primary. */
  db: Db;
  /** Always the primary: for reads that must see a write just made (sign-in sessions, readiness). */
  primary: Db;
  /** A client for read-only raw SQL: a replica picked at random per call, or the primary when there is none. */
  reader: () => Db;
}

export function createDatabaseClients(primaryUrl: string, replicaUrls: readonly string[] = [], pool: PoolOptions = {}): DatabaseClients {
  const primary = createPrismaClient(primaryUrl, pool);
  if (replicaUrls.length === 0) return { db: primary, primary, reader: () => primary };
  const replicas = replicaUrls.map((url) => createPrismaClient(url, pool));
  // The extension adds only $primary()/$replica() and reroutes queries, so the
  // models keep Db's types; the cast says so to the compiler.
  const db = primary.$extends(readReplicas({ replicas })) as unknown as Db;
  return { db, primary, reader: () => replicas[Math.floor(Math.random() * replicas.length)]! };
}
