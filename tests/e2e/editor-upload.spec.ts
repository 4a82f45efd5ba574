// Data uploads in the browser: the admin sends a month the global setup already
// imported (unchanged) and a small broken file (not imported, with its line and
// field), watches the progress bar, reads the report, and the page passes axe.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts.ts';
import { expectNoAxeViolations, signIn } from './support/editor.ts';

const LOADED = path.resolve(import.meta.dirname, '../../../shared/data/stop-and-search/police-uk-raw/city-of-london/2019-01-city-of-london-stop-and-search.csv');
const HEADER = 'Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing';
const BAD_ROW = 'Person search,not a date,False,,,,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,False,False';
const BAD_FILE = { name: '2030-01-city-of-london-stop-and-search.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n${BAD_ROW}\n`) };

test('an editor uploads two files and reads each report', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('navigation', { name: 'Editor area' }).getByRole('link', { name: 'Data uploads' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data uploads' })).toBeVisible();
  const recent = page.getByRole('region', { name: 'Recent imports' });
  await expect(recent.getByRole('link', { name: /-stop-and-search\.csv$/ }).first()).toHaveAttribute('href', /^\/api\/v1\/imports\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);

  await page.getByLabel('Monthly stop-and-search files (.csv)').setInputFiles([{ name: path.basename(LOADED), mimeType: 'text/csv', buffer: readFileSync(LOADED) }, BAD_FILE]);
  await page.getByRole('button', { name: 'Upload and import' }).press('Enter');

  await expect(page.locator('progress')).toBeVisible();
  const report = page.getByRole('region', { name: 'Import report' });
  const unchanged = report.getByRole('article', { name: '2019-01-city-of-london-stop-and-search.csv' });
  await expect(unchanged).toContainText('Unchanged: this exact file was already imported for city-of-london 2019-01');
  const bad = report.getByRole('article', { name: BAD_FILE.name });
  await expect(bad).toContainText('Not imported.');
  await expect(bad).toContainText('line 2, field "Date"');
  await expect(page.getByRole('heading', { name: 'Finished' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Finished' })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('a file that is not CSV is refused before anything is imported', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/editor/imports');
  const png = { name: '2030-02-city-of-london-stop-and-search.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) };
  await page.getByLabel('Monthly stop-and-search files (.csv)').setInputFiles([png]);
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not a CSV' })).toContainText('2030-02-city-of-london-stop-and-search.csv: this is not a CSV text file');
  await expectNoAxeViolations(page);
});

// Next.js cuts at 10 MB the body of any request its proxy sees; the upload
// route is outside the proxy, so a larger upload must arrive whole. Every row
// of this 12 MB file is bad, so the importer reads all of them and says how many.
test('an upload larger than 10 MB reaches the importer whole', async ({ page, baseURL }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  const rows = 80_000;
  const buffer = Buffer.from(`${HEADER}\n${`${BAD_ROW}\n`.repeat(rows)}`);
  expect(buffer.length).toBeGreaterThan(10 * 1024 * 1024);
  const response = await page.request.post('/editor/imports/upload', {
    headers: { origin: baseURL! },
    multipart: { files: { name: '2030-03-city-of-london-stop-and-search.csv', mimeType: 'text/csv', buffer } },
    timeout: 120_000,
  });
  expect(response.status()).toBe(200);
  const failed = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { type: string; message?: string }).find((e) => e.type === 'failed');
  expect(failed?.message).toContain(`every one of the ${rows} rows was rejected`);
});

// Replacing is never silent: the different file is refused until "Replace" is
// ticked. The original file is put back at the end, so other specs see the
// figures the global setup loaded.
test('a different file for a loaded month is refused, then replaces it when asked', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/editor/imports');
  const original = readFileSync(LOADED);
  const edited = original.subarray(0, original.lastIndexOf(0x0a, original.length - 2) + 1);
  const input = page.getByLabel('Monthly stop-and-search files (.csv)');
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(page.getByLabel(/^Replace/)).toHaveCount(0);

  await input.setInputFiles([{ name: path.basename(LOADED), mimeType: 'text/csv', buffer: edited }]);
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(report).toContainText('Refused: this month is already loaded from a different file, 2019-01-city-of-london-stop-and-search.csv');
  await expectNoAxeViolations(page);

  await page.getByLabel(/^Replace/).check();
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(report).toContainText('Loaded');
  await expect(report).toContainText('replacing the file loaded before');

  // The box is offered again only after the next refusal.
  await expect(page.getByLabel(/^Replace/)).toHaveCount(0);
  await input.setInputFiles([{ name: path.basename(LOADED), mimeType: 'text/csv', buffer: original }]);
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(report).toContainText('Refused');
  await page.getByLabel(/^Replace/).check();
  await page.getByRole('button', { name: 'Upload and import' }).click();
  await expect(report).toContainText('replacing the file loaded before');
});
