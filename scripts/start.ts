// npm start — the one command that serves the dashboard from a fresh clone:
// database (embedded unless DATABASE_URL is set) -> migrations -> seed if
// empty -> build if the sources changed -> the production server
// (scripts/serve/app-server.ts: Next.js behind the response cache) on PORT.
import { spawn } from 'node:child_process';
import { env } from '../lib/env.ts';
import { createPrismaClient } from '../lib/prisma-client.ts';
import { isDatabaseSeeded, seedDatabase } from '../prisma/seed/seed-database.ts';
import { openDatabase } from './db/open-database.ts';
import { applyMigrations } from './db/schema-engine.ts';
import { assertPortFree } from './start/port.ts';
import { resolveAuthSecret } from './start/auth-secret.ts';
import { buildIsStale } from './start/build-freshness.ts';
import { runCli } from './run-cli.ts';

const dev = process.argv.includes('--dev');
// Next.js would otherwise report anonymous usage to its servers: nothing here calls out.
process.env.NEXT_TELEMETRY_DISABLED = '1';
const nextBin = 'node_modules/.bin/next';
const tsxBin = 'node_modules/.bin/tsx';

function run(command: string, args: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  const done = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return { child, done };
}

runCli(async () => {
  await assertPortFree(env.PORT);
  const authSecret = await resolveAuthSecret({ configured: env.AUTH_SECRET, embedded: !env.DATABASE_URL, dataDir: env.EMBEDDED_PG_DIR });
  const database = await openDatabase();
  console.log(database.embedded ? `Database: embedded PostgreSQL in ${env.EMBEDDED_PG_DIR}` : 'Database: DATABASE_URL');

  let stopping = false;
  let server: ReturnType<typeof run> | undefined;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server?.child.kill('SIGTERM');
    if (server) await server.done;
    await database.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);

    const prisma = createPrismaClient(database.url);
    try {
      if (!(await isDatabaseSeeded(prisma))) {
        console.log('Empty database: loading the seed data…');
        await seedDatabase(prisma);
      }
    } finally {
      await prisma.$disconnect();
    }

    if (!dev && (await buildIsStale())) {
      console.log('Building the app (first start, or the sources changed)…');
      const build = run(nextBin, ['build']);
      if ((await build.done) !== 0) throw new Error('next build failed (see above).');
    }
  } catch (error) {
    await database.stop();
    throw error;
  }

  console.log(`Serving the dashboard on http://localhost:${env.PORT}`);
  const serve: [string, string[]] = dev ? [nextBin, ['dev', '-p', String(env.PORT)]] : [tsxBin, ['scripts/serve/app-server.ts', '--port', String(env.PORT)]];
  server = run(serve[0], serve[1], {
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret,
    PORT: String(env.PORT),
    ...(dev ? {} : { NODE_ENV: 'production' }),
  });
  const code = await server.done;
  await shutdown(code);
});
