// Runs once the test server is up (Playwright starts it first), against the
// test server's own embedded database: the commands join the running server
// on .data/e2e-postgres, as they would for a person at the terminal.
// 1. Creates the first admin with `npm run user:create`.
// 2. Loads the real published stop-and-search months with `npm run import`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ADMIN } from './accounts.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const RAW_FILES = path.resolve(root, '../shared/data/stop-and-search/police-uk-raw');
const env = { ...process.env, EMBEDDED_PG_DIR: '.data/e2e-postgres', DATABASE_URL: '' };
const tsx = path.join(root, 'node_modules/.bin/tsx');

export default function globalSetup() {
  execFileSync(tsx, ['scripts/user-create.ts', '--email', ADMIN.email, '--name', ADMIN.name, '--admin'], {
    cwd: root,
    input: `${ADMIN.password}\n`,
    env,
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  execFileSync(tsx, ['scripts/import.ts', RAW_FILES], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
}
