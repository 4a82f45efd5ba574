// Builds the app when the sources changed since the last build, as `npm start` does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../db/schema-engine.ts';
import { buildIsStale } from '../start/build-freshness.ts';

export async function ensureBuild(): Promise<void> {
  if (!(await buildIsStale(projectRoot))) return;
  console.log('Building the app (the sources changed since the last build)…');
  const run = spawnSync(path.join(projectRoot, 'node_modules/.bin/next'), ['build'], { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error('next build failed (see above).');
}
