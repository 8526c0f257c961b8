import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from './launch-extension.ts';
import { activeTabId } from './tabs.ts';

/** Most severe first: the highlight the card screenshot hovers. */
const HOVER_ORDER = ['danger', 'warning', 'caution', 'info', 'agrees'];

/**
 * Screenshots the highlighted article, a forum thread with every severity, an open hover card, the
 * popup and the options page; returns their paths.
 * A step that cannot happen (no highlight, no card) throws, so the demo never passes quietly.
 */
export async function takeDemoScreenshots(
  browser: LaunchedExtension,
  articleUrl: string,
  outputDir: string,
): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.goto(articleUrl);
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('milia-lens-')),
    undefined,
    { timeout: 15_000 },
  );
  const shots: string[] = [];
  const pagePath = join(outputDir, 'page-with-highlights.png');
  await page.screenshot({ path: pagePath, fullPage: true });
  shots.push(pagePath);

  // The seed article has no advice about the eyes or babies, so a forum thread shows the rest.
  const forum = await browser.context.newPage();
  await forum.setViewportSize({ width: 1000, height: 900 });
  await forum.goto(new URL('forum-thread.html', articleUrl).href);
  await forum.waitForFunction(
    (names) => names.every((name) => (CSS.highlights.get(name)?.size ?? 0) > 0),
    HOVER_ORDER.map((severity) => `milia-lens-${severity}`),
    { timeout: 15_000 },
  );
  const forumPath = join(outputDir, 'forum-all-severities.png');
  await forum.screenshot({ path: forumPath, fullPage: true });
  shots.push(forumPath);

  const cardPath = join(outputDir, 'hover-card.png');
  if (!(await hoverMostSevere(page))) throw new Error('no hover card appeared over a highlight');
  await page.screenshot({ path: cardPath, animations: 'disabled' });
  shots.push(cardPath);

  const popupPath = join(outputDir, 'popup.png');
  const tabId = await activeTabId(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 700 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForLoadState('networkidle');
  await popup.screenshot({ path: popupPath, fullPage: true });
  shots.push(popupPath);

  const optionsPath = join(outputDir, 'options.png');
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading').first().waitFor();
  await options.screenshot({ path: optionsPath, fullPage: true });
  shots.push(optionsPath);
  return shots;
}

/** Rests the pointer on the most severe highlight; true once the card is open (a shown popover). */
async function hoverMostSevere(page: Page): Promise<boolean> {
  const point = await page.evaluate((order) => {
    for (const severity of order) {
      const highlight = CSS.highlights.get(`milia-lens-${severity}`);
      const first = highlight ? [...highlight][0] : undefined;
      if (!first) continue;
      const range = document.createRange();
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(first.endContainer, first.endOffset);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      window.scrollBy(0, rect.top - window.innerHeight / 3);
      const moved = range.getClientRects()[0] ?? rect;
      return { x: moved.left + moved.width / 2, y: moved.top + moved.height / 2 };
    }
    return null;
  }, HOVER_ORDER);
  if (!point) return false;
  await page.mouse.move(point.x, point.y);
  try {
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('milia-lens-ui')
          ?.shadowRoot?.querySelector('[role="dialog"]:popover-open'),
      undefined,
      { timeout: 3_000 },
    );
    return true;
  } catch {
    return false;
  }
}
