// npm run db:diff -- <name> [--from <schema file>] — writes a new migration
// with the SQL from the last committed schema.prisma (git HEAD, or --from) to
// the working copy. Commit the schema and its migration together so HEAD
// always matches the migrations; the drift test in CI checks that it does.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withDatabase } from './db/open-database.ts';
import { diffSchemaSql, migrationsDir } from './db/schema-engine.ts';
import { runCli, UsageError } from './run-cli.ts';

runCli(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' } } });
  const name = positionals[0];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new UsageError('Give the migration a snake_case name: npm run db:diff -- add_something');
  const fromSchema = values.from
    ? await readFile(values.from, 'utf8')
    : execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { encoding: 'utf8' });
  const sql = await withDatabase((url) => diffSchemaSql(url, fromSchema));
  if (!sql.replace(/--.*$/gm, '').trim()) {
    console.log('schema.prisma has not changed since the last commit: nothing to write.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = path.join(migrationsDir, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'migration.sql'), sql);
  console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql: review it, then npm run db:migrate.`);
});
