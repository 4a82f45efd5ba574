// Every benchmark writes its numbers to bench-results/<name>.json (ignored by
// git) so runs can be compared, and prints a short summary.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const resultsDir = path.join(projectRoot, 'bench-results');

export async function writeResult(name: string, result: object): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  await writeFile(file, `${JSON.stringify({ benchmark: name, finishedAt: new Date().toISOString(), ...result }, null, 2)}\n`);
  return path.relative(projectRoot, file);
}

export const metLabel = (met: boolean) => (met ? 'MET' : 'MISSED');
