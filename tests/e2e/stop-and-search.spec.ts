// The stop-and-search explorer, its map and a borough page, opened as a
// reader would: controls by keyboard with the state in the address, the back
// button and a shared link, the map by keyboard and its table, CSV files that
// hold the table drawn, no accessibility violations, and a 320 px phone.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function downloadCsv(page: Page, name: string | RegExp): Promise<Record<string, string>[]> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const text = await readFile(await file.path(), 'utf8');
  return parse(text, { bom: true, comment: '#', comment_no_infix: true, columns: true, skip_empty_lines: true });
}

const ratioSection = (page: Page) => page.getByRole('region', { name: 'How many times as likely to be searched as a White person', exact: true });

test('the explorer shows real figures, the not-stated share and the dates that matter, with no accessibility violations', async ({ page }) => {
  await page.goto('/stop-and-search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop and search in London');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stop and search' })).toBeVisible();
  await expect(page.getByTestId('not-stated')).toContainText('Ethnicity not stated');
  await expect(page.getByTestId('key-dates-note')).toContainText('cannot show any change after them');
  await expect(ratioSection(page).getByTestId('summary')).toContainText(/Black people in London were searched [\d.]+ times as often as White people, per resident \(95% interval/);
  await expectNoAxeViolations(page);
});

test('controls change the address by keyboard, the back button restores the view and a shared link reproduces it', async ({ page, browser }) => {
  await page.goto('/stop-and-search');
  const summary = ratioSection(page).getByTestId('summary');
  const before = await summary.textContent();
  const force = page.getByLabel('Police force');
  await force.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/force=metropolitan/);
  await expect(summary).toContainText("the Met's area");
  const after = await summary.textContent();
  expect(after).not.toBe(before);
  const shared = page.url();

  await page.goBack();
  await expect(page).not.toHaveURL(/force=/);
  await expect(summary).toHaveText(before!);
  await expect(page.getByLabel('Police force')).toHaveValue('');

  const other = await browser.newPage();
  await other.goto(shared);
  await expect(other.getByLabel('Police force')).toHaveValue('metropolitan');
  await expect(ratioSection(other).getByTestId('summary')).toHaveText(after!);
  await other.close();
});

test('a second choice made before the figures for the first arrive keeps both', async ({ page }) => {
  await page.goto('/stop-and-search?measure=searches');
  // A first change, repeated until the controls are hydrated and it navigates: a change event that arrives before
  // React has attached its handlers only changes the select.
  await expect(async () => {
    await page.getByLabel('Periods of').selectOption('quarter');
    await expect(page).toHaveURL(/period=quarter/, { timeout: 1_000 });
  }).toPass();
  // Then two more with no wait between them: the second is made while the page for the first is on its way.
  await page.evaluate(() => {
    const pick = (name: string, value: string) => {
      const select = document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('force', 'metropolitan');
    pick('ethnicity', 'self');
  });
  await expect(page).toHaveURL(/force=metropolitan/);
  await expect(page).toHaveURL(/ethnicity=self/);
  await expect(page).toHaveURL(/measure=searches/);
  await expect(page).toHaveURL(/period=quarter/);
  await expect(page.getByLabel('Police force')).toHaveValue('metropolitan');
  await expect(page.getByLabel('Ethnicity as')).toHaveValue('self');
  await expect(ratioSection(page).getByTestId('summary')).toContainText("the Met's area");
  await expect(ratioSection(page).getByText(/self-defined ethnicity/)).toBeVisible();
});

test('a filter change updates every view, and the ones still loading say so', async ({ page }) => {
  const views = ['searches', 'rates', 'ratio', 'boroughs', 'outcomes', 'legislation', 'object', 'age', 'gender'];
  const link = (id: string) => page.locator(`section#${id}`).getByRole('textbox', { name: 'Link to this view:' });
  await page.goto('/stop-and-search');
  const before = await ratioSection(page).getByTestId('summary').textContent();
  await page.getByLabel('Police force').selectOption('city-of-london');
  // The lead views change in place; the others are replaced by a loading section (aria-busy) until their
  // figures arrive. Either way each view ends up with figures, CSV and link for the new choice.
  for (const id of views) {
    await expect(link(id)).toHaveValue(/force=city-of-london/);
    await expect(page.locator(`section#${id}`).getByRole('link', { name: /^Download CSV/ })).toHaveAttribute('href', /force=city-of-london/);
  }
  await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
  await expect(ratioSection(page).getByTestId('summary')).not.toHaveText(before!);
  await expect(page.locator('section#legislation').getByTestId('summary')).not.toBeEmpty();
  await expectNoAxeViolations(page);

  await page.goBack();
  for (const id of views) await expect(link(id)).not.toHaveValue(/force=/);
});

test('every borough on the map is reachable by keyboard, and the table stands in for the map', async ({ page }) => {
  await page.goto('/stop-and-search');
  const map = page.getByRole('group', { name: /Map of London boroughs/ });
  const boroughs = map.getByRole('link');
  await expect(boroughs).toHaveCount(33);
  await boroughs.first().focus();
  await expect(boroughs.first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(boroughs.nth(1)).toBeFocused();
  const table = page.getByRole('region', { name: 'Searches by borough: figures (table)' }).getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(33);
  const name = (await boroughs.nth(1).getAttribute('aria-label'))!.split(':')[0]!;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Stop and search in ${name}`);
});

test('the CSV of a chart holds exactly the table drawn', async ({ page }) => {
  await page.goto('/stop-and-search?period=quarter&force=metropolitan&from=2018-01&to=2018-12');
  const section = ratioSection(page);
  const rows = await downloadCsv(page, 'Download CSV: How many times as likely to be searched as a White person');
  const bodyRows = section.getByRole('table').locator('tbody tr');
  await expect(bodyRows).toHaveCount(rows.length);
  for (const [i, row] of rows.entries()) {
    const cells = bodyRows.nth(i).locator('th, td');
    await expect(cells.nth(0)).toHaveText(row.period!);
    await expect(cells.nth(1)).toHaveText(row.ethnic_group!);
    await expect(cells.nth(4)).toHaveText(Number(row.ratio_to_white).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  }
  const map = await downloadCsv(page, 'Download CSV: Searches by borough');
  expect(map).toHaveLength(33);
});

test('a borough page sets the borough against London and flags small counts', async ({ page }) => {
  await page.goto('/boroughs/E09000022');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop and search in Lambeth');
  await expect(page.getByRole('region', { name: 'Lambeth against London' }).getByTestId('summary')).toContainText('searches were recorded in Lambeth');
  await expectNoAxeViolations(page);
  await page.goto('/boroughs/E09000022?from=2018-01&to=2018-01&legislation=Firearms%20Act%201968%20(section%2047)');
  await expect(page.getByText(/rest on fewer than 20 searches/).first()).toBeVisible();
  expect((await page.request.get('/boroughs/E09000099')).status()).toBe(404);
});

test('a bad address gets a clear message, not an error page', async ({ page }) => {
  const response = await page.goto('/stop-and-search?period=weekly');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('alert', { name: 'This view could not be shown' })).toContainText('period must be one of');
  await expectNoAxeViolations(page);
  expect((await page.request.get('/stop-and-search/data/ratio.csv?period=weekly')).status()).toBe(400);
});

test('months with no imported file say so and how to import them', async ({ page }) => {
  await page.goto('/stop-and-search?from=2021-01&to=2021-06');
  await expect(page.getByText('No searches match these settings in 2021-01 to 2021-06').first()).toBeVisible();
  await expect(page.getByText(/npm run import/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the overview links its stop-and-search figures to the explorer', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Stop and search', exact: true });
  await section.getByRole('link', { name: /times as often/ }).click();
  await expect(page).toHaveURL(/\/stop-and-search\?.*from=2018-01&to=2018-12#ratio/);
});

test('the explorer and a borough page fit a 320 px phone without sideways scrolling @phone', async ({ page }) => {
  for (const path of ['/stop-and-search', '/boroughs/E09000022']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
