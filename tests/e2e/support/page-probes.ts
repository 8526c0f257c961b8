import type { Page } from 'playwright-core';

/**
 * Probes run in the page's main world. The content script registers its highlights in the page's
 * highlight registry, which the main world shares, so tests can read them like any page script.
 */

/** Every registered Milia Lens highlight as [name, texts of its ranges]. */
export function highlightedTexts(page: Page): Promise<[string, string[]][]> {
  return page.evaluate(() => {
    const out: [string, string[]][] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('milia-lens-')) return;
      const texts: string[] = [];
      for (const range of highlight) {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        texts.push(r.toString());
      }
      out.push([name, texts]);
    });
    return out.sort(([a], [b]) => a.localeCompare(b));
  });
}

/** Waits until at least one Milia Lens highlight is registered. */
export async function waitForHighlights(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('milia-lens-')),
    undefined,
    { timeout },
  );
}

/** The document's markup with the extension's one UI host removed, for before/after comparison. */
export function serializedDomWithoutUiHost(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of clone.querySelectorAll('milia-lens-ui')) host.remove();
    return clone.outerHTML;
  });
}
