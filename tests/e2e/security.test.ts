import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, launchWithExtension } from './support/browsers.ts';
import { useFixtureServer } from './support/fixture-server.ts';
import { type DriverPage, type ExtensionBrowser, waitInPage } from './support/driver.ts';
import {
  cardIsOpen,
  firstHighlightCenter,
  hasHighlights,
  readHighlights,
} from './support/in-page.ts';

/**
 * Privacy, watched from outside: every request the browser makes while a user reads pages, opens
 * cards, the popup and the options page. The extension must make none; the only traffic allowed
 * is the test's own page loads from 127.0.0.1 and the extension reading its own packaged files.
 * Chromium's requests are seen through Playwright; Firefox's through a proxy that all of its
 * traffic goes through (driver-firefox.ts says why).
 */
const server = useFixtureServer();

describe.each(BROWSERS)('in %s', (name) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(name, { recordRequests: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(url: string): Promise<DriverPage> {
    const page = await browser.newPage();
    await page.goto(url);
    await waitInPage(page, hasHighlights, undefined, `highlights on ${url}`);
    return page;
  }

  test('reading pages, opening cards, the popup and the options page sends nothing', async () => {
    const own = browser.extensionBase;
    // The recorder must see what the extension's own contexts fetch, or its silence proves nothing.
    await browser.fetchFromBackground(`${server.url}canary-worker`);

    for (const fixture of ['skeleton.html', 'hostile-messages.html']) {
      const page = await open(`${server.url}${fixture}`);
      const point = await page.evaluate(firstHighlightCenter, undefined);
      expect(point, fixture).not.toBeNull();
      await page.moveTo(point!.x, point!.y);
      await waitInPage(page, cardIsOpen, undefined, `the hover card on ${fixture}`);

      const popup = await browser.openExtensionPage(
        `popup.html?tab=${await browser.tabIdOf(page)}`,
      );
      const host = new URL(server.url).host;
      await waitInPage(popup, (h) => document.body.innerText.includes(h), host, 'the popup');
      await popup.evaluate(
        (url) =>
          fetch(url).then(
            (r) => r.status,
            () => 0,
          ),
        `${server.url}canary-page`,
      );
    }
    const options = await browser.openExtensionPage('options.html');
    await waitInPage(options, () => !!document.querySelector('input'), undefined, 'options');
    // Give anything the options page or the background might send time to show up.
    await sleep(1_000);

    const seen = browser.requests;
    const canaries = seen.filter((r) => r.url.includes('/canary-'));
    expect(canaries.map((r) => [r.url.slice(server.url.length), r.fromExtension])).toEqual([
      ['canary-worker', true],
      ['canary-page', true],
      ['canary-page', true],
    ]);
    // The card and engine bundles come from the extension's own package, under Chrome's
    // per-session id.
    const bundle = /^chrome-extension:\/\/[\w-]+\/(?:card|engine)\.js$/;
    const unexpected = seen.filter(
      (r) =>
        !r.url.includes('/canary-') &&
        !r.url.startsWith(own) &&
        !bundle.test(r.url) &&
        !(r.url.startsWith(server.url) && r.document && !r.fromExtension),
    );
    expect(unexpected).toEqual([]);
    // And the extension asked for nothing outside its own package.
    expect(seen.filter((r) => r.fromExtension && !r.url.startsWith(own)).length).toBe(3);
  });

  const allTexts = (page: DriverPage) => page.evaluate(readHighlights, undefined);

  test('a page has no channel to the extension, and forged messages change nothing', async () => {
    const advice = await open(`${server.url}hostile-messages.html`);
    const other = await open(`http://localhost:${new URL(server.url).port}/hostile-messages.html`);
    const before = { advice: await allTexts(advice), other: await allTexts(other) };
    const storedBefore = await browser.storedData();

    const channel = await advice.evaluate(() => {
      const w = window as unknown as Record<string, { runtime?: { sendMessage?: unknown } }>;
      return [typeof w.chrome?.runtime?.sendMessage, typeof w.browser?.runtime?.sendMessage];
    }, undefined);
    expect(channel).toEqual(['undefined', 'undefined']);

    await advice.evaluate((id) => {
      const forged: unknown[] = [
        { type: 'describe' },
        { type: 'reveal', index: 0 },
        { type: 'command', command: 'next-finding' },
        {
          type: 'counts',
          counts: { danger: 99, warning: 99, caution: 0, info: 0, agrees: 0 },
          active: false,
        },
        { type: 'toggle-site' },
        { settings: { version: 1, paused: true } },
        {
          type: `${id}:content:wxt:content-script-started`,
          contentScriptName: 'content',
          messageId: 'x',
        },
      ];
      for (const message of forged) {
        window.postMessage(message, '*');
        window.postMessage(JSON.stringify(message), '*');
        document.dispatchEvent(new CustomEvent('message', { detail: message }));
      }
      // WXT's "a newer copy of this content script started" announcement, forged by the page.
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
    }, browser.runtimeId);
    // Give any listener that wrongly trusted them time to act.
    await sleep(1_000);

    expect(await allTexts(advice)).toEqual(before.advice);
    // The content script still runs in the page: new text is read and painted (once the tab is
    // in front again: Firefox defers the painting of a background tab until it is shown).
    await advice.bringToFront();
    await advice.evaluate(() => {
      document.getElementById('mention')!.append(' Another milium.');
    }, undefined);
    const count = (h: [string, string[]][]) => h.flatMap(([, t]) => t).length;
    await expect
      .poll(async () => count(await allTexts(advice)))
      .toBeGreaterThan(count(before.advice));
    expect(await allTexts(other)).toEqual(before.other);
    expect(await browser.storedData()).toEqual(storedBefore);
    expect([...advice.errors, ...other.errors, ...browser.errors]).toEqual([]);
  });

  /**
   * The card and engine bundles are the web-accessible files, imported by the content script
   * (manifest.test.ts). Chrome serves them only under a per-session id, so the page cannot fetch
   * them at the extension's fixed address. Firefox serves them at `moz-extension://<uuid>/…`, where
   * the UUID is drawn at random for each install (here the test fixes it and hands it to the
   * page): the page must have no way to learn that address, so no extension URL may reach
   * anything it can read, and even at that address nothing else in the package is served.
   */
  test('a page sees no trace of the card and engine bundles and cannot fetch them at an address it could know', async () => {
    const page = await open(`${server.url}skeleton.html`);
    const point = await page.evaluate(firstHighlightCenter, undefined);
    await page.moveTo(point!.x, point!.y);
    await waitInPage(page, cardIsOpen, undefined, 'the hover card');
    const seen = await page.evaluate(async (base) => {
      const served = (url: string) =>
        fetch(url).then(
          () => true,
          () => false,
        );
      // Everything the page can read: its DOM, open shadow roots (the card's included), the
      // resource timings and its globals.
      const markup = [document.documentElement.outerHTML];
      for (const element of document.querySelectorAll('*')) {
        if (element.shadowRoot) markup.push(element.shadowRoot.innerHTML);
      }
      return {
        globals: Object.keys(window).filter((key) => /milia/i.test(key)),
        loads: performance.getEntries().filter((entry) => /extension:/.test(entry.name)).length,
        addressShown: markup.some((html) => /(?:moz|chrome)-extension:/.test(html)),
        card: await served(`${base}card.js`),
        engine: await served(`${base}engine.js`),
        others: await Promise.all(
          ['manifest.json', 'content-scripts/content.js', 'popup.html'].map((f) =>
            served(`${base}${f}`),
          ),
        ),
      };
    }, browser.extensionBase);
    expect(seen).toEqual({
      globals: [],
      loads: 0,
      addressShown: false,
      // Chrome: the fixed address is refused. Firefox: this install's random address serves it.
      card: name === 'firefox',
      engine: name === 'firefox',
      others: [false, false, false],
    });
    // Chromium reports each refused fetch; nothing else may go wrong.
    const refused = /^console: Denying load of chrome-extension:\/\/\w+\/[\w/.-]+\./;
    expect([...page.errors.filter((e) => !refused.test(e)), ...browser.errors]).toEqual([]);
  });
});
