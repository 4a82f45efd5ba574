// A panel review from an editor's keyboard to the public pages: record a
// meeting on a published snapshot, a question, an answer and a promise, see
// mistakes named beside their fields, then read it all on the snapshot's page
// and the commitment's page. Each page is scanned with axe.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { ADMIN } from './support/accounts.ts';
import { expectNoAxeViolations, signIn } from './support/editor.ts';

// Each write is a server action and a redirect; on a busy 2-core machine that can take a while.
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(180_000);

// A quarter no other spec publishes, so the specs run in any order.
const QUARTER = '2024-Q2';
const PANEL = 'Southwark Stop and Search Scrutiny Panel';
const QUESTION = 'When will the Met publish the evaluation it promised for this commitment?';
const ANSWER = 'The evaluation is with the independent reviewer and will be published next quarter.';

// The second test adds to the review the first one records.
test.describe.configure({ mode: 'serial' });

async function ensurePublished(page: Page) {
  const response = await page.goto(`/snapshots/${QUARTER}`);
  if (response?.status() === 200) return;
  await page.goto('/editor/snapshots');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Publish snapshot' }) });
  await form.getByLabel('Quarter').fill(QUARTER);
  await form.getByRole('button', { name: 'Publish snapshot' }).click();
  await expect(page.getByText(`Snapshot ${QUARTER} published`)).toBeVisible();
}

test('record a panel review by keyboard and read it on the public pages', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await ensurePublished(page);

  await page.goto('/editor');
  await page.getByRole('navigation', { name: 'Editor area' }).getByRole('link', { name: 'Panel reviews' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel reviews' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Record a panel meeting' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Record a panel meeting' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sent empty: the summary takes focus and each message sits beside its field.
  await page.getByRole('button', { name: 'Record meeting' }).focus();
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Panel', { exact: true })).toHaveAccessibleDescription(/Enter the name of the panel/);
  await expect(page.getByLabel('Snapshot reviewed')).toHaveAccessibleDescription(/Choose the snapshot the panel reviewed/);
  await expectNoAxeViolations(page);

  await page.getByLabel('Panel', { exact: true }).focus();
  await page.keyboard.type(PANEL);
  await page.getByLabel('Date of the meeting').fill('2024-07-18');
  await page.getByLabel('Snapshot reviewed').selectOption({ label: QUARTER });
  await page.getByLabel('Notes (optional)').focus();
  await page.keyboard.type('Reviewed the second-quarter snapshot with residents.');
  await page.getByRole('button', { name: 'Record meeting' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Meeting recorded');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PANEL);
  await expectNoAxeViolations(page);

  // A question about a commitment from the reviewed snapshot.
  const commitmentSelect = page.getByLabel('Commitment asked about (optional)');
  const commitment = (await commitmentSelect.locator('option').nth(1).textContent())?.trim() ?? '';
  expect(commitment).not.toBe('');
  await commitmentSelect.selectOption({ index: 1 });
  await page.getByLabel('Question', { exact: true }).focus();
  await page.keyboard.type(QUESTION);
  await page.getByRole('button', { name: 'Add question' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Question added');

  await page.getByRole('link', { name: QUESTION }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `A question from ${PANEL}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // "Promised" without its date is refused beside the date box.
  await page.getByLabel('Follow-up status', { exact: true }).selectOption('PROMISED');
  await page.getByRole('button', { name: 'Set follow-up status' }).click();
  await expect(page.getByLabel('Promised by (optional)')).toHaveAccessibleDescription(/promised an answer by/);
  await expectNoAxeViolations(page);

  await page.getByLabel('Answer', { exact: true }).focus();
  await page.keyboard.type(ANSWER);
  await page.getByLabel('Date received').fill('2024-08-02');
  await page.getByRole('button', { name: 'Add answer' }).click();
  await expect(page.getByRole('status')).toContainText('Answer added');
  await expect(page.getByText(ANSWER)).toBeVisible();

  await page.getByLabel('Follow-up status', { exact: true }).selectOption('PROMISED');
  await page.getByLabel('Promised by (optional)').fill('2024-12-31');
  await page.getByRole('button', { name: 'Set follow-up status' }).click();
  await expect(page.getByRole('status')).toContainText('Follow-up status saved');

  // The public snapshot page: who asked, what the Met answered and when, where it stands.
  await page.goto(`/snapshots/${QUARTER}`);
  const reviews = page.getByRole('region', { name: 'Panel reviews' });
  await expect(reviews.getByRole('heading', { level: 3 })).toContainText(`${PANEL}, meeting of 18 July 2024`);
  await expect(reviews.getByText(`The panel (${PANEL}) asked:`)).toBeVisible();
  await expect(reviews.getByText(QUESTION)).toBeVisible();
  await expect(reviews.getByText('The Met answered on 2 August 2024:')).toBeVisible();
  await expect(reviews.getByText(ANSWER)).toBeVisible();
  await expect(reviews.getByText('Answer promised by 31 December 2024')).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await page.request.get(`/snapshots/${QUARTER}/panel-reviews.csv`);
  expect(await csv.text()).toContain(ANSWER);

  // The commitment's page shows the same question.
  await reviews.getByRole('link', { name: commitment }).click();
  const questions = page.getByRole('region', { name: 'Questions from community panels' });
  await expect(questions.getByText(QUESTION)).toBeVisible();
  await expect(questions.getByText(ANSWER)).toBeVisible();
  await expect(questions.getByRole('link', { name: `snapshot ${QUARTER}` })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an answer can be recorded without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await page.goto('/editor/panels');
  await page.getByRole('list', { name: 'Panel meetings' }).getByRole('link', { name: new RegExp(PANEL) }).first().click();
  await page.getByRole('link', { name: QUESTION }).first().click();
  // Refused first (no date), then saved.
  await page.getByLabel('Answer', { exact: true }).fill('A second, later answer from the Met.');
  await page.getByRole('button', { name: 'Add answer' }).click();
  await expect(page.getByLabel('Date received')).toHaveAccessibleDescription(/Enter the date the answer was received/);
  await expect(page.getByLabel('Answer', { exact: true })).toHaveValue('A second, later answer from the Met.');
  await page.getByLabel('Date received').fill('2024-09-10');
  await page.getByRole('button', { name: 'Add answer' }).click();
  await expect(page.getByRole('status')).toContainText('Answer added');
  await expect(page.getByText('A second, later answer from the Met.')).toBeVisible();
  await context.close();
});
