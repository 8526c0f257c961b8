import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type LaunchedExtension, launchExtension } from '../../../scripts/lib/launch-extension.ts';
import { type StaticServer, serveDirectory } from '../../../scripts/lib/static-server.ts';
import { waitForHighlights } from './page-probes.ts';
import { type ErrorWatch, watchErrors } from './watch-errors.ts';

/**
 * One browser with the built extension and the fixture server for a test file, with every page
 * it opens watched for errors.
 */
export interface PageFixture {
  readonly browser: LaunchedExtension;
  readonly url: string;
  readonly errors: string[];
  /** Opens a fixture page and waits for its highlights. */
  open(name: string, setup?: (page: Page) => Promise<void>): Promise<Page>;
}

export function usePageFixture(): PageFixture {
  let browser: LaunchedExtension | undefined;
  let server: StaticServer | undefined;
  let watch: ErrorWatch | undefined;
  beforeAll(async () => {
    server = await serveDirectory(fileURLToPath(new URL('../fixtures/', import.meta.url)));
    browser = await launchExtension();
    watch = watchErrors(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
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
      return need(server).url;
    },
    get errors() {
      return need(watch).errors;
    },
    async open(name, setup) {
      const page = await need(browser).context.newPage();
      need(watch).watch(page);
      await setup?.(page);
      await page.goto(`${need(server).url}${name}`);
      await waitForHighlights(page);
      await page.waitForFunction(() => !!document.querySelector('milia-lens-ui')?.shadowRoot);
      return page;
    },
  };
}
