// First-load JavaScript budget, checked on the production build that the
// browser tests serve: each page is opened without scrolling, every script it
// loads is gzipped here (node:zlib) and summed. Pages with charts may load
// 250 KB, pages without 160 KB (a bare Next.js page is about 135 KB). Charts
// below the fold are fetched only when scrolled to, so they do not count.
// With BENCH_OUT set (npm run bench:pages) the figures, and the time a filter
// change takes to show new numbers (timed in the page, once it has finished
// loading, and also on a page still busy), are written there as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

const KB = 1024;
const PAGES: { path: string; charts: boolean }[] = [
  { path: '/', charts: true },
  { path: '/stop-and-search', charts: true },
  { path: '/boroughs/E09000022', charts: true },
  { path: '/commitments', charts: false },
  { path: '/casey-review', charts: false },
  { path: '/methodology', charts: false },
  { path: '/about', charts: false },
  { path: '/data', charts: false },
  { path: '/developers', charts: false },
];
const budget = (charts: boolean) => (charts ? 250 * KB : 160 * KB);

async function firstLoadJs(page: Page, url: string): Promise<{ bytes: number; scripts: number }> {
  const sizes: Promise<number>[] = [];
  const listener = (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() !== 'script') return;
    sizes.push(response.body().then((b) => gzipSync(b, { level: 9 }).length, () => 0));
  };
  page.on('response', listener);
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  page.off('response', listener);
  const all = await Promise.all(sizes);
  return { bytes: all.reduce((s, n) => s + n, 0), scripts: all.length };
}

const results: Record<string, unknown> = {};

test.describe.configure({ mode: 'serial' });

test('first-load JavaScript stays within budget on every page', async ({ browser }) => {
  const measured = [];
  for (const p of PAGES) {
    // A fresh context each time, so nothing comes from the cache.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { bytes, scripts } = await firstLoadJs(page, p.path);
    await context.close();
    measured.push({ path: p.path, charts: p.charts, gzip_kb: Math.round((bytes / KB) * 10) / 10, budget_kb: budget(p.charts) / KB, scripts });
  }
  results.first_load_js = measured;
  console.log(JSON.stringify(measured));
  for (const m of measured) expect(m.gzip_kb, `${m.path}: ${m.gzip_kb} KB gzipped`).toBeLessThanOrEqual(m.budget_kb);
});

/**
 * Times a filter change inside the page: from the change event's own timestamp (the moment the reader's choice
 * reaches the page) to the first frame drawn after the ratio's sentence shows the new figure. Measured in the
 * browser, so the test runner's own round trips to it (about 100 ms a change on this machine) are not counted.
 */
function timeNextChange(): void {
  const w = window as unknown as { filterChange?: { ms: number | null } };
  const sentence = () => document.querySelector('section#ratio [data-testid="summary"]')?.textContent;
  w.filterChange = { ms: null };
  document.addEventListener(
    'change',
    (event) => {
      const before = sentence();
      const observer = new MutationObserver(() => {
        if (sentence() === before) return;
        observer.disconnect();
        // The frame that shows the change is drawn after this callback; the timeout runs once it is.
        requestAnimationFrame(() => setTimeout(() => (w.filterChange!.ms = performance.now() - event.timeStamp)));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    { capture: true, once: true },
  );
}

/** Notes every long task (50 ms or more on the main thread) from the start of the page's load. */
function recordLongTasks(): void {
  const w = window as unknown as { lastLongTaskEnd: number };
  w.lastLongTaskEnd = 0;
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) w.lastLongTaskEnd = Math.max(w.lastLongTaskEnd, t.startTime + t.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Waits until the page is quiet in the sense of Lighthouse's "time to interactive": a stretch with no long task
 * (here 1 s, not Lighthouse's 5), counted from no earlier than the call, because the browser reports a long task
 * only after it has ended. Network idle is not enough: after it the browser is still revealing the streamed
 * sections and drawing the charts for a few hundred milliseconds; after a change, the lower sections are still
 * on their way. Returns when that was, in ms from the start of navigation.
 */
async function untilQuiet(page: Page): Promise<number> {
  const since = await page.evaluate(() => performance.now());
  const quietAt = await page.waitForFunction(
    (from) => {
      const w = window as unknown as { lastLongTaskEnd: number };
      return performance.now() - Math.max(w.lastLongTaskEnd, from) >= 1000 ? performance.now() : false;
    },
    since,
    { polling: 100, timeout: 30_000 },
  );
  return Math.round(Number(await quietAt.jsonValue()));
}

async function changeForce(page: Page, value: string): Promise<{ inPage: number; seenByRunner: number }> {
  await page.evaluate(timeNextChange);
  const start = Date.now();
  await page.getByLabel('Police force').selectOption(value);
  const ms = await page.waitForFunction(() => (window as unknown as { filterChange: { ms: number | null } }).filterChange.ms, null, { polling: 10, timeout: 10_000 });
  return { seenByRunner: Date.now() - start, inPage: Math.round(Number(await ms.jsonValue())) };
}

test('a filter change shows new numbers quickly', async ({ browser }) => {
  // The target: a reader changes a filter on a page that has finished loading, and looks at the new figures
  // before the next change.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto('/stop-and-search');
  await page.waitForLoadState('networkidle');
  const quietAt = await untilQuiet(page);
  const changes = [];
  for (const [i, value] of ['metropolitan', 'city-of-london', ''].entries()) {
    if (i > 0) await untilQuiet(page);
    changes.push(await changeForce(page, value));
  }
  await context.close();
  const inPage = changes.map((c) => c.inPage);
  const seenByRunner = changes.map((c) => c.seenByRunner);

  // Also recorded: the same three changes on a page that is still busy, as a benchmark that does not wait would
  // time them: the first the moment the network falls idle, while the page is still finishing its load; the
  // others as soon as the one before has shown, while its lower sections are still on their way. On a view of
  // its own, so no answer is already kept.
  const busy = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const busyPage = await busy.newPage();
  await busyPage.goto('/stop-and-search?ethnicity=self');
  await busyPage.waitForLoadState('networkidle');
  const busyChanges = [];
  for (const value of ['metropolitan', 'city-of-london', '']) busyChanges.push((await changeForce(busyPage, value)).inPage);
  await busy.close();

  Object.assign(results, {
    filter_change_ms: inPage,
    filter_change_seen_by_test_runner_ms: seenByRunner,
    explorer_quiet_after_ms: quietAt,
    filter_change_busy_page_ms: busyChanges,
  });
  console.log(
    `filter change: ${inPage.join(', ')} ms in the page once it is quiet (first quiet ${quietAt} ms after navigation; ` +
      `${seenByRunner.join(', ')} ms as the test runner saw it); ${busyChanges.join(', ')} ms on a page still busy`,
  );
  // The target is 300 ms on a quiet machine with the real months loaded (docs/performance.md);
  // CI machines are shared, so the test only catches a gross regression.
  expect(Math.min(...inPage)).toBeLessThan(3000);
});

test.afterAll(() => {
  const out = process.env.BENCH_OUT;
  if (!out) return;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ measured_at: new Date().toISOString(), ...results }, null, 2)}\n`);
});
