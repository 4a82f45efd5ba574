// Motion (issue 4, item 3; WCAG 2.3.3): with prefers-reduced-motion: reduce,
// nothing on the page has a CSS animation or transition longer than a frame.
// Charts are never animated, whatever the setting: each line is drawn whole at
// once (an animated line is drawn in by growing its stroke-dasharray, "0px
// 900px" towards its full length), and a filter change redraws it at once.
// A MutationObserver installed before the page loads records every
// stroke-dasharray the line paths ever take, so no timing is guessed.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SEARCHES = 'Searches by ethnic group over time';

declare global {
  interface Window {
    __lineDashes: string[];
  }
}

async function watchLineDashes(page: Page) {
  await page.addInitScript(() => {
    window.__lineDashes = [];
    const record = (el: Element) => {
      if (el instanceof SVGPathElement && el.classList.contains('recharts-line-curve')) window.__lineDashes.push(el.getAttribute('stroke-dasharray') ?? 'none');
    };
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        if (m.type === 'attributes') record(m.target as Element);
        for (const node of m.addedNodes) if (node instanceof Element) [node, ...node.querySelectorAll('path')].forEach(record);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['stroke-dasharray'] });
  });
}

/** Scrolls the searches chart into view (charts mount when near the viewport) and waits for its lines. */
async function openSearchesChart(page: Page) {
  await page.goto('/stop-and-search');
  const section = page.getByRole('region', { name: SEARCHES, exact: true });
  await section.scrollIntoViewIfNeeded();
  await expect(section.locator('path.recharts-line-curve').first()).toBeAttached({ timeout: 20_000 });
  // Longer than Recharts' default 1.5 s animation, so a drawn-in line would have been seen.
  await page.waitForTimeout(2_000);
  return section;
}

// A line being drawn in carries a dash of "<drawn>px <rest>px"; the groups' own dash patterns are plain numbers.
const drawingIn = (dashes: string[]) => dashes.filter((d) => /px/.test(d));

test.describe('with reduced motion asked for', () => {
  test.use({ reducedMotion: 'reduce' });

  test('charts are drawn without animation and nothing on the page moves', async ({ page }) => {
    await watchLineDashes(page);
    const section = await openSearchesChart(page);
    const dashes = await page.evaluate(() => window.__lineDashes);
    expect(dashes.length).toBeGreaterThan(0);
    expect(drawingIn(dashes)).toEqual([]);
    await expect(section.locator('path.recharts-line-curve').first()).toBeVisible();
    // No element animates or transitions for longer than the 0.01 ms the stylesheet allows.
    const longest = await page.evaluate(() => {
      const seconds = (v: string) => Math.max(...v.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s))));
      let max = 0;
      for (const el of document.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        max = Math.max(max, seconds(style.transitionDuration), seconds(style.animationDuration));
      }
      return max;
    });
    expect(longest).toBeLessThanOrEqual(0.001);
    const scan = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(scan.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('with no motion preference', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('charts are still drawn whole at once, without animation', async ({ page }) => {
    await watchLineDashes(page);
    await openSearchesChart(page);
    const dashes = await page.evaluate(() => window.__lineDashes);
    expect(dashes.length).toBeGreaterThan(0);
    expect(drawingIn(dashes)).toEqual([]);
  });

  test('a filter change redraws the lines at once, never through figures that are in neither view', async ({ page }) => {
    const section = await openSearchesChart(page);
    const before = await section.getByRole('table').textContent();
    // The chart's lines as drawn in each frame for the next 2.5 s: longer than Recharts' 1.5 s animation,
    // which would move them through dozens of shapes between the old figures and the new.
    const frames = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const seen = new Set<string>();
          const end = performance.now() + 2_500;
          const look = () => {
            seen.add([...document.querySelectorAll('section#searches path.recharts-line-curve')].map((p) => p.getAttribute('d')).join('|'));
            if (performance.now() < end) requestAnimationFrame(look);
            else resolve(seen.size);
          };
          requestAnimationFrame(look);
        }),
    );
    await page.getByLabel('Police force').selectOption('metropolitan');
    await expect(section.getByRole('table')).not.toHaveText(before!);
    // The old lines, then the new ones (and at most one frame between them with some of each).
    expect(await frames).toBeGreaterThanOrEqual(2);
    expect(await frames).toBeLessThanOrEqual(3);
  });
});
