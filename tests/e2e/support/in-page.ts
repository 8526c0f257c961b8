/**
 * Functions that run inside a page (Playwright's or Puppeteer's `evaluate` serialises them), so
 * the Chromium and Firefox drivers read a page the same way. They must stay self-contained: no
 * imports, no named helpers declared inside (the test transform may wrap those).
 * The content script registers its highlights in the page's highlight registry, which the main
 * world shares, so a page script can read them.
 */

/** Every registered Milia Lens highlight as [name, texts of its ranges], sorted by name. */
export const readHighlights = (): [string, string[]][] => {
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
};

/**
 * Highlights whose text the browser would paint unstyled: the start of the range, where the
 * element holding it has no underline in its `::highlight(<name>)` style. Chromium passes the
 * root's highlight style down, Firefox needs rules for every element; both must style it all.
 */
export const unstyledHighlights = (): string[] => {
  const out: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('milia-lens-')) return;
    for (const range of highlight) {
      const holder = range.startContainer.parentElement;
      const line = holder
        ? getComputedStyle(holder, `::highlight(${name})`).textDecorationLine
        : '';
      if (!line.includes('underline')) out.push(`${name}: ${holder?.tagName} ${line}`);
    }
  });
  return out;
};

/** True once at least one Milia Lens highlight is registered. */
export const hasHighlights = (): boolean =>
  [...CSS.highlights.keys()].some((name) => name.startsWith('milia-lens-'));

/** The document's markup with the extension's one UI host removed, for before/after comparison. */
export const markupWithoutUiHost = (): string => {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  for (const host of clone.querySelectorAll('milia-lens-ui')) host.remove();
  return clone.outerHTML;
};

/**
 * `html` parsed the way the page was, without running it or letting an extension near it: the
 * page's own DOM as the server sent it, to compare a live page against.
 */
export const markupOfSource = (html: string): string =>
  new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;

/** True when no Milia Lens highlight holds a range (the extension is off for the page). */
export const noHighlightedRanges = (): boolean =>
  [...CSS.highlights].every(
    ([name, highlight]) => !name.startsWith('milia-lens-') || !highlight.size,
  );

/**
 * The centre of the first line box of the first Milia Lens highlight, scrolled into view; null
 * when nothing is highlighted. Where a pointer rests to open the hover card.
 */
export const firstHighlightCenter = (): { x: number; y: number } | null => {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('milia-lens-')) continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      if (box) return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  }
  return null;
};

/** True while the UI host's shadow root shows a hover card (role dialog or tooltip). */
export const cardIsOpen = (): boolean => {
  const shadow = document.querySelector('milia-lens-ui')?.shadowRoot;
  const card = shadow?.querySelector<HTMLElement>('[role="dialog"], [role="tooltip"]');
  return !!card && card.checkVisibility();
};
