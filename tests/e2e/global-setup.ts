// Runs once the web server is up (Playwright starts it first): loads the real
// published stop-and-search months into the browser tests' database through
// the import command, which joins the embedded server the app is using.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const E2E_DATABASE_DIR = '.data/e2e-postgres';
const RAW_FILES = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw');

export default function globalSetup(): void {
  execFileSync('node_modules/.bin/tsx', ['scripts/import.ts', RAW_FILES], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, EMBEDDED_PG_DIR: E2E_DATABASE_DIR, DATABASE_URL: '' },
    timeout: 300_000,
  });
}
