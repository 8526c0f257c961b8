import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from '../../scripts/lib/launch-extension.ts';
import { waitInPage } from './support/driver.ts';
import { useFixtureServer } from './support/fixture-server.ts';
import { noHighlightedRanges } from './support/in-page.ts';

/**
 * The content script imports the detection engine (`engine.js`) only once a page may name milia
 * (src/page/load-engine.ts): most pages never load it. Chromium only: its pages report the
 * content script's import of the file as a request (at the per-session address Chrome serves it
 * under, then the extension's own), and CDP reaches the content script's world. Firefox shows
 * neither over WebDriver BiDi (tried: Puppeteer's `request` events there list the page's own
 * requests only), so there the unit tests (tests/page/page-session.test.ts) stand for it.
 */
describe('in chromium, the engine bundle', () => {
  const server = useFixtureServer();
  let ext: LaunchedExtension | undefined;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  /** A page at `file`, the extension files it imported, and a wait for the content script. */
  async function open(context: BrowserContext, file: string) {
    const page = await context.newPage();
    const imported: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'chrome-extension:') imported.push(url.pathname);
    });
    const cdp = await context.newCDPSession(page);
    // The content script's world in each document; the last one is the loaded page's.
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      if (c.name === 'Milia Lens' && c.origin.startsWith('chrome-extension:')) worlds.push(c.id);
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
      const at = worlds.indexOf(executionContextId);
      if (at >= 0) worlds.splice(at, 1);
    });
    await cdp.send('Runtime.enable');
    await page.goto(`${server.url}${file}`);
    await expect.poll(() => worlds.length, { timeout: 10_000 }).toBeGreaterThan(0);
    /** Whether the content script's own global holds the engine (the page's never does). */
    const engineInContentWorld = async () => {
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: `typeof globalThis.miliaLensEngine === 'object'`,
        contextId: worlds.at(-1),
      });
      return result.value as boolean;
    };
    return { page, imported, engineInContentWorld };
  }

  const painted = (page: Page) =>
    waitInPage(
      page,
      () => [...CSS.highlights].some(([name, h]) => name.startsWith('milia-lens-') && h.size > 0),
      undefined,
      'highlights',
    );

  test('is never imported by a page that does not name milia, and is once milia appears', async () => {
    const { page, imported, engineInContentWorld } = await open(ext!.context, 'no-milia.html');
    // The content script is running in the page; give its first pass time to finish.
    await page.waitForTimeout(1000);
    expect(imported.filter((path) => path.endsWith('/engine.js'))).toEqual([]);
    expect(await engineInContentWorld()).toBe(false);
    expect(await page.evaluate(noHighlightedRanges)).toBe(true);
    // The same content script, once the page names milia: it imports the engine and highlights.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Sterilise a sewing needle and gently prick the milium to lift it out.';
      document.getElementById('app')?.append(p);
    });
    await painted(page);
    expect(imported.some((path) => path.endsWith('/engine.js'))).toBe(true);
    expect(await engineInContentWorld()).toBe(true);
    expect(await page.evaluate(() => 'miliaLensEngine' in window)).toBe(false);
    await page.close();
  });

  test('is imported by a page that names milia, which is highlighted', async () => {
    const { page, imported, engineInContentWorld } = await open(ext!.context, 'page-article.html');
    await painted(page);
    expect(imported.some((path) => path.endsWith('/engine.js'))).toBe(true);
    expect(await engineInContentWorld()).toBe(true);
    await page.close();
  });
});
