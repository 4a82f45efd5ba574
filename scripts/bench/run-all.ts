// npm run bench: runs every `bench:*` script in package.json, in the order
// they are listed, so a new benchmark joins by adding its script. Each still
// runs when an earlier one fails; the run fails if any did.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './support/results.ts';

const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
const names = Object.keys(pkg.scripts ?? {}).filter((name) => name.startsWith('bench:'));
if (!names.length) {
  console.error('No bench:* scripts in package.json.');
  process.exit(1);
}

const failed: string[] = [];
const started = performance.now();
for (const [i, name] of names.entries()) {
  console.log(`\n=== [${i + 1}/${names.length}] npm run ${name} ===`);
  const run = spawnSync('npm', ['run', '--silent', name], { cwd: projectRoot, stdio: 'inherit' });
  if (run.status !== 0) failed.push(name);
}
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`\n${names.length - failed.length} of ${names.length} benchmarks ran in ${minutes} min; results in bench-results/${failed.length ? `; failed: ${failed.join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
