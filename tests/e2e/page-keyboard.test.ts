import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { titlesInOrder } from './support/engine-expectations.ts';
import { sendCommand } from './support/commands.ts';
import { adviceBlocks, liveRegionText, openCard } from './support/page-probes.ts';
import { usePageFixture } from './support/page-fixture.ts';
import { activeTabId } from './support/tabs.ts';

const fixture = usePageFixture();

/** The note titles of the top frame's findings, in page order, from the engine run in Node. */
async function expectedTitles(page: Page): Promise<string[]> {
  return titlesInOrder((await adviceBlocks(page)).map((b) => b.text));
}

/** Where focus is, looking into shadow roots: the focused element's id or accessible text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return '';
    return el.id || el.getAttribute('aria-label') || (el.textContent ?? '').trim();
  });
}

async function step(page: Page, command: 'next-finding' | 'previous-finding') {
  await sendCommand(fixture.browser, page, command);
}

test('next and previous step through the findings, announce them and focus the card', async () => {
  const page = await fixture.open('page-article.html');
  const titles = await expectedTitles(page);
  const n = titles.length;
  expect(n).toBeGreaterThan(3);
  const announced = (i: number) => `Finding ${i + 1} of ${n}: ${titles[i]}`;

  await step(page, 'next-finding');
  await expect.poll(() => liveRegionText(page)).toBe(announced(0));
  let card = await openCard(page);
  expect(card?.focused).toBe(true);
  expect(card?.titles).toContain(titles[0]);

  await step(page, 'next-finding');
  await expect.poll(() => liveRegionText(page)).toBe(announced(1));
  expect((await openCard(page))?.titles).toContain(titles[1]);

  await step(page, 'previous-finding');
  await expect.poll(() => liveRegionText(page)).toBe(announced(0));
  // Before the first comes the last, which is further down (in the shadow root): scrolled to.
  await step(page, 'previous-finding');
  await expect.poll(() => liveRegionText(page)).toBe(announced(n - 1));
  card = await openCard(page);
  expect(card?.focused).toBe(true);
  const inView = await page.evaluate(() => {
    const host = document.getElementById('shadow-host');
    const rect = host?.getBoundingClientRect();
    return !!rect && rect.top >= 0 && rect.bottom <= innerHeight;
  });
  expect(inView).toBe(true);

  // A click anywhere else on the page closes it too.
  await page.mouse.click(4, 4);
  await expect.poll(() => openCard(page)).toBeNull();
});

test('Escape closes the card and gives focus back; Tab reaches every link and button', async () => {
  const page = await fixture.open('page-article.html');
  await page.focus('#single');
  await step(page, 'next-finding');
  await expect.poll(async () => (await openCard(page))?.focused).toBe(true);
  // Several steps, then Escape: focus goes back to where it was before the first.
  await step(page, 'next-finding');
  await expect.poll(() => liveRegionText(page)).toMatch(/^Finding 2 of/u);
  await page.keyboard.press('Escape');
  await expect.poll(() => openCard(page)).toBeNull();
  expect(await focusedName(page)).toBe('single');

  await step(page, 'next-finding');
  await expect.poll(async () => (await openCard(page))?.focused).toBe(true);
  const reached: string[] = [];
  // Through the card, out past its end and round into the page again.
  for (let i = 0; i < 12 && !reached.includes('single'); i += 1) {
    await page.keyboard.press('Tab');
    reached.push(await focusedName(page));
  }
  expect(reached).toEqual(
    expect.arrayContaining(['Close', 'Home-care checklist', 'Turn off on this site']),
  );
  expect(reached.some((name) => name.includes('(opens in a new tab)'))).toBe(true);
  // Once focus is back on the page, the card closes behind it.
  await expect.poll(() => openCard(page)).toBeNull();
});

test('choosing a finding in the popup opens its card in the page', async () => {
  const page = await fixture.open('page-article.html');
  const titles = await expectedTitles(page);
  const tabId = await activeTabId(fixture.browser, page);
  const popup = await fixture.browser.context.newPage();
  await popup.goto(`chrome-extension://${fixture.browser.extensionId}/popup.html?tab=${tabId}`);
  const choices = popup.locator('.finding-list button');
  await expect.poll(() => choices.count()).toBe(titles.length);
  await choices.nth(2).click();
  await expect.poll(() => liveRegionText(page)).toBe(`Finding 3 of ${titles.length}: ${titles[2]}`);
  expect((await openCard(page))?.titles).toContain(titles[2]);
  await popup.close();
});

test('"Home-care checklist" opens the checklist; "Turn off on this site" unpaints the page', async () => {
  const page = await fixture.open('page-article.html');
  await step(page, 'next-finding');
  await expect.poll(async () => (await openCard(page))?.focused).toBe(true);
  const shadowButton = (name: string) =>
    page.locator('milia-lens-ui').getByRole('button', { name });

  const opened = fixture.browser.context.waitForEvent('page');
  await shadowButton('Home-care checklist').click();
  const checklist = await opened;
  expect(checklist.url()).toBe(
    `chrome-extension://${fixture.browser.extensionId}/popup.html?view=checklist`,
  );
  await checklist.close();

  await page.bringToFront();
  await step(page, 'next-finding');
  await expect.poll(async () => (await openCard(page))?.focused).toBe(true);
  await shadowButton('Turn off on this site').click();
  await expect
    .poll(() =>
      page.evaluate(() => ({
        highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('milia-lens-')),
        hosts: document.querySelectorAll('milia-lens-ui').length,
      })),
    )
    .toEqual({ highlights: [], hosts: 0 });
});

test('no uncaught error in the page or the extension', () => {
  expect(fixture.errors).toEqual([]);
});
