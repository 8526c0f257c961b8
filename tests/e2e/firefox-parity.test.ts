import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launchWithExtension } from './support/browsers.ts';
import { useFixtureServer } from './support/fixture-server.ts';
import { type DriverPage, type ExtensionBrowser, waitInPage } from './support/driver.ts';
import {
  cardIsOpen,
  firstHighlightCenter,
  hasHighlights,
  markupOfSource,
  markupWithoutUiHost,
  noHighlightedRanges,
  readHighlights,
} from './support/in-page.ts';

/**
 * The core user-visible behaviour, run in both browsers through one driver: Firefox gets the
 * same checks as Chromium, on the Firefox MV3 build (`npm run build:firefox`).
 */
const server = useFixtureServer();

const allTexts = (page: DriverPage) =>
  page.evaluate(readHighlights, undefined).then((h) => h.flatMap(([, texts]) => texts));

/** The centre of the popup's switch whose label names `host`, and whether it is on. */
const siteSwitch = (popup: DriverPage, host: string) =>
  popup.evaluate((name) => {
    for (const input of document.querySelectorAll<HTMLInputElement>('input[role="switch"]')) {
      const label = input.getAttribute('aria-label') ?? input.labels?.[0]?.textContent ?? '';
      if (!label.includes(name)) continue;
      const box = input.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, on: input.checked };
    }
    return null;
  }, host);

describe.each(BROWSERS)('in %s', (name) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(name);
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openFixture(file: string): Promise<DriverPage> {
    const page = await browser.newPage();
    await page.goto(`${server.url}${file}`);
    await waitInPage(page, hasHighlights, undefined, `highlights on ${file}`);
    return page;
  }

  test('highlights milia on a local page and leaves the page DOM as it was', async () => {
    const source = await (await fetch(`${server.url}skeleton.html`)).text();
    const page = await openFixture('skeleton.html');
    const texts = (await allTexts(page)).map((t) => t.toLowerCase());
    expect(texts).toEqual(expect.arrayContaining(['milia', 'milium']));
    const pristine = await page.evaluate(markupOfSource, source);
    expect(await page.evaluate(markupWithoutUiHost, undefined)).toBe(pristine);
    expect(page.errors).toEqual([]);
  });

  test("a page's forged messages cannot switch the extension off in its tab", async () => {
    const page = await openFixture('hostile-messages.html');
    const before = (await allTexts(page)).length;
    await page.evaluate((id) => {
      window.postMessage({ type: 'describe' }, '*');
      window.postMessage({ type: `${id}:content:wxt:content-script-started` }, '*');
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
    }, browser.runtimeId);
    expect((await allTexts(page)).length).toBe(before);
    // Still running: text the page adds afterwards is read and painted.
    await page.evaluate(
      () => document.getElementById('mention')?.append(' Another milium.'),
      undefined,
    );
    await waitInPage(
      page,
      (n) => {
        let count = 0;
        CSS.highlights.forEach((h, name) => {
          if (name.startsWith('milia-lens-')) count += h.size;
        });
        return count > n;
      },
      before,
      'the added milium to be highlighted',
    );
    expect(page.errors).toEqual([]);
  });

  /** The popup for the tab showing `page`, once it has rendered the tab's site. */
  async function openPopupFor(page: DriverPage): Promise<DriverPage> {
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    const host = new URL(server.url).host;
    await waitInPage(
      popup,
      (h) => document.body.innerText.includes(h),
      host,
      `popup naming ${host}`,
    );
    return popup;
  }

  test('resting the pointer on a highlight opens the hover card', async () => {
    const page = await openFixture('skeleton.html');
    const point = await page.evaluate(firstHighlightCenter, undefined);
    expect(point).not.toBeNull();
    await page.moveTo(point!.x, point!.y);
    await waitInPage(page, cardIsOpen, undefined, 'the hover card');
    expect(page.errors).toEqual([]);
  });

  test('the popup names the site of the tab it describes', async () => {
    const popup = await openPopupFor(await openFixture('skeleton.html'));
    expect(popup.errors).toEqual([]);
  });

  test('turning the site switch off removes the highlights at once; on brings them back', async () => {
    const page = await openFixture('skeleton.html');
    const popup = await openPopupFor(page);
    const hostname = new URL(server.url).hostname;
    await expect.poll(() => siteSwitch(popup, hostname)).toMatchObject({ on: true });
    const toggle = (await siteSwitch(popup, hostname))!;
    await popup.clickAt(toggle.x, toggle.y);
    await waitInPage(page, noHighlightedRanges, undefined, 'highlights to go');
    expect(await allTexts(page)).toEqual([]);
    expect(await siteSwitch(popup, hostname)).toMatchObject({ on: false });

    await popup.clickAt(toggle.x, toggle.y);
    await waitInPage(page, hasHighlights, undefined, 'highlights to come back');
    expect(page.errors).toEqual([]);
  });
});
