import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Severity } from '../../src/engine/types.ts';
import { createHighlighter, type Highlighter } from '../../src/page/highlighter.ts';

/**
 * happy-dom has neither Highlight nor the highlight registry; these stand in with the same
 * set-like surface, so what the highlighter leaves registered can be read as a page would.
 */
beforeAll(() => {
  const g = globalThis as { Highlight?: unknown };
  g.Highlight ??= class extends Set<AbstractRange> {};
  const css = { highlights: new Map<string, Set<AbstractRange>>() };
  Object.defineProperty(globalThis, 'CSS', { value: css, configurable: true, writable: true });
});

const registered = (name: string) =>
  (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).get(name);

const range = () => {
  const text = document.createTextNode('milia');
  return { startContainer: text, startOffset: 0, endContainer: text, endOffset: 5 } as never;
};

afterEach(() => (CSS.highlights as unknown as Map<string, unknown>).clear());

/** 3,000 ranges of one severity, added and settled until all are registered. */
async function paint3000(highlighter: Highlighter, severity: Severity): Promise<StaticRange[]> {
  const painted = Array.from({ length: 3000 }, range);
  for (const r of painted) highlighter.add(severity, r);
  highlighter.settle();
  await vi.waitFor(() => expect(registered(`milia-lens-${severity}`)?.size).toBe(3000));
  return painted;
}

describe('highlighter', () => {
  test('the first findings show at once, and a settled scan paints the rest', async () => {
    const highlighter = createHighlighter(document);
    const first = range();
    highlighter.add('danger', first);
    await vi.waitFor(() => expect(registered('milia-lens-danger')?.has(first)).toBe(true));
    const later = Array.from({ length: 2000 }, range);
    for (const r of later) highlighter.add('info', r);
    highlighter.settle();
    await vi.waitFor(() => expect(registered('milia-lens-info')?.size).toBe(2000));
    expect(registered('milia-lens-danger')?.size).toBe(1);
    highlighter.destroy();
    expect(registered('milia-lens-danger')).toBeUndefined();
  });

  test('a range removed while a batch is prepared does not come back', async () => {
    const highlighter = createHighlighter(document);
    const painted = await paint3000(highlighter, 'warning');
    const extra = range();
    highlighter.add('warning', extra);
    highlighter.settle();
    // The batch copies the painted ranges first; these go while it does.
    for (const r of painted.slice(0, 1000)) highlighter.remove('warning', r);
    highlighter.remove('warning', extra);
    await vi.waitFor(() => expect(registered('milia-lens-warning')?.size).toBe(2000));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(registered('milia-lens-warning')?.size).toBe(2000);
    expect(registered('milia-lens-warning')?.has(painted[0] as never)).toBe(false);
    highlighter.destroy();
  });

  test('switching a severity off unregisters it; switching it back on shows it again', async () => {
    const highlighter = createHighlighter(document);
    highlighter.add('caution', range());
    await vi.waitFor(() => expect(registered('milia-lens-caution')?.size).toBe(1));
    const all = { danger: true, warning: true, caution: true, info: true, agrees: true };
    highlighter.configure({ ...all, caution: false }, 'underline');
    expect(registered('milia-lens-caution')).toBeUndefined();
    highlighter.configure(all, 'background');
    expect(registered('milia-lens-caution')?.size).toBe(1);
    highlighter.destroy();
  });

  test('clear takes everything out, and a batch prepared before it does not come back', async () => {
    const highlighter = createHighlighter(document);
    await paint3000(highlighter, 'info');
    for (const r of Array.from({ length: 3000 }, range)) highlighter.add('info', r);
    highlighter.settle();
    highlighter.clear();
    expect(registered('milia-lens-info')).toBeUndefined();
    const kept = range();
    highlighter.add('danger', kept);
    await vi.waitFor(() => expect(registered('milia-lens-danger')?.has(kept)).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(registered('milia-lens-info')).toBeUndefined();
    highlighter.destroy();
  });
});

/**
 * The default look's rules come with the manifest, in the page from the start: a sheet added at
 * run time makes the browser restyle the whole page, so painting adds one only when it must.
 */
describe('highlighter stylesheets', () => {
  const all = { danger: true, warning: true, caution: true, info: true, agrees: true };
  const frames = async () => {
    for (let i = 0; i < 3; i += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  // happy-dom drops `::highlight` rules it cannot parse: the text each sheet was last given.
  let replaced: { mock: { calls: string[][]; contexts: unknown[] } };
  beforeEach(() => {
    replaced = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync') as never;
  });
  const rules = (sheets: readonly CSSStyleSheet[]) =>
    sheets
      .map((sheet) => replaced.mock.calls.findLast((_, i) => replaced.mock.contexts[i] === sheet))
      .map((call) => call?.[0] ?? '')
      .join('\n');

  afterEach(() => {
    vi.restoreAllMocks();
    document.adoptedStyleSheets = [];
  });

  /**
   * The page's highlight style as a browser that has the manifest's root rules computes it: the
   * body inherits the root's, which differs from the body's own text decoration.
   */
  const pageRulesReachText = () =>
    vi
      .spyOn(window, 'getComputedStyle')
      .mockImplementation(
        (_element, pseudo) =>
          ({ textDecorationColor: pseudo ? 'rgb(213, 94, 0)' : 'rgb(0, 0, 0)' }) as never,
      );

  test('the default look paints without adding a stylesheet where the page rules reach the text', async () => {
    pageRulesReachText();
    const highlighter = createHighlighter(document);
    highlighter.add('danger', range());
    await vi.waitFor(() => expect(registered('milia-lens-danger')?.size).toBe(1));
    await frames();
    expect(document.adoptedStyleSheets).toEqual([]);
    highlighter.destroy();
  });

  test('where the page rules do not reach the text, the document gets rules for every element', async () => {
    const highlighter = createHighlighter(document);
    highlighter.add('info', range());
    await vi.waitFor(() => expect(registered('milia-lens-info')?.size).toBe(1));
    await vi.waitFor(() => expect(document.adoptedStyleSheets).toHaveLength(1));
    expect(rules(document.adoptedStyleSheets)).toMatch(/^::highlight\(milia-lens-danger\)/);
    highlighter.destroy();
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  test("the 'background' look and a shadow root holding findings get the one sheet", async () => {
    const highlighter = createHighlighter(document);
    highlighter.configure(all, 'background');
    highlighter.add('warning', range());
    await vi.waitFor(() => expect(registered('milia-lens-warning')?.size).toBe(1));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(rules(document.adoptedStyleSheets).match(/background-color/g)).toHaveLength(5);
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    highlighter.styleShadowRoot(shadow);
    expect(shadow.adoptedStyleSheets).toEqual(document.adoptedStyleSheets);
    highlighter.destroy();
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(shadow.adoptedStyleSheets).toEqual([]);
  });

  test('switching to the background look after painting adds the sheet then', async () => {
    pageRulesReachText();
    const highlighter = createHighlighter(document);
    highlighter.add('agrees', range());
    await vi.waitFor(() => expect(registered('milia-lens-agrees')?.size).toBe(1));
    expect(document.adoptedStyleSheets).toEqual([]);
    highlighter.configure(all, 'background');
    expect(rules(document.adoptedStyleSheets)).toMatch(
      /^:root::highlight\(milia-lens-danger\).*background-color/,
    );
    highlighter.destroy();
  });
});
