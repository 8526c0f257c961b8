import { describe, expect, test } from 'vitest';
import { BROWSERS } from './support/browsers.ts';
import { type DriverPage, waitInPage } from './support/driver.ts';
import { expectedSpans, mostSevere, spanKeys, titlesAt } from './support/engine-expectations.ts';
import { usePageFixture } from './support/page-fixture.ts';
import { adviceBlocks, highlightedSpans, highlightPoint, openCard } from './support/page-probes.ts';

/** Highlights as the page shows them, and as the engine (run here) says they should be. */
async function compare(page: DriverPage) {
  return {
    shown: spanKeys(await highlightedSpans(page)),
    expected: spanKeys(await expectedSpans(page)),
  };
}

async function expectInStep(page: DriverPage): Promise<void> {
  await expect
    .poll(async () => {
      const { shown, expected } = await compare(page);
      return shown.join('\n') === expected.join('\n') ? 'same' : { shown, expected };
    })
    .toBe('same');
}

const settled = (page: DriverPage) =>
  waitInPage(page, () => document.body.dataset.settled === 'yes', undefined, 'the feed to settle');

describe.each(BROWSERS)('in %s', (name) => {
  const fixture = usePageFixture(name);

  test('a feed that appends and removes paragraphs keeps its highlights right', async () => {
    const page = await fixture.open('page-live.html');
    await settled(page);
    await expectInStep(page);
    // Posts 1, 3, 5, 7 and 9 were removed again: nothing of theirs may stay highlighted.
    const blocks = new Set((await highlightedSpans(page)).map((s) => s.block));
    expect([...blocks].sort()).toEqual([
      'first',
      'post-10',
      'post-2',
      'post-4',
      'post-6',
      'post-8',
    ]);
  });

  test('edited text is read again', async () => {
    const page = await fixture.open('page-live.html');
    await settled(page);
    await page.evaluate(() => {
      const text = document.getElementById('first')?.firstChild as Text;
      text.data = 'The first paragraph now says nothing of the sort.';
      const second = document.getElementById('post-2')?.firstChild as Text;
      second.data = 'Sterilise a sewing needle and gently prick the milium to lift it out.';
    }, undefined);
    await expectInStep(page);
    const blocks = (await highlightedSpans(page)).map((s) => s.block);
    expect(blocks).not.toContain('first');
    expect(blocks).toContain('post-2');
  });

  test('a single-page-app route change keeps highlights and the card right', async () => {
    const page = await fixture.open('page-live.html');
    await settled(page);
    await page.evaluate(
      () => (window as unknown as { goTo(r: string): void }).goTo('b'),
      undefined,
    );
    await expect.poll(() => page.evaluate(() => location.href, undefined)).toMatch(/\?route=b$/u);
    await expectInStep(page);
    const blocks = new Set((await highlightedSpans(page)).map((s) => s.block));
    expect([...blocks]).toEqual(['route-b']);

    const text = (await adviceBlocks(page))[0]?.text ?? '';
    const severity = mostSevere(text);
    const point = await highlightPoint(page, 'route-b', severity);
    if (!point) throw new Error('no highlight after the route change');
    await page.moveTo(point.x, point.y);
    await expect.poll(async () => (await openCard(page))?.label).toBeDefined();
    expect(titlesAt(text, severity)).toContain((await openCard(page))?.label);
  });

  test('a page that re-renders its whole body gets its highlights and card back', async () => {
    const page = await fixture.open('page-live.html');
    await page.evaluate(
      () => (window as unknown as { renderBody(): void }).renderBody(),
      undefined,
    );
    await expectInStep(page);
    expect(
      await page.evaluate(() => document.querySelector('milia-lens-ui') === null, undefined),
    ).toBe(true);
    const point = await highlightPoint(page, 'rerendered');
    if (!point) throw new Error('no highlight after the re-render');
    await page.moveTo(point.x, point.y);
    await expect.poll(async () => (await openCard(page))?.label).toBeDefined();
    expect(
      await page.evaluate(() => document.querySelectorAll('milia-lens-ui').length, undefined),
    ).toBe(1);
  });

  test('no uncaught error in the page or the extension', () => {
    expect(fixture.errors).toEqual([]);
  });
});
