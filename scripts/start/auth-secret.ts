// The secret that signs session cookies. A real deployment (DATABASE_URL)
// must set AUTH_SECRET itself; a local run on the embedded database gets one
// made once and kept beside its data (.data/, git-ignored), so sessions
// survive restarts without anyone choosing a secret.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../run-cli.ts';

export async function resolveAuthSecret(options: { configured?: string; embedded: boolean; dataDir: string }): Promise<string> {
  if (options.configured) return options.configured;
  if (!options.embedded) {
    throw new UsageError('AUTH_SECRET is not set. With DATABASE_URL the app needs its own secret: set AUTH_SECRET to 32 or more random characters (openssl rand -base64 32).');
  }
  const file = path.join(path.dirname(path.resolve(options.dataDir)), `${path.basename(options.dataDir)}.auth-secret`);
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing.length >= 32) return existing;
  const secret = randomBytes(32).toString('base64url');
  // On a fresh clone nothing has made .data/ yet: the database starts after this.
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
