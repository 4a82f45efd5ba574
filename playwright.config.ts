import { defineConfig, devices } from '@playwright/test';

// Browser tests run the real start command against a fresh embedded database
// of their own (never DATABASE_URL: these tests must not touch a real server),
// in Debian's Chromium because browser downloads are impossible here.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  // After the web server is up: creates the first admin and imports the real stop-and-search files.
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Generous: CI is a 2-core machine, and an axe scan of a long page or a chart's
  // lazily loaded code can take several seconds there when it is busy.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone', use: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }, grep: /@phone/ },
  ],
  webServer: {
    command: 'rm -rf .data/e2e-postgres .data/e2e-postgres.credentials.json .data/e2e-postgres.auth-secret && node_modules/.bin/tsx scripts/start.ts',
    // Readiness without rendering a page: a page rendered now would be cached (data cache and response
    // cache) before global-setup imports the police files from the command line, which cannot clear them.
    url: `http://localhost:${PORT}/healthz`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // A short response cache, so a page one test left in it cannot hide a change another test makes
    // outside a request (an upload imports after its response is sent).
    env: { PORT: String(PORT), EMBEDDED_PG_DIR: '.data/e2e-postgres', DATABASE_URL: '', NODE_ENV: 'production', RESPONSE_CACHE_SECONDS: '5' },
  },
});
