import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import type Axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './support/browsers.ts';
import { type DriverPage, waitInPage } from './support/driver.ts';
import { mostSevere, titlesAt, titlesCovering } from './support/engine-expectations.ts';
import { type PageFixture, usePageFixture } from './support/page-fixture.ts';
import { adviceBlocks, highlightedSpans, highlightPoint, openCard } from './support/page-probes.ts';

type Page = DriverPage;

async function blockText(page: Page, id: string): Promise<string> {
  const block = (await adviceBlocks(page)).find((b) => b.id === id);
  if (!block) throw new Error(`no block #${id}`);
  return block.text;
}

/** Rests the pointer on the most severe highlight of block `id`; returns the expected titles. */
async function hover(page: Page, id: string): Promise<string[]> {
  const text = await blockText(page, id);
  const severity = mostSevere(text);
  const point = await highlightPoint(page, id, severity);
  if (!point) throw new Error(`no ${severity} highlight in #${id}`);
  await page.moveTo(point.x, point.y);
  return titlesAt(text, severity);
}

/** The card's box and the hovered highlight's line boxes, in viewport coordinates. */
function geometry(page: Page) {
  return page.evaluate(() => {
    const card = document
      .querySelector('milia-lens-ui')
      ?.shadowRoot?.querySelector('[role="dialog"]')
      ?.getBoundingClientRect();
    return { card: card?.toJSON() as DOMRect, width: innerWidth, height: innerHeight };
  }, undefined);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Axe's verdict on the open card, in the UI host's shadow root: violations and rules passed. */
async function auditCard(page: Page): Promise<{ violations: string[]; passed: string[] }> {
  await page.evaluate((source) => {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
  }, axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const results = await axe.run({
      include: [{ fromShadowDom: ['milia-lens-ui', '[role="dialog"]'] }],
    });
    return {
      violations: results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`,
      ),
      passed: results.passes.map((p) => p.id),
    };
  }, undefined);
}

/** Axe passes the open card, which has the colour scheme's background. */
async function expectAccessibleCard(fixture: PageFixture, background: string): Promise<void> {
  const page = await fixture.open('page-article.html');
  await hover(page, 'eyes');
  await expect.poll(() => openCard(page)).not.toBeNull();
  const audit = await auditCard(page);
  expect(audit.violations).toEqual([]);
  // Axe really looked at the card: contrast, names and ARIA were checked and passed.
  expect(audit.passed).toEqual(
    expect.arrayContaining(['color-contrast', 'button-name', 'link-name', 'aria-dialog-name']),
  );
  const shown = await page.evaluate(() => {
    const card = document.querySelector('milia-lens-ui')?.shadowRoot?.querySelector('.ml-card');
    return card ? getComputedStyle(card).backgroundColor : '';
  }, undefined);
  expect(shown).toBe(background);
  await page.close();
}

describe.each(BROWSERS)('in %s', (name) => {
  const fixture = usePageFixture(name, { colorScheme: 'light' });

  test('resting on a highlight opens the card with its note; moving away closes it', async () => {
    const page = await fixture.open('page-article.html');
    for (const id of ['needle', 'eyes', 'split', 'shadow']) {
      const titles = await hover(page, id);
      await expect.poll(() => openCard(page)).not.toBeNull();
      const card = await openCard(page);
      expect(titles).toContain(card?.label);
      expect(card?.titles[0]).toBe(card?.label);
      // Opened by the pointer, the card does not take focus from the page.
      expect(card?.focused).toBe(false);
      await page.moveTo(2, 2);
      await expect.poll(() => openCard(page)).toBeNull();
    }
  });

  test('overlapping findings share one card, the most severe note first', async () => {
    const page = await fixture.open('page-article.html');
    const text = await blockText(page, 'eyes');
    // The word "milia" inside a sentence of advice: the term and the sentence overlap there.
    const at = text.indexOf('milia');
    const expected = titlesCovering(text, at);
    expect(expected.length).toBeGreaterThan(1);
    const spans = await highlightedSpans(page);
    const term = spans.find((s) => s.block === 'eyes' && s.start === at);
    if (!term) throw new Error('the word "milia" in #eyes is not highlighted');
    const point = await highlightPoint(page, 'eyes', term.severity);
    if (!point) throw new Error('no highlight to rest on');
    await page.moveTo(point.x, point.y);
    await expect.poll(async () => (await openCard(page))?.titles).toEqual(expected);
  });

  test('in a same-origin frame the frame shows its own card', async () => {
    const page = await fixture.open('page-article.html');
    const frame = page.frames().find((f) => /page-frame\.html$/u.test(f.url()));
    if (!frame) throw new Error('the same-origin iframe did not load');
    const box = await page.evaluate(() => {
      const element = document.getElementById('frame');
      element?.scrollIntoView({ block: 'nearest' });
      return element?.getBoundingClientRect().toJSON() as DOMRect | undefined;
    }, undefined);
    const text = (await adviceBlocks(frame))[0]?.text ?? '';
    const severity = mostSevere(text);
    await expect
      .poll(async () => (await highlightPoint(frame, 'framed', severity, false)) !== null)
      .toBe(true);
    const inner = await highlightPoint(frame, 'framed', severity, false);
    if (!inner || !box) throw new Error('no highlight in the frame');
    // Frame coordinates plus the frame's place in the page (its border is 2px by default).
    await page.moveTo(box.x + 2 + inner.x, box.y + 2 + inner.y);
    await expect.poll(() => openCard(frame)).not.toBeNull();
    expect(titlesAt(text, severity)).toContain((await openCard(frame))?.label);
  });

  test('the card opens within the hover delay, stays while the pointer moves onto it', async () => {
    const page = await fixture.open('page-article.html');
    await hover(page, 'needle');
    const opened = Date.now();
    await expect.poll(() => openCard(page), { interval: 25 }).not.toBeNull();
    // Default delay is 250 ms; allow for the test's own polling and a busy machine.
    expect(Date.now() - opened).toBeLessThan(1500);
    const { card } = await geometry(page);
    await page.moveTo(card.left + card.width / 2, card.top + 20, 8);
    await sleep(600);
    expect(await openCard(page)).not.toBeNull();
    await page.moveTo(2, 2, 4);
    await expect.poll(() => openCard(page)).toBeNull();
  });

  test('sits beside the text, never on it, and flips above it at the bottom of the viewport', async () => {
    const page = await fixture.open('page-article.html', { width: 900, height: 500 });
    for (const place of ['top', 'bottom'] as const) {
      await page.moveTo(2, 2);
      await expect.poll(() => openCard(page)).toBeNull();
      const point = await highlightPoint(page, 'needle');
      if (!point) throw new Error('no highlight in #needle');
      // Scroll so the text sits near the chosen edge of the viewport.
      const target = place === 'top' ? 40 : 460;
      await page.evaluate((dy) => window.scrollBy(0, dy), point.y - target);
      const moved = await highlightPoint(page, 'needle', undefined, false);
      if (!moved) throw new Error('no highlight in #needle');
      await page.moveTo(moved.x, moved.y);
      await expect.poll(() => openCard(page)).not.toBeNull();
      const { card, width, height } = await geometry(page);
      expect(card.left).toBeGreaterThanOrEqual(0);
      expect(card.right).toBeLessThanOrEqual(width);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.bottom).toBeLessThanOrEqual(height);
      // The pointer sits on the text: the card must not be under it.
      const covers =
        moved.x >= card.left &&
        moved.x <= card.right &&
        moved.y >= card.top &&
        moved.y <= card.bottom;
      expect(covers, JSON.stringify({ place, pointer: moved, card })).toBe(false);
      if (place === 'top') expect(card.top).toBeGreaterThan(moved.y);
      else expect(card.bottom).toBeLessThan(moved.y);
    }
  });

  test('closes when its text scrolls out of view, and on Escape', async () => {
    const page = await fixture.open('page-article.html');
    await hover(page, 'needle');
    await expect.poll(() => openCard(page)).not.toBeNull();
    await page.evaluate(() => window.scrollBy(0, 3000), undefined);
    await expect.poll(() => openCard(page)).toBeNull();

    await page.evaluate(() => window.scrollTo(0, 0), undefined);
    await hover(page, 'needle');
    await expect.poll(() => openCard(page)).not.toBeNull();
    await page.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
  });

  test('axe finds no violations in the open card', async () => {
    await expectAccessibleCard(fixture, 'rgb(255, 255, 255)');
  });

  test('page CSS cannot restyle the card, and it fits a 200%-zoom-sized viewport', async () => {
    const page = await fixture.open('page-article.html', { width: 400, height: 700 });
    await hover(page, 'needle');
    await expect.poll(() => openCard(page)).not.toBeNull();
    const style = await page.evaluate(() => {
      const shadow = document.querySelector('milia-lens-ui')?.shadowRoot;
      const card = shadow?.querySelector('.ml-card') as HTMLElement;
      const title = shadow?.querySelector('.ml-note__title') as HTMLElement;
      const rect = card.getBoundingClientRect();
      return {
        display: getComputedStyle(card).display,
        titleColor: getComputedStyle(title).color,
        left: rect.left,
        right: rect.right,
        scrollWidth: card.scrollWidth,
        clientWidth: card.clientWidth,
      };
    }, undefined);
    // The fixture's `[role="dialog"] { display: none !important }` and `p { color: #333 }` miss.
    expect(style.display).not.toBe('none');
    expect(style.titleColor).not.toBe('rgb(51, 51, 51)');
    expect(style.left).toBeGreaterThanOrEqual(0);
    expect(style.right).toBeLessThanOrEqual(400);
    expect(style.scrollWidth).toBeLessThanOrEqual(style.clientWidth);
  });

  // Changes the profile's settings: keep it last.
  test('the hover delay set on the options page applies to open pages at once', async () => {
    const page = await fixture.open('page-article.html');
    const options = await fixture.browser.openExtensionPage('options.html');
    await waitInPage(options, () => !!document.getElementById('hover-delay'), undefined, 'options');
    await options.evaluate(() => {
      const input = document.getElementById('hover-delay') as HTMLInputElement;
      input.focus();
      input.select();
    }, undefined);
    await options.type('1500');
    // Every keystroke is saved; the storage echo of an earlier one must not overwrite the field.
    await sleep(500);
    expect(
      await options.evaluate(
        () => (document.getElementById('hover-delay') as HTMLInputElement).value,
        undefined,
      ),
    ).toBe('1500');
    await page.bringToFront();
    await expect
      .poll(
        async () => {
          // Rest on the text, and see whether the card is still shut after the old default delay.
          await page.moveTo(2, 2);
          await expect.poll(() => openCard(page)).toBeNull();
          await hover(page, 'needle');
          await sleep(600);
          return openCard(page);
        },
        // Each try takes most of a second, and in Firefox the new delay can take a moment
        // longer to reach the page than vitest's one-second default allows.
        { timeout: 10_000 },
      )
      .toBeNull();
    await expect.poll(() => openCard(page), { timeout: 3000 }).not.toBeNull();
    await options.close();
  });

  test('no uncaught error in the page or the extension', () => {
    expect(fixture.errors).toEqual([]);
  });
});

/** What a user who asks for dark colours and less motion gets, in a browser set up that way. */
describe.each(BROWSERS)('in %s, dark and with reduced motion', (name) => {
  const fixture = usePageFixture(name, { colorScheme: 'dark', reducedMotion: true });

  test('axe finds no violations in the dark card', async () => {
    await expectAccessibleCard(fixture, 'rgb(30, 31, 36)');
  });

  test('reduced motion turns the opening animation off', async () => {
    const page = await fixture.open('page-article.html');
    await hover(page, 'needle');
    await expect.poll(() => openCard(page)).not.toBeNull();
    const animation = await page.evaluate(() => {
      const card = document.querySelector('milia-lens-ui')?.shadowRoot?.querySelector('.ml-card');
      return card ? getComputedStyle(card).animationName : '';
    }, undefined);
    expect(animation).toBe('none');
  });

  test('no uncaught error in the page or the extension', () => {
    expect(fixture.errors).toEqual([]);
  });
});
