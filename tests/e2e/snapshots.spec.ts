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

interface PdfLine {
  text: string;
  /** Distance of the text's baseline from the bottom of the page, in points. */
  bottom: number;
  height: number;
}

async function pdfText(page: Page): Promise<{ pages: number; text: string; perPage: string[]; lines: PdfLine[][] }> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4', printBackground: true });
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const perPage = text.map((t) => t.replace(/\s+/g, ' '));
  const lines: PdfLine[][] = [];
  for (let i = 1; i <= totalPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    lines.push(
      content.items
        .filter((item): item is typeof item & { str: string; transform: number[]; height: number } => 'str' in item && item.str.trim() !== '')
        .map((item) => ({ text: item.str, bottom: item.transform[5]!, height: item.height })),
    );
  }
  return { pages: totalPages, text: perPage.join(' '), perPage, lines };
}

/**
 * The pack's footer (date and short hash), as the screen shows it, must be printed on every page, below
 * everything else on that page, so it never covers the page's own last line.
 */
async function expectFooterOnEveryPage(page: Page, pack: { perPage: string[]; lines: PdfLine[][] }) {
  const footer = (await page.locator('.pack-footer').innerText()).replace(/\s+/g, ' ').trim();
  expect(footer).toMatch(/[0-9a-f]{8}/);
  pack.perPage.forEach((text, i) => expect(text, `page ${i + 1} of ${pack.perPage.length}`).toContain(footer));
  const squeezed = (text: string) => text.replace(/\s+/g, '');
  pack.lines.forEach((lines, i) => {
    // The lowest line of the page must be the footer, whole (pdf.js may split it into several pieces).
    const baseline = Math.min(...lines.map((l) => l.bottom));
    const footerLines = lines.filter((l) => Math.abs(l.bottom - baseline) < 0.5);
    expect(squeezed(footerLines.map((l) => l.text).join('')), `lowest line of page ${i + 1}`).toBe(squeezed(footer));
    const footerTop = Math.max(...footerLines.map((l) => l.bottom + l.height));
    const rest = lines.filter((l) => !footerLines.includes(l));
    const lowest = Math.min(...rest.map((l) => l.bottom));
    expect(lowest, `page ${i + 1}: the lowest line of the page sits above the footer`).toBeGreaterThan(footerTop);
  });
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
