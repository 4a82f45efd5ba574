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

async function pdfText(page: Page): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', printBackground: true });
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text };
}

test('publish two quarters, read, compare and print them', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/editor/snapshots');
  await expectNoAxeViolations(page);
  await publish(page, '2024-Q4');
  await publish(page, '2025-Q1');

  await page.goto('/snapshots');
  await expect(page.getByRole('link', { name: '2025-Q1', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/snapshots/2024-Q4');
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshot 2024-Q4' })).toBeVisible();
  await expect(page.getByText('A newer snapshot exists')).toBeVisible();
  await expectNoAxeViolations(page);
  const pack = await pdfText(page);
  expect(pack.pages).toBeGreaterThanOrEqual(4);
  for (const section of ['Commitments', 'Indicators', 'Stop and search', 'Sources', 'As of 2024-12-31']) expect(pack.text).toContain(section);
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
  await page.goto('/snapshots/compare?from=2024-Q9&to=2025-Q1');
  await expect(page.getByText('"from" must be a quarter')).toBeVisible();
});
