import type { Severity } from '../engine/types.ts';
import type { CardController } from './card-controller.ts';
import { visibleFindings, withOverlapping } from './card-notes.ts';
import type { FindingIndex } from './finding-index.ts';
import { findingText, liveRange, type PageFinding } from './page-finding.ts';
import type { NoteCache } from './note-cache.ts';
import { isInView, unionBox } from './placement.ts';

/**
 * Steps through the page's findings from the keyboard (next/previous commands) and reaches one
 * chosen in the popup: scrolls it into view, opens its card with focus, and announces
 * "Finding 2 of 5: <title>". Positions count in the same list the popup shows.
 */
export interface FindingNavigator {
  step(direction: 1 | -1): Promise<boolean>;
  /** Opens finding `position` of the visible list; false when there is no such finding. */
  reveal(position: number): Promise<boolean>;
}

export interface NavigatorOptions {
  doc: Document;
  index: FindingIndex;
  notes: NoteCache;
  shown(): Record<Severity, boolean>;
  cards: CardController;
  /** The finding was scrolled to: paint it now (a huge page paints only what is near the view). */
  paint?(item: PageFinding): void;
}

export function createFindingNavigator(options: NavigatorOptions): FindingNavigator {
  const { doc, index, cards } = options;
  let current: PageFinding | null = null;

  const reveal = async (position: number): Promise<boolean> => {
    const list = visibleFindings(index, options.shown());
    const item = list[position];
    if (!item) return false;
    current = item;
    scrollToFinding(doc, item);
    options.paint?.(item);
    const shown = options.shown();
    const items = withOverlapping(item, (other) => shown[other.finding.severity]);
    await options.notes.load([item.finding.noteId]);
    const title = options.notes.get(item.finding.noteId)?.title ?? findingText(item);
    await cards.openFromKeyboard(items, `Finding ${position + 1} of ${list.length}: ${title}`);
    return true;
  };

  return {
    async step(direction) {
      const list = visibleFindings(index, options.shown());
      if (list.length === 0) return false;
      const at = current ? list.indexOf(current) : -1;
      const next =
        at < 0
          ? direction === 1
            ? 0
            : list.length - 1
          : (at + direction + list.length) % list.length;
      return reveal(next);
    },
    reveal,
  };
}

/**
 * Brings the finding's text to about a third of the way down the viewport (instantly: a smooth
 * scroll would move the text away from a card placed beside it). Scroll containers inside the
 * page are scrolled first by the text's element.
 */
function scrollToFinding(doc: Document, item: PageFinding): void {
  const win = doc.defaultView ?? window;
  const range = liveRange(doc, item);
  if (!range) return;
  const viewport = { width: win.innerWidth, height: win.innerHeight };
  const box = () => unionBox([...range.getClientRects()]);
  const before = box();
  if (before && isInView(before, viewport) && before.top >= 0 && before.bottom <= viewport.height) {
    return;
  }
  const parent = range.startContainer.parentElement;
  parent?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  const after = box();
  if (after) {
    win.scrollBy({ top: after.top - viewport.height / 3, behavior: 'instant' });
  }
}
