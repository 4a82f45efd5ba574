// npm run db:migrate — applies pending migrations; safe to run at every start.
import { applyMigrations } from './db/schema-engine.ts';
import { withDatabase } from './db/open-database.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const applied = await withDatabase(applyMigrations);
  console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
});
