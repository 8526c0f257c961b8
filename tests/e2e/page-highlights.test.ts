import { expect, test } from 'vitest';
import { expectedSpans, spanKeys } from './support/engine-expectations.ts';
import { usePageFixture } from './support/page-fixture.ts';
import { highlightedSpans, serializedDomWithoutUiHost } from './support/page-probes.ts';

const fixture = usePageFixture();
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

  const frame = page.frame({ url: /page-frame\.html$/u });
  if (!frame) throw new Error('the same-origin iframe did not load');
  const frameExpected = spanKeys(await expectedSpans(frame));
  expect(frameExpected.length).toBeGreaterThan(0);
  await expect.poll(async () => spanKeys(await highlightedSpans(frame))).toEqual(frameExpected);
});

test('marks nothing in form fields, editable regions or code', async () => {
  const page = await openArticle();
  await expect.poll(async () => (await highlightedSpans(page)).length).toBeGreaterThan(0);
  const outside = (await highlightedSpans(page)).filter((s) => s.block === '(outside)');
  expect(outside).toEqual([]);
});

test('leaves the page DOM as the server sent it, apart from the UI host', async () => {
  const original = await (
    await fixture.browser.context.request.get(`${fixture.url}page-article.html`)
  ).text();
  const page = await openArticle();
  // The host is added once the page has findings; wait for it so the comparison covers it.
  await page.waitForFunction(() => !!document.querySelector('milia-lens-ui')?.shadowRoot);
  const pristine = await fixture.browser.context.newPage();
  // The same markup in a blank page, where the extension does not run.
  await pristine.setContent(original);
  const touched = await serializedDomWithoutUiHost(page);
  expect(touched).toBe(await serializedDomWithoutUiHost(pristine));
  expect(await page.evaluate(() => document.querySelectorAll('milia-lens-ui').length)).toBe(1);
});

test('no uncaught error in the page or the extension', () => {
  expect(fixture.errors).toEqual([]);
});
