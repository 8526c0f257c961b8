import { describe, expect, test } from 'vitest';
import { BROWSERS } from './support/browsers.ts';
import type { DriverFrame, DriverPage } from './support/driver.ts';
import { titlesInOrder } from './support/engine-expectations.ts';
import { usePageFixture } from './support/page-fixture.ts';
import { adviceBlocks, liveRegionText, openCard } from './support/page-probes.ts';

type Page = DriverPage;

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
  }, undefined);
}

/**
 * Clicks, with the real pointer, the button named `name` (its text or aria-label) that `scope`
 * finds: where a user would click it, scrolled into view first.
 */
async function clickButton(
  page: Page,
  scope: 'popup' | 'ui-host',
  name: string | number,
): Promise<void> {
  const at = await page.evaluate(
    ([where, wanted]) => {
      const root =
        where === 'popup' ? document : document.querySelector('milia-lens-ui')?.shadowRoot;
      const buttons = [
        ...(root?.querySelectorAll<HTMLElement>(
          where === 'popup' ? '.finding-list button' : 'button',
        ) ?? []),
      ];
      const button =
        typeof wanted === 'number'
          ? buttons[wanted]
          : buttons.find(
              (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === wanted,
            );
      if (!button) return null;
      button.scrollIntoView({ block: 'nearest' });
      const box = button.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [scope, name] as const,
  );
  if (!at) throw new Error(`no button ${name} in the ${scope}`);
  await page.clickAt(at.x, at.y);
}

const countChoices = (popup: DriverFrame) =>
  popup.evaluate(() => document.querySelectorAll('.finding-list button').length, undefined);

describe.each(BROWSERS)('in %s', (name) => {
  const fixture = usePageFixture(name);

  async function step(page: Page, command: 'next-finding' | 'previous-finding') {
    await fixture.browser.sendCommand(page, command);
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
    }, undefined);
    expect(inView).toBe(true);

    // A click anywhere else on the page closes it too.
    await page.clickAt(4, 4);
    await expect.poll(() => openCard(page)).toBeNull();
  });

  test('Escape closes the card and gives focus back; Tab reaches every link and button', async () => {
    const page = await fixture.open('page-article.html');
    await page.evaluate(() => document.getElementById('single')?.focus(), undefined);
    await step(page, 'next-finding');
    await expect.poll(async () => (await openCard(page))?.focused).toBe(true);
    // Several steps, then Escape: focus goes back to where it was before the first.
    await step(page, 'next-finding');
    await expect.poll(() => liveRegionText(page)).toMatch(/^Finding 2 of/u);
    await page.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    expect(await focusedName(page)).toBe('single');

    await step(page, 'next-finding');
    await expect.poll(async () => (await openCard(page))?.focused).toBe(true);
    const reached: string[] = [];
    // Through the card to its last control.
    for (let i = 0; i < 12 && !reached.includes('Turn off on this site'); i += 1) {
      await page.press('Tab');
      reached.push(await focusedName(page));
    }
    expect(reached).toEqual(
      expect.arrayContaining(['Close', 'Home-care checklist', 'Turn off on this site']),
    );
    expect(reached.some((name) => name.includes('(opens in a new tab)'))).toBe(true);
    // Once focus is back on the page, the card closes behind it. Where a Tab past the card's
    // end goes is the browser's choice (Chromium: round into the page; headless Firefox: out
    // of the document to its own UI, the card left open), so focus is put back on the page.
    await page.evaluate(() => document.getElementById('single')?.focus(), undefined);
    await expect.poll(() => openCard(page)).toBeNull();
  });

  test('choosing a finding in the popup opens its card in the page', async () => {
    const page = await fixture.open('page-article.html');
    const titles = await expectedTitles(page);
    const tabId = await fixture.browser.tabIdOf(page);
    const popup = await fixture.browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => countChoices(popup)).toBe(titles.length);
    // The popup lists the most serious first: the third choice names the finding it reveals.
    const chosen = await popup.evaluate(
      () => document.querySelectorAll('.finding-list .finding__title')[2]?.textContent ?? '',
      undefined,
    );
    expect(titles).toContain(chosen);
    await clickButton(popup, 'popup', 2);
    await expect
      .poll(() => liveRegionText(page))
      .toMatch(new RegExp(`^Finding \\d+ of ${titles.length}: `));
    const announced = (await liveRegionText(page)).replace(/^Finding \d+ of \d+: /, '');
    expect(announced).toBe(chosen);
    expect((await openCard(page))?.titles).toContain(chosen);
    await popup.close();
  });

  test('"Home-care checklist" opens the checklist; "Turn off on this site" unpaints the page', async () => {
    const page = await fixture.open('page-article.html');
    await step(page, 'next-finding');
    await expect.poll(async () => (await openCard(page))?.focused).toBe(true);

    const checklist = `${fixture.browser.extensionBase}popup.html?view=checklist`;
    expect(await fixture.browser.tabUrls()).not.toContain(checklist);
    await clickButton(page, 'ui-host', 'Home-care checklist');
    await expect.poll(() => fixture.browser.tabUrls()).toContain(checklist);

    await page.bringToFront();
    await step(page, 'next-finding');
    await expect.poll(async () => (await openCard(page))?.focused).toBe(true);
    await clickButton(page, 'ui-host', 'Turn off on this site');
    await expect
      .poll(() =>
        page.evaluate(
          () => ({
            highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('milia-lens-')),
            hosts: document.querySelectorAll('milia-lens-ui').length,
          }),
          undefined,
        ),
      )
      .toEqual({ highlights: [], hosts: 0 });
  });

  test('no uncaught error in the page or the extension', () => {
    expect(fixture.errors).toEqual([]);
  });
});
