import { describe, expect, test } from 'vitest';
import { WINDOW_THRESHOLD } from '../../src/page/paint-window.ts';
import { BROWSERS } from './support/browsers.ts';
import type { DriverPage } from './support/driver.ts';
import { expectedSpans, spanKeys, titlesInOrder } from './support/engine-expectations.ts';
import { usePageFixture } from './support/page-fixture.ts';
import {
  adviceBlocks,
  highlightedSpans,
  highlightPoint,
  liveRegionText,
  openCard,
} from './support/page-probes.ts';

/**
 * A page with more findings than the page layer registers at once (page-huge.html): only those
 * near the view are highlighted, the window follows the reader, and counts, the keyboard and the
 * hover card still reach every finding.
 */

/** Ids of the `.advice` blocks whose box meets the viewport, and of those more than 4 heights off. */
function blocksByDistance(page: DriverPage): Promise<{ inView: string[]; far: string[] }> {
  return page.evaluate(() => {
    const inView: string[] = [];
    const far: string[] = [];
    for (const el of document.querySelectorAll('.advice')) {
      const box = el.getBoundingClientRect();
      if (box.bottom > 0 && box.top < innerHeight) inView.push(el.id);
      if (box.bottom < -4 * innerHeight || box.top > 5 * innerHeight) far.push(el.id);
    }
    return { inView, far };
  }, undefined);
}

/**
 * Compares what is highlighted with what the engine finds: every block in view has exactly the
 * engine's highlights, no block far from the view has any, and not every finding is registered.
 */
async function windowState(page: DriverPage, expected: string[]): Promise<string> {
  const shown = await highlightedSpans(page);
  const { inView, far } = await blocksByDistance(page);
  const shownKeys = spanKeys(shown);
  const problems: string[] = [];
  if (inView.length === 0) problems.push('no block in view');
  for (const block of inView) {
    const want = expected.filter((key) => key.startsWith(`${block} `));
    const have = shownKeys.filter((key) => key.startsWith(`${block} `));
    if (want.join('\n') !== have.join('\n')) problems.push(`block ${block} not as the engine says`);
  }
  const farShown = new Set(shown.map((s) => s.block).filter((block) => far.includes(block)));
  if (farShown.size > 0) problems.push(`far blocks highlighted: ${[...farShown].join(', ')}`);
  if (shown.length >= expected.length) problems.push('every finding is registered');
  return problems.length === 0 ? 'ok' : problems.slice(0, 5).join('; ');
}

describe.each(BROWSERS)('in %s', (name) => {
  const fixture = usePageFixture(name);

  test('a page beyond the threshold highlights what is near the view, and follows the reader', async () => {
    const page = await fixture.open('page-huge.html');
    const expected = spanKeys(await expectedSpans(page));
    expect(expected.length).toBeGreaterThan(WINDOW_THRESHOLD);
    // The badge counts warnings and dangers of the whole page, not of what is highlighted.
    const warnings = (await expectedSpans(page)).filter(
      (s) => s.severity === 'warning' || s.severity === 'danger',
    ).length;
    expect(warnings).toBeLessThan(1000);
    const tabId = await fixture.browser.tabIdOf(page);
    await expect
      .poll(async () => (await fixture.browser.toolbarState(tabId)).text, { timeout: 20_000 })
      .toBe(String(warnings));
    await expect.poll(() => windowState(page, expected), { timeout: 10_000 }).toBe('ok');
    expect((await highlightedSpans(page)).some((s) => s.block === 'p-0')).toBe(true);

    // Far down the page: the text there gets its highlights, the top loses them.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.7), 0);
    await expect.poll(() => windowState(page, expected), { timeout: 10_000 }).toBe('ok');
    expect((await highlightedSpans(page)).some((s) => s.block === 'p-0')).toBe(false);

    // Hovering a highlight there opens its card.
    const { inView } = await blocksByDistance(page);
    const block = inView[Math.floor(inView.length / 2)] as string;
    const point = await highlightPoint(page, block, undefined, false);
    expect(point).not.toBeNull();
    await page.moveTo(point?.x ?? 0, point?.y ?? 0);
    await expect.poll(() => openCard(page)).not.toBeNull();
    await page.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
  });

  test('the keyboard reaches a finding far from the view: painted, in view and its card open', async () => {
    const page = await fixture.open('page-huge.html');
    const titles = titlesInOrder((await adviceBlocks(page)).map((b) => b.text));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), 0);
    await expect
      .poll(async () => (await highlightedSpans(page)).some((s) => s.block === 'p-0'))
      .toBe(false);

    await fixture.browser.sendCommand(page, 'next-finding');
    await expect
      .poll(() => liveRegionText(page), { timeout: 10_000 })
      .toBe(`Finding 1 of ${titles.length}: ${titles[0]}`);
    expect((await openCard(page))?.titles).toContain(titles[0]);
    expect((await highlightedSpans(page)).some((s) => s.block === 'p-0')).toBe(true);
    const { inView } = await blocksByDistance(page);
    expect(inView).toContain('p-0');
  });
});
