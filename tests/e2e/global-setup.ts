// After the web server is up on its fresh database (Playwright starts it
// before global setup), import the real police.uk files into that database so
// the stop-and-search pages have real figures. The import CLI joins the
// running embedded PostgreSQL through its data folder.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const E2E_STOP_SEARCH_FILES = path.resolve(ROOT, '../shared/data/stop-and-search/police-uk-raw');

export default function globalSetup(): void {
  if (!existsSync(E2E_STOP_SEARCH_FILES)) {
    throw new Error(`The browser tests need the police.uk files in ${E2E_STOP_SEARCH_FILES} (see ../shared/data/SOURCES.md).`);
  }
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/import.ts', E2E_STOP_SEARCH_FILES], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, EMBEDDED_PG_DIR: '.data/e2e-postgres', DATABASE_URL: '' },
    timeout: 600_000,
  });
}
