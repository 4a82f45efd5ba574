// /data and /developers as a reader uses them: reached from the site's
// navigation, no accessibility violations, the full ZIP and a filtered record
// export downloaded through the page's own links and form, by keyboard.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the open data page lists every dataset with its fields and downloads the full ZIP', async ({ page }) => {
  // The ZIP is built on request from every table (49 months of records counted); a busy shared machine needs time.
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  await expectNoAxeViolations(page);
  await expect(page.getByRole('table', { name: 'Fields of Commitments' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Fields of Stop-and-search monthly counts' }).getByRole('rowheader', { name: 'searches' })).toBeVisible();

  const [zip] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download all open data (ZIP)' }).click()]);
  const files = unzipSync(new Uint8Array(await readFile(await zip.path())));
  const datapackage = JSON.parse(new TextDecoder().decode(files['datapackage.json']));
  const tables = await page.getByRole('table').count();
  expect(datapackage.resources).toHaveLength(tables);
});

test('the record export form downloads a file named for its filters, by keyboard', async ({ page }) => {
  await page.goto('/data');
  await page.getByRole('combobox', { name: 'Force', exact: true }).selectOption('city-of-london');
  await page.getByRole('combobox', { name: 'Ethnic group', exact: true }).selectOption('Black');
  await page.getByRole('textbox', { name: 'From month (YYYY-MM)' }).fill('2018-01');
  await page.getByRole('textbox', { name: 'To month (YYYY-MM)' }).fill('2018-12');
  const button = page.getByRole('button', { name: 'Download records as CSV' });
  await button.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('stop-search-records_city-of-london_2018-01-to-2018-12_officer-ethnic-group-black.csv');
  const rows = parse(await readFile(await download.path(), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((r) => r.force === 'city-of-london' && r.officer_ethnic_group === 'Black' && (r.local_month ?? '').startsWith('2018-'))).toBe(true);
});

test('the API reference is drawn from the OpenAPI document and passes an accessibility scan', async ({ page, request }) => {
  const document = await (await request.get('/api/v1/openapi.json')).json();
  await page.goto('/developers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API reference');
  await expectNoAxeViolations(page);
  for (const path of Object.keys(document.paths)) {
    await expect(page.getByRole('heading', { name: `GET ${path}`, exact: true })).toBeVisible();
  }
});
