import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension } from './browsers.ts';
import { useFixtureServer } from './fixture-server.ts';
import {
  type BrowserName,
  type BrowserOptions,
  type DriverPage,
  type ExtensionBrowser,
  waitInPage,
} from './driver.ts';
import { waitForHighlights } from './page-probes.ts';

/**
 * One browser with the built extension and the fixture server for a `describe` block (one per
 * browser), with every page it opens watched for errors.
 */
export interface PageFixture {
  readonly browser: ExtensionBrowser;
  readonly url: string;
  /** Errors in every page opened so far and in the extension. */
  readonly errors: string[];
  /** Opens a fixture page (at a viewport size, if given) and waits for its highlights. */
  open(name: string, viewport?: { width: number; height: number }): Promise<DriverPage>;
}

export function usePageFixture(name: BrowserName, options: BrowserOptions = {}): PageFixture {
  let browser: ExtensionBrowser | undefined;
  const server = useFixtureServer();
  const pages: DriverPage[] = [];
  beforeAll(async () => {
    browser = await launchWithExtension(name, options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the page fixture is not set up');
    return value;
  };
  return {
    get browser() {
      return need(browser);
    },
    get url() {
      return server.url;
    },
    get errors() {
      return [...pages.flatMap((p) => p.errors), ...need(browser).errors];
    },
    async open(file, viewport) {
      const page = await need(browser).newPage();
      pages.push(page);
      if (viewport) await page.setViewport(viewport.width, viewport.height);
      await page.goto(`${server.url}${file}`);
      await waitForHighlights(page);
      await waitInPage(
        page,
        () => !!document.querySelector('milia-lens-ui')?.shadowRoot,
        undefined,
        'the UI host',
      );
      return page;
    },
  };
}
