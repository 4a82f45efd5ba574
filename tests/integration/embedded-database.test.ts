// The zero-setup database: data survives a restart, a second command joins
// a running server, and the usual failures read as one plain line.
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase } from '../../scripts/db/embedded.ts';

let parent: string;
beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'dashboard-embedded-'));
  await chmod(parent, 0o755);
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

async function scalar(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

function runScript(script: string, env: Record<string, string>) {
  const result = spawnSync('node_modules/.bin/tsx', [script], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('embedded PostgreSQL', () => {
  it('keeps its data across a stop and a new start, and lets a second caller join the running server', async () => {
    const dataDir = path.join(parent, 'keep');
    const first = await startEmbeddedDatabase({ dataDir });
    await scalar(first.url, 'CREATE TABLE kept (v text)');
    await scalar(first.url, "INSERT INTO kept VALUES ('still here')");

    const joined = await startEmbeddedDatabase({ dataDir });
    expect(joined.url).toBe(first.url);
    await joined.stop(); // a caller that joined must not stop the owner's server
    expect(await scalar(first.url, 'SELECT count(*)::int AS n FROM kept')).toEqual({ n: 1 });

    await first.stop();
    const second = await startEmbeddedDatabase({ dataDir });
    try {
      expect(await scalar(second.url, 'SELECT v FROM kept')).toEqual({ v: 'still here' });
    } finally {
      await second.stop();
    }
  });

  it('says in one line when its port is taken', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const out = runScript('scripts/migrate.ts', { EMBEDDED_PG_DIR: path.join(parent, 'port'), EMBEDDED_PG_PORT: String(port) });
      expect(out.status).toBe(1);
      expect(out.stderr).toBe(`Error: Port ${port} is taken: set EMBEDDED_PG_PORT to a free port, or stop what is using it.`);
    } finally {
      blocker.close();
    }
  });

  it('says in one line when its data folder cannot be written', async () => {
    // A plain file where a folder should be: no folder can be made inside it, even by root.
    const blocker = path.join(parent, 'not-a-folder');
    await writeFile(blocker, '');
    const out = runScript('scripts/migrate.ts', { EMBEDDED_PG_DIR: path.join(blocker, 'postgres') });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^Error: The data folder .*not-a-folder is not writable/);
    expect(out.stderr.split('\n')).toHaveLength(1);
  });

  it('says in one line when DATABASE_URL cannot be reached, and starts no embedded server', () => {
    const out = runScript('scripts/migrate.ts', {
      DATABASE_URL: 'postgresql://nobody:secret@127.0.0.1:1/none',
      EMBEDDED_PG_DIR: path.join(parent, 'unused'),
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/^Error: Cannot reach the database in DATABASE_URL \(127\.0\.0\.1:1\)/);
    expect(out.stderr).not.toContain('secret');
    expect(out.stderr.split('\n')).toHaveLength(1);
  });

  it('migrates a fresh embedded database from the command line, then reports it up to date', () => {
    const env = { EMBEDDED_PG_DIR: path.join(parent, 'cli') };
    const first = runScript('scripts/migrate.ts', env);
    expect(first.stdout).toMatch(/Applied migrations: \d+_init/);
    const second = runScript('scripts/migrate.ts', env);
    expect(second.stdout.trim()).toBe('Database schema is up to date.');
  });
});
