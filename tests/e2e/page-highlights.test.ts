import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension } from '../../scripts/lib/launch-extension.ts';
import { type StaticServer, serveDirectory } from '../../scripts/lib/static-server.ts';
import { detect } from '../../src/engine/detect.ts';
import {
  adviceBlocks,
  type HighlightSpan,
  highlightedSpans,
  serializedDomWithoutUiHost,
  waitForHighlights,
} from './support/page-probes.ts';
import { type ErrorWatch, watchErrors } from './support/watch-errors.ts';

let browser: LaunchedExtension;
let server: StaticServer;
let errors: ErrorWatch;

beforeAll(async () => {
  server = await serveDirectory(fileURLToPath(new URL('./fixtures/', import.meta.url)));
  browser = await launchExtension();
  errors = watchErrors(browser.context);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the engine, run here in Node on each block's text, says should be highlighted. */
async function expectedSpans(target: Page | Frame): Promise<HighlightSpan[]> {
  return (await adviceBlocks(target)).flatMap(({ id, text }) =>
    detect(text).map((f) => ({
      severity: f.severity,
      block: id,
      start: f.start,
      end: f.end,
      text: f.text,
    })),
  );
}

const sorted = (spans: HighlightSpan[]) =>
  [...spans].sort(
    (a, b) =>
      a.block.localeCompare(b.block) ||
      a.start - b.start ||
      a.end - b.end ||
      a.severity.localeCompare(b.severity),
  );

async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  errors.watch(page);
  await page.goto(`${server.url}page-article.html`);
  await waitForHighlights(page);
  return page;
}

test('highlights exactly what the engine finds, across inline markup, shadow roots and a frame', async () => {
  const page = await openArticle();
  const expected = sorted(await expectedSpans(page));
  expect(expected.map((s) => s.block)).toEqual(
    expect.arrayContaining(['intro', 'split', 'needle', 'eyes', 'shadow']),
  );
  await expect.poll(async () => sorted(await highlightedSpans(page))).toEqual(expected);
  // The inline-split terms are one highlight each, not two halves.
  const split = (await highlightedSpans(page)).filter((s) => s.block === 'split');
  expect(split.map((s) => s.text.toLowerCase())).toEqual(expect.arrayContaining(['milia']));

  const frame = page.frame({ url: /page-frame\.html$/u });
  if (!frame) throw new Error('the same-origin iframe did not load');
  const frameExpected = sorted(await expectedSpans(frame));
  expect(frameExpected.length).toBeGreaterThan(0);
  await expect.poll(async () => sorted(await highlightedSpans(frame))).toEqual(frameExpected);
});

test('marks nothing in form fields, editable regions or code', async () => {
  const page = await openArticle();
  await expect.poll(async () => (await highlightedSpans(page)).length).toBeGreaterThan(0);
  const outside = (await highlightedSpans(page)).filter((s) => s.block === '(outside)');
  expect(outside).toEqual([]);
});

test('leaves the page DOM as the server sent it, apart from the UI host', async () => {
  const original = await (
    await browser.context.request.get(`${server.url}page-article.html`)
  ).text();
  const page = await openArticle();
  // The host is added once the page has findings; wait for it so the comparison covers it.
  await page.waitForFunction(() => !!document.querySelector('milia-lens-ui')?.shadowRoot);
  const pristine = await browser.context.newPage();
  // The same markup in a blank page, where the extension does not run.
  await pristine.setContent(original);
  const touched = await serializedDomWithoutUiHost(page);
  expect(touched).toBe(await serializedDomWithoutUiHost(pristine));
  expect(await page.evaluate(() => document.querySelectorAll('milia-lens-ui').length)).toBe(1);
});

test('no uncaught error in the page or the extension', () => {
  expect(errors.errors).toEqual([]);
});
