// The response cache in front of the app (lib/response-cache), on the real
// production server the browser tests use: a public page asked for twice is
// sent the second time from memory, works exactly as a rendered one (scripts
// allowed by hash, no policy violation, the controls still drive the page),
// a signed-in editor always gets a fresh render, and a write made in the
// editor shows to anonymous readers at once rather than after the cache time.
import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts.ts';
import { expectNoAxeViolations, signIn } from './support/editor.ts';

test('a page sent from the cache is the rendered page, with its scripts allowed by hash and working', async ({ page, request }) => {
  const first = await request.get('/stop-and-search?period=year');
  expect(first.status()).toBe(200);
  const second = await request.get('/stop-and-search?period=year');
  expect(second.headers()['x-response-cache']).toBe('hit');
  expect(await second.text()).toBe(await first.text());
  expect(second.headers()['x-request-id']).not.toBe(first.headers()['x-request-id']);
  // In-app navigation asks for a different answer (the page's component payload): never from the cache.
  const rsc = await request.get('/stop-and-search?period=year', { headers: { RSC: '1' } });
  expect(rsc.headers()['x-response-cache']).toBeUndefined();

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/stop-and-search?period=year');
  expect(['hit', 'stale']).toContain(response?.headers()['x-response-cache']);
  await expectNoAxeViolations(page);
  // Hydrated under the hash policy: the controls rewrite the address and the figures follow.
  await page.getByLabel('Police force').selectOption('city-of-london');
  await expect(page).toHaveURL(/force=city-of-london/);
  await expect(page.getByTestId('not-stated')).toBeVisible();
  expect(violations).toEqual([]);
});

test('API answers are cached too, and conditional requests still get 304 from the app', async ({ request }) => {
  const url = '/api/v1/stop-search/summary?period=year&by=ethnicity';
  const first = await request.get(url);
  const second = await request.get(url);
  expect(second.headers()['x-response-cache']).toBe('hit');
  expect(await second.json()).toEqual(await first.json());
  expect(second.headers()['access-control-allow-origin']).toBe('*');
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const conditional = await request.get(url, { headers: { 'If-None-Match': etag! } });
  expect(conditional.status()).toBe(304);
});

test('signed-in editors bypass the cache, and their writes reach anonymous readers at once', async ({ page, browser }) => {
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  // An anonymous reader has the changes page from the cache.
  await readerPage.goto('/changes');
  const cached = await readerPage.goto('/changes');
  expect(cached?.headers()['x-response-cache']).toBe('hit');

  await signIn(page, ADMIN.email, ADMIN.password);
  const editorView = await page.goto('/changes');
  expect(editorView?.headers()['x-response-cache']).toBeUndefined();

  // A status update published in the editor…
  const note = `Response-cache check (browser test ${Date.now()}).`;
  await page.goto('/editor');
  const item = page.getByRole('list', { name: 'Commitments' }).getByRole('listitem').first();
  await item.getByRole('link').click();
  await page.getByRole('link', { name: 'Record a status update' }).click();
  await page.getByLabel('Status', { exact: true }).selectOption('IN_PROGRESS');
  await page.getByLabel('Status as of').fill('2025-04-01');
  await page.getByLabel('What happened').fill(note);
  await page.getByLabel('Link 1 title').fill('Evidence page');
  await page.getByLabel('Link 1 address').fill('https://www.example.org/evidence');
  await page.getByRole('button', { name: 'Publish update' }).click();
  await expect(page.getByRole('status')).toContainText('Status update published');

  // …is on the anonymous reader's page straight away, well inside the cache time.
  const after = await readerPage.goto('/changes');
  expect(after?.headers()['x-response-cache']).toBe('miss');
  await expect(readerPage.getByText(note)).toBeVisible();
  await reader.close();
});
