// npm run db:seed — loads the project's seed files into the database. Applies
// no migrations (run `npm run db:migrate` first); safe to run again.
import { createPrismaClient } from '../lib/prisma-client.ts';
import { SeedDataError } from '../prisma/seed/load-seed-data.ts';
import { formatSeedReport, seedDatabase } from '../prisma/seed/seed-database.ts';
import { withDatabase } from './db/open-database.ts';
import { runCli, UsageError } from './run-cli.ts';

// Prisma's code for "the table does not exist".
const MISSING_TABLE = 'P2021';

runCli(async () => {
  const report = await withDatabase(async (url) => {
    const prisma = createPrismaClient(url);
    try {
      return await seedDatabase(prisma);
    } catch (error) {
      if (error instanceof SeedDataError) throw new UsageError(error.message);
      if ((error as { code?: unknown }).code === MISSING_TABLE) {
        throw new UsageError('The database has no tables yet: run `npm run db:migrate` first.');
      }
      throw error;
    } finally {
      await prisma.$disconnect();
    }
  });
  console.log(formatSeedReport(report));
});
