import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page) {
  const scan = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(scan.violations, page.url()).toEqual([]);
}

/** Signs in with the keyboard only: type, Tab, type, Enter. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  // Hashing the password can take several seconds on a busy 2-core machine.
  await expect(page).toHaveURL(/\/editor$/, { timeout: 30_000 });
}
