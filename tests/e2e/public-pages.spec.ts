// Every public page opened as a reader would: real seeded content on screen,
// no accessibility violations, and the CSV files next to tables and charts
// holding what the page shows.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function download(page: Page, name: string | RegExp): Promise<Record<string, string>[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const text = await readFile(await file.path(), 'utf8');
  return parse(text, { bom: true, comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true });
}

function cellNumber(text: string | null): number {
  return Number((text ?? '').replace(/[^\d.-]/g, ''));
}

test('the overview counts commitments by status and its CSV says the same', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is the Met keeping its promises?');
  await expectNoAxeViolations(page);

  const statusSection = page.getByRole('region', { name: 'Commitments by status', exact: true });
  const table = statusSection.getByRole('table');
  const rows = await download(page, 'Download CSV of commitments by status');
  expect(rows.length).toBeGreaterThan(0);
  // Each status the file lists is on the page with the same count.
  for (const row of rows) {
    const onPage = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row.status! }) });
    await expect(onPage, row.status).toHaveCount(1);
    expect(cellNumber(await onPage.getByRole('cell').last().textContent()), row.status).toBe(Number(row.commitments));
  }
  const total = rows.reduce((sum, r) => sum + Number(r.commitments), 0);
  await expect(page.getByText(new RegExp(`tracks\\s+${total} commitments`))).toBeVisible();
});

test('each overview chart has a sentence, a table of its figures, a source and its data file', async ({ page }) => {
  await page.goto('/');
  const charts = page.getByRole('region', { name: 'Headline figures', exact: true }).locator('section[aria-labelledby^="chart-"]');
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  // Recharts draws into the page once the chart scrolls into view (the drawing is hidden from screen
  // readers; the table stands in for it).
  await charts.first().scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  const chart = charts.first();
  const title = (await chart.getByRole('heading').textContent())?.trim() ?? '';
  await expect(chart.getByText('Source:')).toBeVisible();
  const table = chart.getByRole('table');
  const tableRows = table.locator('tbody tr');
  const rows = await download(page, `Download CSV: ${title}`);
  await expect(tableRows).toHaveCount(rows.length);
  expect(rows.every((r) => r.page_read_url?.startsWith('http'))).toBe(true);
});

test('the Casey Review page lists findings, the 16 recommendations and disputed figures', async ({ page }) => {
  await page.goto('/casey-review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Baroness Casey Review');
  await expect(page.getByRole('heading', { name: 'The 16 recommendations and where they stand' })).toBeVisible();
  await expect(page.getByText('This list is a reconstruction')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where sources disagree' })).toBeVisible();
  await expectNoAxeViolations(page);

  const recommendations = await download(page, 'Download CSV of the recommendations');
  expect(recommendations).toHaveLength(16);
  for (const r of recommendations.slice(0, 3)) await expect(page.getByText(r.summary!, { exact: true })).toBeVisible();

  const findings = await download(page, 'Download CSV of the findings');
  expect(findings.length).toBeGreaterThan(0);
  await expect(page.getByText(findings[0]!.statement!, { exact: true })).toBeVisible();
});

test('the methodology page publishes the status rule where commitments link to it', async ({ page }) => {
  await page.goto('/methodology#status-rule');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the figures are made');
  await expect(page.getByRole('heading', { name: "How a commitment's status is decided" })).toBeInViewport();
  await expectNoAxeViolations(page);
});

test('the about page names its sources with links and the data licence', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this dashboard');
  const sources = page.getByRole('region', { name: 'Where the information comes from' });
  expect(await sources.getByRole('link').count()).toBeGreaterThan(5);
  const rows = await download(page, 'Download CSV of the sources');
  await expect(sources.getByRole('table').locator('tbody tr')).toHaveCount(rows.length);
  await expect(page.getByRole('region', { name: 'Licence' }).getByRole('link', { name: /Open Government Licence/ }).first()).toBeVisible();
  const ccBy = page.getByRole('region', { name: 'Licence' }).getByRole('link', { name: 'Creative Commons Attribution 4.0 International' });
  await expect(ccBy).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expectNoAxeViolations(page);
});

test('the skip link takes keyboard users straight to the content', async ({ page }) => {
  await page.goto('/casey-review');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main/);
});

test('malformed addresses get a 404 or a clear message, never a server error', async ({ page }) => {
  const paths = [
    '/commitments/%00',
    '/commitments/%00/timeline.csv',
    '/indicators/%00/data.csv',
    '/commitments/' + 'x'.repeat(500),
    '/commitments?status=%E0%A4%A&theme=<script>',
    '/commitments?source=a&source=b',
    '/indicators/nope/data.csv',
    '/overview/status-counts.csv?by=nonsense',
    '/casey-review?unexpected=1',
  ];
  for (const path of paths) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expect(await response.text(), path).not.toMatch(/at \S+ \(|Prisma|SELECT /);
  }
});

test('the stop and search records page shows what was imported and how it compares with published figures', async ({ page }) => {
  await page.goto('/stop-and-search/data-quality');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop and search: the records behind the figures');
  await expectNoAxeViolations(page);
  const table = page.getByRole('table', { name: 'Imported stop-and-search records by force' });
  await expect(table.getByRole('rowheader', { name: 'Metropolitan Police' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'City of London Police' })).toBeVisible();
  const rows = await download(page, 'Download CSV of the imported records by force');
  expect(rows.map((r) => r.force).sort()).toEqual(['city-of-london', 'metropolitan']);
  // 13 Met months and 36 City of London months are loaded by the browser tests' setup.
  expect(Object.fromEntries(rows.map((r) => [r.force, Number(r.files)]))).toEqual({ metropolitan: 13, 'city-of-london': 36 });
  const comparison = await download(page, 'Download CSV of the comparison with published figures');
  await expect(page.getByRole('table', { name: /Published figures against/ }).locator('tbody tr')).toHaveCount(comparison.length);
});
