// npm run db:server — keeps the embedded PostgreSQL running in the foreground
// (for `next dev` or a SQL client); prints its URL and stops on Ctrl-C.
import { openDatabase } from './db/open-database.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const db = await openDatabase();
  console.log(`PostgreSQL is running: DATABASE_URL=${db.url}`);
  console.log('Press Ctrl-C to stop it.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await db.stop();
});
