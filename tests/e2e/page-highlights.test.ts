import { describe, expect, test } from 'vitest';
import { BROWSERS } from './support/browsers.ts';
import type { DriverPage } from './support/driver.ts';
import { expectedSpans, spanKeys } from './support/engine-expectations.ts';
import { markupOfSource, unstyledHighlights } from './support/in-page.ts';
import { usePageFixture } from './support/page-fixture.ts';
import { highlightedSpans, serializedDomWithoutUiHost } from './support/page-probes.ts';

/** The same-origin frame of page-article.html. */
function articleFrame(page: DriverPage) {
  const frame = page.frames().find((f) => /page-frame\.html$/u.test(f.url()));
  if (!frame) throw new Error('the same-origin iframe did not load');
  return frame;
}

describe.each(BROWSERS)('in %s', (name) => {
  const fixture = usePageFixture(name);
  const openArticle = () => fixture.open('page-article.html');

  test('highlights exactly what the engine finds, across inline markup, shadow roots and a frame', async () => {
    const page = await openArticle();
    const expected = spanKeys(await expectedSpans(page));
    expect(expected.map((key) => key.split(' ')[0])).toEqual(
      expect.arrayContaining(['intro', 'split', 'needle', 'eyes', 'shadow']),
    );
    await expect.poll(async () => spanKeys(await highlightedSpans(page))).toEqual(expected);
    // The inline-split terms are one highlight each, not two halves.
    const split = (await highlightedSpans(page)).filter((s) => s.block === 'split');
    expect(split.map((s) => s.text.toLowerCase())).toEqual(expect.arrayContaining(['milia']));

    const frame = articleFrame(page);
    const frameExpected = spanKeys(await expectedSpans(frame));
    expect(frameExpected.length).toBeGreaterThan(0);
    await expect.poll(async () => spanKeys(await highlightedSpans(frame))).toEqual(frameExpected);
  });

  test('styles the text of every highlight, in the page, its shadow roots and its frame', async () => {
    const page = await openArticle();
    await expect.poll(async () => (await highlightedSpans(page)).length).toBeGreaterThan(0);
    const spans = await highlightedSpans(page);
    expect(spans.some((s) => s.block === 'shadow')).toBe(true);
    // Firefox gets its rules for every element a frame after the first paint.
    await expect.poll(() => page.evaluate(unstyledHighlights, undefined)).toEqual([]);
    const frame = articleFrame(page);
    await expect.poll(async () => (await highlightedSpans(frame)).length).toBeGreaterThan(0);
    await expect.poll(() => frame.evaluate(unstyledHighlights, undefined)).toEqual([]);
    // The rules came with the manifest: painting added no stylesheet, whose page-wide restyle
    // is what the content script's CSS exists to avoid.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length, undefined)).toBe(0);
  });

  test('marks nothing in form fields, editable regions or code', async () => {
    const page = await openArticle();
    await expect.poll(async () => (await highlightedSpans(page)).length).toBeGreaterThan(0);
    const outside = (await highlightedSpans(page)).filter((s) => s.block === '(outside)');
    expect(outside).toEqual([]);
  });

  test('leaves the page DOM as the server sent it, apart from the UI host', async () => {
    const original = await (await fetch(`${fixture.url}page-article.html`)).text();
    const page = await openArticle();
    const touched = await serializedDomWithoutUiHost(page);
    // The same markup parsed without running it, where no extension can touch it.
    expect(touched).toBe(await page.evaluate(markupOfSource, original));
    expect(
      await page.evaluate(() => document.querySelectorAll('milia-lens-ui').length, undefined),
    ).toBe(1);
  });

  test('no uncaught error in the page or the extension', () => {
    expect(fixture.errors).toEqual([]);
  });
});
