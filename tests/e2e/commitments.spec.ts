// The commitments tracker as a resident or journalist uses it: filter by
// keyboard, share the URL, open one commitment, download what is shown.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function shownCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = await page.getByText(/^Showing \d+ of \d+ commitments$/).textContent();
  const match = /Showing (\d+) of (\d+)/.exec(text ?? '');
  if (!match) throw new Error(`no count line on ${page.url()}`);
  return { shown: Number(match[1]), total: Number(match[2]) };
}

async function downloadCsv(page: Page, name: RegExp): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const text = await readFile(await download.path(), 'utf8');
  return parse(text, { bom: true, comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true });
}

async function expectNoAxeViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(scan.violations).toEqual([]);
}

test('filter by status and source with the keyboard, then download exactly what is shown', async ({ page }) => {
  await page.goto('/commitments');
  const before = await shownCount(page);
  expect(before.shown).toBe(before.total);
  expect(before.total).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await page.getByLabel('Source').focus();
  await page.getByLabel('Source').selectOption('lrap-2024');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Status')).toBeFocused();
  await page.getByLabel('Status').selectOption({ label: 'In progress' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Apply' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/[?&]source=lrap-2024(&|$)/);
  await expect(page).toHaveURL(/[?&]status=in-progress(&|$)/);
  const after = await shownCount(page);
  expect(after.total).toBe(before.total);
  expect(after.shown).toBeLessThan(before.shown);
  const items = page.getByRole('list', { name: 'Commitments' }).locator(':scope > li');
  await expect(items).toHaveCount(after.shown);
  for (const item of await items.all()) await expect(item).toContainText('In progress');
  // The form shows the filters it applied, so the view can be adjusted from there.
  await expect(page.getByLabel('Source')).toHaveValue('lrap-2024');
  await expect(page.getByLabel('Status')).toHaveValue('in-progress');

  const rows = await downloadCsv(page, /Download CSV/);
  expect(rows).toHaveLength(after.shown);
  expect(new Set(rows.map((r) => r.status_code))).toEqual(new Set(['in-progress']));
  expect(new Set(rows.map((r) => r.source_id))).toEqual(new Set(['lrap-2024']));

  // The URL alone reproduces the view.
  const url = page.url();
  await page.goto('/commitments');
  await page.goto(url);
  expect((await shownCount(page)).shown).toBe(after.shown);
});

test('open a commitment: status explained, sources linked, timeline downloadable', async ({ page }) => {
  await page.goto('/commitments');
  const firstLink = page.getByRole('list', { name: 'Commitments' }).getByRole('link').first();
  const summary = (await firstLink.textContent())?.trim() ?? '';
  await firstLink.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(summary);
  await expect(page.getByRole('link', { name: 'How a status is decided' })).toHaveAttribute('href', '/methodology#status-rule');
  await expect(page.getByText('What would show delivery')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Timeline of updates' })).toBeVisible();
  await expectNoAxeViolations(page);

  const entries = page.locator('li[id^="update-"]');
  const rows = await downloadCsv(page, /Download CSV/);
  await expect(entries).toHaveCount(rows.length);
  const shownIds = await entries.evaluateAll((els) => els.map((el) => el.id.replace('update-', '')));
  expect(rows.map((r) => r.entry_id)).toEqual(shownIds);
});

test('an unknown filter value gets a clear message, not an error page', async ({ page }) => {
  const response = await page.goto('/commitments?status=finished');
  expect(response?.status()).toBe(200);
  const summary = page.getByRole('alert', { name: 'These filters could not be used' });
  await expect(summary).toContainText('"finished" is not a status');
  // Each message links to the control that needs changing.
  await expect(summary.getByRole('link').first()).toHaveAttribute('href', '#filter-status');
  await expect(page.locator('#filter-status')).toHaveAccessibleName('Status');
  await expectNoAxeViolations(page);

  const csv = await page.request.get('/commitments.csv?status=finished');
  expect(csv.status()).toBe(400);
  expect(((await csv.json()) as { error: { message: string } }).error.message).toContain('finished');
});

test('an unknown commitment answers 404', async ({ page }) => {
  const response = await page.goto('/commitments/no-such-commitment');
  expect(response?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filter form still works', async ({ page }) => {
    await page.goto('/commitments');
    await page.getByLabel('Status').selectOption({ label: 'No update published' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/status=no-update/);
    const { shown } = await shownCount(page);
    await expect(page.getByRole('list', { name: 'Commitments' }).locator(':scope > li')).toHaveCount(shown);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    const cleared = await shownCount(page);
    expect(cleared.shown).toBe(cleared.total);
  });
});

test('the list and a commitment fit a 320 px screen @phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/commitments');
  const link = page.getByRole('list', { name: 'Commitments' }).getByRole('link').first();
  const href = (await link.getAttribute('href')) ?? '/commitments';
  for (const path of ['/commitments', href]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
