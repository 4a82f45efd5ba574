// Builds a Prisma client over node-postgres. The app uses the one in lib/db.ts;
// scripts and tests build their own against the database they opened.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@/lib/generated/prisma/client';

export function createPrismaClient(connectionString: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** The client inside `db.$transaction(async (tx) => ...)`: writes made with it commit or roll back together. */
export type Tx = Prisma.TransactionClient;
