import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Nothing is wider than the screen, and no part of the page scrolls sideways on its own. */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `page wider than the screen on ${where}`).toBeLessThanOrEqual(0);
  const scrolling = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.dataset.testid ?? el.className),
  );
  expect(scrolling, `regions scrolling sideways on ${where}`).toEqual([]);
}
