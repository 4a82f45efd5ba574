// Runs once the test server is up: creates the first admin the way a person
// would, with `npm run user:create`, against the test server's own embedded
// database (the command joins the running server on .data/e2e-postgres).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ADMIN } from './accounts.ts';

export default function globalSetup() {
  const root = path.resolve(import.meta.dirname, '../../..');
  execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', ADMIN.email, '--name', ADMIN.name, '--admin'], {
    cwd: root,
    input: `${ADMIN.password}\n`,
    env: { ...process.env, EMBEDDED_PG_DIR: '.data/e2e-postgres', DATABASE_URL: '' },
    stdio: ['pipe', 'inherit', 'inherit'],
  });
}
