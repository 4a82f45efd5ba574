import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAuthSecret } from './auth-secret.ts';

describe('resolveAuthSecret', () => {
  it('uses AUTH_SECRET when it is set', async () => {
    expect(await resolveAuthSecret({ configured: 's'.repeat(40), embedded: false, dataDir: '/nowhere' })).toBe('s'.repeat(40));
  });

  it('refuses to start a real deployment without one', async () => {
    await expect(resolveAuthSecret({ embedded: false, dataDir: '/nowhere' })).rejects.toThrow(/AUTH_SECRET is not set/);
  });

  it('makes one for a local run, readable only by its owner, and keeps it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'auth-secret-'));
    const dataDir = path.join(dir, 'postgres');
    const first = await resolveAuthSecret({ embedded: true, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(await resolveAuthSecret({ embedded: true, dataDir })).toBe(first);
    const file = path.join(dir, 'postgres.auth-secret');
    expect((await readFile(file, 'utf8')).trim()).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('makes the data folder on a fresh clone, where nothing has created it yet', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'auth-secret-'));
    const dataDir = path.join(dir, '.data', 'postgres');
    const secret = await resolveAuthSecret({ embedded: true, dataDir });
    expect((await readFile(path.join(dir, '.data', 'postgres.auth-secret'), 'utf8')).trim()).toBe(secret);
  });
});
