// The database stopped while the app serves, on a server and database of this
// spec's own (the shared test server is left alone): pages and API answers read
// before the outage are still served, what was never read gets a 503 with a
// retry hint, and once the database is back everything answers again without
// restarting the app.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import getPort from 'get-port';
import type { RunningDatabase } from '../../scripts/db/embedded.ts';
import { projectRoot } from '../../scripts/db/schema-engine.ts';
import { prepareDatabase, startProductionServer, type ProductionServer } from '../../scripts/serve/production-server.ts';
import { expectNoAxeViolations } from './support/editor.ts';

const DATA_DIR = '.data/outage-postgres';
const APP_PORT = Number(process.env.OUTAGE_PORT ?? 3215);

let database: RunningDatabase;
let dbPort: number;
let server: ProductionServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  for (const leftover of [DATA_DIR, `${DATA_DIR}.credentials.json`]) await rm(path.join(projectRoot, leftover), { recursive: true, force: true });
  dbPort = await getPort({ port: 54420 });
  database = await prepareDatabase(DATA_DIR, { importPoliceFiles: false, port: dbPort });
  // Cached answers go stale after a second, so the outage exercises serving
  // stale entries whose refresh fails, not merely fresh ones. The response
  // cache in front (lib/response-cache) expires as fast, so the pages below
  // are rendered again during the outage from the data cache's stale entries.
  server = await startProductionServer({ port: APP_PORT, databaseUrl: database.url, env: { DATA_CACHE_SECONDS: '1', RESPONSE_CACHE_SECONDS: '1' } });
});

test.afterAll(async () => {
  await server?.stop();
  await database?.stop();
});

async function untilStatus(request: APIRequestContext, url: string, status: number, withinMs: number) {
  const deadline = Date.now() + withinMs;
  let last = 0;
  while (Date.now() < deadline) {
    last = (await request.get(url)).status();
    if (last === status) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} still answered ${last}, not ${status}, after ${withinMs} ms`);
}

test('serves cached pages through a database outage, answers 503 for the rest, and recovers without a restart', async ({ page, request }) => {
  test.setTimeout(180_000);
  const origin = server.origin;
  const summaryUrl = `${origin}/api/v1/stop-search/summary?period=year`;

  // Readers before the outage fill the cache.
  await page.goto(`${origin}/`);
  const overviewHeading = await page.getByRole('heading', { level: 1 }).innerText();
  await page.goto(`${origin}/commitments`);
  const before = await request.get(summaryUrl);
  expect(before.status()).toBe(200);
  const summaryBefore = await before.json();
  expect((await request.get(`${origin}/readyz`)).status()).toBe(200);

  await new Promise((r) => setTimeout(r, 1500)); // every entry is now stale
  await database.stop();

  // Cached pages and API answers are still served, with the same content.
  const overview = await page.goto(`${origin}/`);
  expect(overview?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(overviewHeading);
  expect((await page.goto(`${origin}/commitments`))?.status()).toBe(200);
  const during = await request.get(summaryUrl);
  expect(during.status()).toBe(200);
  expect(await during.json()).toEqual(summaryBefore);

  // What was never read: the API answers 503 in its error shape, pages go to the 503 page.
  const uncachedApi = await request.get(`${origin}/api/v1/imports`);
  expect(uncachedApi.status()).toBe(503);
  expect(uncachedApi.headers()['retry-after']).toBe('30');
  expect(await uncachedApi.json()).toEqual({ error: { code: 'service_unavailable', message: expect.stringMatching(/try again in 30 seconds/), parameter: null } });
  const uncachedPage = await page.goto(`${origin}/casey-review`);
  expect(uncachedPage?.status()).toBe(503);
  expect(uncachedPage?.headers()['retry-after']).toBe('30');
  expect(page.url()).toBe(`${origin}/unavailable?from=%2Fcasey-review`);
  await expect(page.getByRole('heading', { level: 1, name: 'This page is temporarily unavailable' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'try again' })).toHaveAttribute('href', '/casey-review');
  expect(await page.content()).not.toMatch(/at async|PrismaClient|ECONNREFUSED|127\.0\.0\.1/);
  await expectNoAxeViolations(page);

  // Health checks: the process is alive, but not ready.
  expect((await request.get(`${origin}/healthz`)).status()).toBe(200);
  const notReady = await request.get(`${origin}/readyz`);
  expect(notReady.status()).toBe(503);
  expect(await notReady.json()).toMatchObject({ ready: false, database: 'unreachable' });

  // The database comes back on the same port: the same app process recovers.
  const pid = server.child.pid;
  database = await prepareDatabase(DATA_DIR, { importPoliceFiles: false, port: dbPort });
  await untilStatus(request, `${origin}/api/v1/imports`, 200, 30_000);
  expect((await request.get(`${origin}/readyz`)).status()).toBe(200);
  expect((await page.goto(`${origin}/casey-review`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(server.child.pid).toBe(pid);
  expect(server.child.exitCode).toBeNull();
});
