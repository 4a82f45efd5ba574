// `npm start` builds only when needed: no build yet, or any source file is
// newer than the last build.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];
const SKIP = new Set(['generated', 'node_modules']);

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const child of await readdir(entry)) {
    if (SKIP.has(child) || child.endsWith('.test.ts')) continue;
    newest = Math.max(newest, await newestMtime(path.join(entry, child)));
  }
  return newest;
}

export async function buildIsStale(root = process.cwd()): Promise<boolean> {
  const built = await stat(path.join(root, '.next', 'BUILD_ID')).catch(() => undefined);
  if (!built) return true;
  const newest = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(path.join(root, s))))));
  return newest > built.mtimeMs;
}
