import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension } from '../../scripts/lib/launch-extension.ts';
import { type StaticServer, serveDirectory } from '../../scripts/lib/static-server.ts';
import {
  highlightedTexts,
  serializedDomWithoutUiHost,
  waitForHighlights,
} from './support/page-probes.ts';
import { activeTabId } from './support/tabs.ts';

let browser: LaunchedExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(fileURLToPath(new URL('./fixtures/', import.meta.url)));
  browser = await launchExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('highlights milia on a local page and leaves the page DOM as it was', async () => {
  const page = await browser.context.newPage();
  // The page's own DOM as the server sent it, read before the extension can touch it.
  const original = await page.request.get(`${server.url}skeleton.html`);
  expect(original.ok()).toBe(true);
  await page.goto(`${server.url}skeleton.html`);
  await waitForHighlights(page);
  const texts = await highlightedTexts(page);
  expect(texts.flatMap(([, t]) => t).map((t) => t.toLowerCase())).toEqual(
    expect.arrayContaining(['milia', 'milium']),
  );
  const before = await browser.context.newPage();
  await before.setContent(await original.text());
  const pristine = await serializedDomWithoutUiHost(before);
  expect(await serializedDomWithoutUiHost(page)).toBe(pristine);
});

test('the popup names the site of the tab it describes', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}skeleton.html`);
  await waitForHighlights(page);
  const tabId = await activeTabId(browser, page);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await expect
    .poll(() => popup.getByText(new URL(server.url).host).count(), { timeout: 10_000 })
    .toBeGreaterThan(0);
});
