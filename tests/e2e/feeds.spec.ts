// The Atom feeds as readers meet them: every page names the site feed for
// feed readers, and a commitment's page names and links to its own feed,
// which answers as Atom (and 404 for a commitment that does not exist).
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/editor.ts';

const ATOM = 'head link[rel="alternate"][type="application/atom+xml"]';

test('every page offers the site feed to feed readers', async ({ page }) => {
  for (const path of ['/', '/commitments', '/data']) {
    await page.goto(path);
    await expect(page.locator(ATOM).first(), path).toHaveAttribute('href', /\/feed\.xml$/);
  }
});

test('a commitment page offers and links to its own feed, reachable by keyboard', async ({ page }) => {
  await page.goto('/commitments');
  const first = page.getByRole('list', { name: 'Commitments' }).getByRole('link').first();
  const href = (await first.getAttribute('href'))!;
  await page.goto(href);
  const hrefs = await page.locator(ATOM).evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(hrefs.some((h) => h?.endsWith(`${href}/feed.xml`))).toBe(true);
  expect(hrefs.some((h) => h?.endsWith('/feed.xml') && !h.includes('/commitments/'))).toBe(true);

  const link = page.getByRole('link', { name: 'Follow updates (Atom feed)' });
  await expect(link).toBeVisible();
  await link.focus();
  await expect(link).toBeFocused();
  await expectNoAxeViolations(page);

  const feed = await page.request.get((await link.getAttribute('href'))!);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(feed.headers()['etag']).toMatch(/^"[\w-]+"$/);
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toMatch(new RegExp(`<link rel="alternate" href="[^"]*${href}"`));

  const missing = await page.request.get('/commitments/no-such-commitment/feed.xml');
  expect(missing.status()).toBe(404);
});
