import { type DriverFrame, waitInPage } from './driver.ts';
import { hasHighlights, markupWithoutUiHost, readHighlights } from './in-page.ts';

/**
 * Probes run in the page's main world. The content script registers its highlights in the page's
 * highlight registry, which the main world shares, so tests can read them like any page script.
 */

/** A document to probe: a driver page or frame (or a Playwright page, which has the same call). */
type Target = Pick<DriverFrame, 'evaluate'>;

/** Every registered Milia Lens highlight as [name, texts of its ranges]. */
export function highlightedTexts(page: Target): Promise<[string, string[]][]> {
  return page.evaluate(readHighlights, undefined);
}

/** Waits until at least one Milia Lens highlight is registered. */
export async function waitForHighlights(page: Target, timeout = 10_000): Promise<void> {
  await waitInPage(page, hasHighlights, undefined, 'highlights', timeout);
}

/** The document's markup with the extension's one UI host removed, for before/after comparison. */
export function serializedDomWithoutUiHost(page: Target): Promise<string> {
  return page.evaluate(markupWithoutUiHost, undefined);
}

/** A highlighted stretch of text, as offsets into the `.advice` block (by id) that holds it. */
export interface HighlightSpan {
  severity: string;
  block: string;
  start: number;
  end: number;
  text: string;
}

/**
 * Every Milia Lens highlight range in the frame, located in its `.advice` block (looking through
 * shadow roots); a range outside any such block reports block "(outside)".
 */
export function highlightedSpans(target: Target): Promise<HighlightSpan[]> {
  return target.evaluate((): HighlightSpan[] => {
    const up = (node: Node): Node | null =>
      node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    const spans: HighlightSpan[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('milia-lens-')) return;
      for (const r of highlight) {
        let block: Node | null = r.startContainer;
        while (block && !(block instanceof Element && block.classList.contains('advice'))) {
          block = up(block);
        }
        const text = document.createRange();
        text.setStart(r.startContainer, r.startOffset);
        text.setEnd(r.endContainer, r.endOffset);
        let start = -1;
        if (block) {
          const before = document.createRange();
          before.setStart(block, 0);
          before.setEnd(r.startContainer, r.startOffset);
          start = before.toString().length;
        }
        const s = text.toString();
        spans.push({
          severity: name.slice('milia-lens-'.length),
          block: block ? (block as Element).id : '(outside)',
          start,
          end: start + s.length,
          text: s,
        });
      }
    });
    return spans;
  }, undefined);
}

/** The `.advice` blocks of the frame (shadow roots included) as id and text. */
export function adviceBlocks(target: Target): Promise<{ id: string; text: string }[]> {
  return target.evaluate(() => {
    const out: { id: string; text: string }[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.classList.contains('advice')) out.push({ id: el.id, text: el.textContent ?? '' });
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  }, undefined);
}

/** The open card in the UI host's shadow root: its label and note titles, or null when closed. */
export function openCard(
  target: Target,
): Promise<{ label: string; titles: string[]; focused: boolean } | null> {
  return target.evaluate(() => {
    const shadow = document.querySelector('milia-lens-ui')?.shadowRoot;
    const card = shadow?.querySelector<HTMLElement>('[role="dialog"]');
    if (!shadow || !card || !card.matches(':popover-open')) return null;
    const labelId = card.getAttribute('aria-labelledby');
    const label = labelId ? (shadow.getElementById(labelId)?.textContent ?? '') : '';
    const titles = [...card.querySelectorAll('.ml-note__title')].map((h) => h.textContent ?? '');
    return { label, titles, focused: card.matches(':focus-within') };
  }, undefined);
}

/** The text of the live region in the UI host. */
export function liveRegionText(target: Target): Promise<string> {
  return target.evaluate(
    () =>
      document.querySelector('milia-lens-ui')?.shadowRoot?.querySelector('[role="status"]')
        ?.textContent ?? '',
    undefined,
  );
}

/**
 * The middle of the first line box of the highlight whose block has id `block` (in the light DOM
 * or an open shadow root), the block scrolled to the middle first unless `scroll` is false; null
 * when there is no such highlight.
 */
export function highlightPoint(
  target: Target,
  block: string,
  severity?: string,
  scroll = true,
): Promise<{ x: number; y: number } | null> {
  return target.evaluate(
    ([blockId, wanted, scrollFirst]) => {
      const up = (node: Node): Node | null =>
        node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('milia-lens-')) continue;
        if (wanted && name !== `milia-lens-${wanted}`) continue;
        for (const r of highlight) {
          let el: Node | null = r.startContainer;
          while (el && !(el instanceof Element && el.id === blockId)) el = up(el);
          if (!el) continue;
          if (scrollFirst) {
            // Not scrollIntoView: Firefox re-applies it on later reflows, undoing a test's own
            // scroll a moment afterwards.
            const box = (el as Element).getBoundingClientRect();
            window.scrollBy(0, box.top + box.height / 2 - innerHeight / 2);
          }
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const rect = range.getClientRects()[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    [block, severity ?? '', scroll] as const,
  );
}
