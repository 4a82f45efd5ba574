// Quarterly snapshots as an editor and a panel member meet them: publish two
// quarters from the editor page, read the frozen view and the comparison,
// print both to PDF with Chromium and read the pack's sections back.
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { ADMIN } from './support/accounts.ts';
import { expectNoAxeViolations, signIn } from './support/editor.ts';

async function publish(page: Page, quarter: string) {
  await page.goto('/editor/snapshots');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Publish snapshot' }) });
  await form.getByLabel('Quarter').fill(quarter);
  await form.getByRole('button', { name: 'Publish snapshot' }).click();
  await expect(page.getByText(`Snapshot ${quarter} published`)).toBeVisible();
}

async function pdfText(page: Page): Promise<{ pages: number; text: string; perPage: string[] }> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', printBackground: true });
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const perPage = text.map((t) => t.replace(/\s+/g, ' '));
  return { pages: totalPages, text: perPage.join(' '), perPage };
}

/** The pack's footer (date and short hash), as the screen shows it, must be printed on every page. */
async function expectFooterOnEveryPage(page: Page, pack: { perPage: string[] }) {
  const footer = (await page.locator('.pack-footer').innerText()).replace(/\s+/g, ' ').trim();
  expect(footer).toMatch(/[0-9a-f]{8}/);
  pack.perPage.forEach((text, i) => expect(text, `page ${i + 1} of ${pack.perPage.length}`).toContain(footer));
}

test('publish two quarters, read, compare and print them', async ({ page }) => {
  // Two publications, two PDFs and five axe scans: more than the default minute on a busy 2-core machine.
  test.setTimeout(240_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/editor/snapshots');
  await expectNoAxeViolations(page);
  await publish(page, '2024-Q4');
  await publish(page, '2025-Q1');

  await page.goto('/snapshots');
  await expect(page.getByRole('link', { name: '2025-Q1', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // Feed readers find the site feed, and people see a link to it.
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feed\.xml$/);
  const feedLink = page.getByRole('link', { name: 'Follow updates (Atom feed)' });
  await expect(feedLink).toBeVisible();
  const feed = await page.request.get((await feedLink.getAttribute('href'))!);
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await feed.text()).toContain('Snapshot published for 2025-Q1');

  await page.goto('/snapshots/2024-Q4');
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshot 2024-Q4' })).toBeVisible();
  await expect(page.getByText('A newer snapshot exists')).toBeVisible();
  await expectNoAxeViolations(page);
  const pack = await pdfText(page);
  expect(pack.pages).toBeGreaterThanOrEqual(4);
  for (const section of ['Commitments', 'Indicators', 'Stop and search', 'Sources', 'As of 2024-12-31']) expect(pack.text).toContain(section);
  await page.emulateMedia({ media: 'screen' });
  await expectFooterOnEveryPage(page, pack);
  // Screen-only parts (navigation, download links) stay off paper.
  expect(pack.text).not.toContain('Download the JSON document');
  expect(pack.text).not.toContain('All snapshots');

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/snapshots/compare?from=2024-Q4&to=2025-Q1');
  await expect(page.getByRole('heading', { level: 1, name: 'What changed from 2024-Q4 to 2025-Q1' })).toBeVisible();
  await expectNoAxeViolations(page);
  const comparison = await pdfText(page);
  for (const section of ['Status changes', 'New evidence', 'Slipped deadlines', 'Indicator changes']) expect(comparison.text).toContain(section);
  await page.emulateMedia({ media: 'screen' });
  await expectFooterOnEveryPage(page, comparison);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('/snapshots/compare?from=2024-Q9&to=2025-Q1');
  await expect(page.getByText('"from" must be a quarter')).toBeVisible();
});
