// The editor area as the team uses it: sign in, record a status update with
// evidence by keyboard, see it on the public page at once, correct it, sign
// out; invite an editor; and the checks that keep strangers out.
import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts.ts';
import { expectNoAxeViolations, signIn } from './support/editor.ts';

const NOTE = `Published for consultation (browser test ${Date.now()}).`;
const CORRECTION = `Correction: the document was a draft (browser test ${Date.now()}).`;

test('record a status update by keyboard, see it public at once, correct it, sign out', async ({ page }) => {
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);
  await signIn(page, ADMIN.email, ADMIN.password);
  await expectNoAxeViolations(page);

  // A commitment with no published update, so the new status shows plainly.
  const item = page.getByRole('list', { name: 'Commitments' }).locator('li', { hasText: 'No update published' }).first();
  const summary = (await item.getByRole('link').textContent())?.trim() ?? '';
  await item.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(summary);
  const editorUrl = page.url();
  const id = editorUrl.split('/editor/commitments/')[1] ?? '';
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Record a status update' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record a status update');
  await expectNoAxeViolations(page);

  // Sent empty: every problem is listed and shown beside its field.
  await page.getByRole('button', { name: 'Publish update' }).focus();
  await page.keyboard.press('Enter');
  const summaryBox = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summaryBox).toBeFocused();
  await expect(page.locator('#field-status-error')).toContainText('Choose a status');
  await expect(page.locator('#field-note-error')).toContainText('Enter a note');
  await expect(page.locator('#field-evidence-error')).toContainText('at least one evidence link');
  await expect(page.getByLabel('What happened')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // Filled in by keyboard.
  await page.getByLabel('Status', { exact: true }).focus();
  await page.keyboard.type('In progress');
  await page.keyboard.press('Tab');
  await page.getByLabel('Status as of').fill('2025-03-31');
  await page.getByLabel('What happened').focus();
  await page.keyboard.type(NOTE);
  await page.getByLabel('Link 1 title').focus();
  await page.keyboard.type('Consultation page');
  await page.keyboard.press('Tab');
  await page.keyboard.type('not a web address');
  await page.getByRole('button', { name: 'Add another link' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Link 2 title').focus();
  await page.keyboard.type('News release');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://news.example.org/consultation');
  await page.getByRole('button', { name: 'Publish update' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#field-evidence-0-url-error')).toContainText('https://');
  await page.getByLabel('Link 1 address').fill('');
  await page.getByLabel('Link 1 address').focus();
  await page.keyboard.type('https://www.example.org/consultation');
  await page.getByRole('button', { name: 'Publish update' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Status update published');

  // The public page shows it at once.
  await page.goto(`/commitments/${id}`);
  await expect(page.getByText(NOTE)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Consultation page' })).toHaveAttribute('href', 'https://www.example.org/consultation');
  await expect(page.getByRole('region', { name: 'Status' }).getByText('In progress')).toBeVisible();

  // Correct it.
  await page.goto(editorUrl);
  await page.getByRole('link', { name: /Correct this entry/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Correct an entry');
  await expect(page.getByText(NOTE)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Status', { exact: true }).selectOption('NOT_STARTED');
  await page.getByLabel('Status as of').fill('2025-03-31');
  await page.getByLabel('What happened').fill(CORRECTION);
  await page.getByLabel('Link 1 title').fill('Consultation page, draft notice');
  await page.getByLabel('Link 1 address').fill('https://www.example.org/consultation#draft');
  await page.getByRole('button', { name: 'Publish correction' }).click();
  await expect(page.getByRole('status')).toContainText('Correction published');

  await page.goto(`/commitments/${id}`);
  const original = page.locator('li[id^="update-"]', { hasText: NOTE });
  await expect(original).toContainText('Set aside: corrected by');
  await expect(page.locator('li[id^="update-"]', { hasText: CORRECTION })).toContainText('This entry corrects');
  await page.goto('/changes');
  await expect(page.getByText(CORRECTION)).toBeVisible();
  await expect(page.getByText(NOTE)).toBeVisible();
  await expectNoAxeViolations(page);

  // Sign out: the editor area is closed again.
  await page.goto('/editor');
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
  await page.goto('/editor');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('every other editor page passes an accessibility scan', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('list', { name: 'Commitments' }).getByRole('link').first().click();
  const base = page.url();
  for (const path of [`${base}/edit`, '/editor/commitments/new', '/editor/sources', '/editor/audit', '/editor/audit?entityType=nonsense', '/editor/users', '/invitations/not-a-real-token-at-all-000']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto('/editor/audit?entityType=status_update');
  await expect(page.getByRole('table')).toContainText('status update');
});

test('an admin invites an editor, who sets a password and cannot open admin pages', async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/editor/users');
  const email = `editor-${Date.now()}@e2e.test`;
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Name').fill('Invited Editor');
  await page.getByRole('button', { name: 'Invite' }).click();
  const link = page.getByRole('status').getByRole('link');
  await expect(link).toBeVisible();
  const url = (await link.getAttribute('href')) ?? '';
  await expectNoAxeViolations(page);

  const context = await browser.newContext();
  const invited = await context.newPage();
  await invited.goto(url);
  await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Choose your password');
  await expectNoAxeViolations(invited);
  await invited.getByLabel('New password', { exact: true }).fill('password1234');
  await invited.getByLabel('The same password again').fill('password1234');
  await invited.getByRole('button', { name: 'Set my password' }).click();
  await expect(invited.locator('#field-password-error')).toContainText('too easy to guess');
  await invited.getByLabel('New password', { exact: true }).fill('a passphrase of my very own');
  await invited.getByLabel('The same password again').fill('a passphrase of my very own');
  await invited.getByRole('button', { name: 'Set my password' }).click();
  await expect(invited.getByRole('status')).toContainText('Your password is set');
  await signIn(invited, email, 'a passphrase of my very own');
  await expect(invited.getByRole('navigation', { name: 'Editor area' }).getByRole('link', { name: 'People' })).toHaveCount(0);
  const response = await invited.goto('/editor/users');
  expect(response?.status()).toBe(403);
  await expectNoAxeViolations(invited);
  await context.close();
});

test('a wrong password gets a clear message, and the sign-in page works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The email address or password is not right.');
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor$/);
  await context.close();
});

test('every page carries a CSP without unsafe-inline scripts (a nonce when rendered, hashes when sent from the response cache), and charts still draw', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  // /sign-in is never cached; the public pages are asked for twice, so the second answer comes from the cache.
  for (const path of ['/', '/commitments', '/sign-in', '/', '/commitments']) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const fromCache = ['hit', 'stale'].includes(headers['x-response-cache'] ?? '');
    if (path === '/sign-in') expect(fromCache).toBe(false);
    if (!fromCache) {
      // Next.js put this response's nonce on its scripts.
      const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
      expect(nonce, path).toBeTruthy();
      const scripts = await page.locator('script').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.every((n) => n === nonce)).toBe(true);
    } else {
      // A shared page: no nonce at all, and each inline script allowed by its own hash (computed here by the browser).
      expect(scriptSrc).not.toMatch(/nonce|strict-dynamic/);
      const hashes = await page.locator('script:not([src])').evaluateAll(async (els) =>
        Promise.all(
          els.map(async (el) => {
            const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(el.textContent ?? ''));
            return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
          }),
        ),
      );
      expect(hashes.length).toBeGreaterThan(0);
      for (const h of hashes) expect(scriptSrc, path).toContain(h);
    }
  }
  await page.goto('/');
  // Charts are drawn once they scroll into view (their code is loaded then).
  await page.locator('section[aria-labelledby^="chart-"]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  // Hydrated: client-side navigation works under the policy.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('forms sent from another site are refused and change nothing', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('list', { name: 'Commitments' }).getByRole('link').first().click();
  const base = page.url();
  await page.goto(`${base}/updates/new`);
  // The fields React renders for a form posted without JavaScript.
  const hidden = await page.locator('form input[type="hidden"]').evaluateAll((els) =>
    els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value] as const),
  );
  const form = Object.fromEntries([
    ...hidden,
    ['status', 'DELIVERED'],
    ['asOf', '2025-01-01'],
    ['note', 'Posted from another site: must never be saved.'],
    ['evidence.0.title', 'Evil'],
    ['evidence.0.url', 'https://evil.example/'],
  ]);

  const crossSite = await page.request.post(page.url(), { headers: { Origin: 'https://evil.example' }, multipart: form, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).not.toMatch(/at .*\.js|Error:|SELECT|prisma/i);

  // An empty Origin: refused before the app runs, with a plain 403 rather than an error page.
  const emptyOrigin = await page.request.post(page.url(), { headers: { Origin: '' }, multipart: form, maxRedirects: 0 });
  expect(emptyOrigin.status()).toBe(403);

  await page.goto('/changes');
  await expect(page.getByText('Posted from another site')).toHaveCount(0);
  await page.goto(base);
  await expect(page.getByText('Posted from another site')).toHaveCount(0);
});

test('strangers are sent to sign in, and cannot reach editor pages', async ({ page }) => {
  for (const path of ['/editor', '/editor/audit', '/editor/users', '/editor/commitments/new']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in$/);
  }
});
