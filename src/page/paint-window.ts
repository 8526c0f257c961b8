import type { Highlighter } from './highlighter.ts';
import type { FindingIndex } from './finding-index.ts';
import { findingsOf, type FoundBlock, type PageFinding, staticRangeOf } from './page-finding.ts';

/**
 * Decides which findings are registered as highlights. A page with up to `threshold` findings
 * has all of them registered. Beyond that only those near what the reader can see are, and the
 * registered set follows scrolling, resizing and changes to the page: with every range of a huge
 * page registered, Chromium rebuilds the markers of all of them after any change to the page's
 * DOM (1.3 to 2.2 s for 120,000 ranges, about 15 µs a range), so appending a paragraph to a
 * 10 MB article cost seconds. Counts and keyboard navigation read the finding index, which
 * always holds every finding. A finding's range is made when it is registered and let go when it
 * is not, so a huge page holds ranges only for the findings near the view.
 */
export interface PaintWindow {
  /** A block's findings were indexed. */
  add(block: FoundBlock): void;
  /** A block's findings left the index. */
  remove(block: FoundBlock): void;
  /** A scan has settled: follow its findings now rather than after the update delay. */
  settle(): void;
  /** The keyboard or popup reached `item` and scrolled to it: it is painted at once. */
  reveal(item: PageFinding): void;
  /** How many findings are registered (or waiting to be painted). */
  readonly registered: number;
  readonly windowed: boolean;
  destroy(): void;
}

export interface PaintWindowOptions {
  index: FindingIndex;
  highlighter: Pick<Highlighter, 'add' | 'remove' | 'clear' | 'settle'>;
  /** The findings within `margin` viewport heights of the viewport now. */
  near(): Set<PageFinding>;
  /** The page's scroll position and the viewport's height. */
  view(): View;
  /** Viewport heights above and below the viewport that `near` covers. */
  margin: number;
  /**
   * Calls `changed` whenever the view may have moved: `pageScroll` for a scroll of the page
   * itself, false for a scroll container or a resize. Returns how to stop.
   */
  follow(changed: (pageScroll: boolean) => void): () => void;
  threshold?: number;
  /**
   * Runs `update` after `delayMs` and after the next frame has been laid out; returns how to
   * cancel it.
   */
  later?: (update: () => void, delayMs: number) => () => void;
}

export interface View {
  y: number;
  height: number;
}

/**
 * Whether the page has scrolled so far since the window was found that the viewport is within one
 * viewport height of its edge. Every change to the registered highlights costs Chromium work in
 * proportion to the whole page (about 70 ms on a 10 MB article, for 300 ranges as for one), so
 * the window moves in steps of `margin - 1` viewport heights rather than with every scroll.
 */
export function movedFar(lastY: number, view: View, margin: number): boolean {
  return Math.abs(view.y - lastY) > Math.max(0, margin - 1) * view.height;
}

/**
 * Findings a page may have with all of them registered. Measured on the 1 MB bench article, each
 * change to the page cost about 14 ms more with 3,000 ranges registered than with none, and 70 ms
 * more with 16,000 (the rebuild grows with the ranges; on 120,000 it took seconds): 3,000 keeps
 * it well inside the 50 ms a task may take. The test fixtures and ordinary articles (tens to
 * hundreds of findings) stay far below it.
 */
export const WINDOW_THRESHOLD = 3000;
/** How often, at most, the window follows a scroll or new findings (ms). */
const UPDATE_MS = 100;

/**
 * Finding the window measures text, which makes the browser lay out the page first if it has
 * changed. Waiting until a frame has been rendered leaves that layout to the browser's own frame
 * (after 1,000 paragraphs appended to a 10 MB article it took 90 to 350 ms, which our task would
 * otherwise carry), and a tab in the background does no work at all.
 */
const afterFrame = (update: () => void, delayMs: number) => {
  let cancelled = false;
  const timer = setTimeout(() => {
    requestAnimationFrame(() => {
      setTimeout(() => {
        if (!cancelled) update();
      }, 0);
    });
  }, delayMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
};

export function createPaintWindow(options: PaintWindowOptions): PaintWindow {
  const { index, highlighter } = options;
  const threshold = options.threshold ?? WINDOW_THRESHOLD;
  const later = options.later ?? afterFrame;
  const registered = new Map<PageFinding, StaticRange>();
  let windowed = false;
  let pinned: PageFinding | null = null;
  let unfollow: (() => void) | null = null;
  let cancel: (() => void) | null = null;
  /** The page's scroll position when the window was last found. */
  let lastY: number | null = null;

  const paint = (item: PageFinding) => {
    if (registered.has(item)) return;
    const range = staticRangeOf(item);
    if (!range) return;
    registered.set(item, range);
    highlighter.add(item.finding.severity, range);
  };
  const unpaint = (item: PageFinding) => {
    const range = registered.get(item);
    if (!range) return;
    registered.delete(item);
    highlighter.remove(item.finding.severity, range);
  };
  const update = () => {
    cancel = null;
    if (!windowed) return;
    lastY = options.view().y;
    const next = options.near();
    if (pinned && index.has(pinned)) next.add(pinned);
    for (const item of registered.keys()) if (!next.has(item)) unpaint(item);
    for (const item of next) paint(item);
    // What went and what came are painted in the same frame: one restyle, not two.
    highlighter.settle();
  };
  const viewChanged = (pageScroll: boolean) => {
    if (pageScroll && lastY !== null && !movedFar(lastY, options.view(), options.margin)) return;
    requestUpdate();
  };
  const requestUpdate = (delayMs = UPDATE_MS) => {
    cancel ??= later(update, delayMs);
  };
  const stopFollowing = () => {
    unfollow?.();
    unfollow = null;
    cancel?.();
    cancel = null;
  };
  // What is registered stays until the first update has found the window: no blank moment.
  const enter = () => {
    windowed = true;
    unfollow = options.follow(viewChanged);
    requestUpdate(0);
  };
  const leave = () => {
    windowed = false;
    pinned = null;
    lastY = null;
    stopFollowing();
    registered.clear();
    highlighter.clear();
    for (const item of index.all()) paint(item);
  };

  return {
    add(block) {
      if (windowed) requestUpdate();
      else {
        for (const item of findingsOf(block)) paint(item);
        if (index.size > threshold) enter();
      }
    },
    remove(block) {
      // Findings never made into objects were never painted.
      for (const item of block.items ?? []) unpaint(item);
      if (pinned?.block === block) pinned = null;
      // Half the threshold: a page hovering around it does not switch back and forth.
      if (windowed && index.size <= threshold / 2) leave();
    },
    settle() {
      if (!windowed) return;
      cancel?.();
      cancel = null;
      requestUpdate(0);
    },
    reveal(item) {
      if (!windowed) return;
      pinned = item;
      update();
    },
    get registered() {
      return registered.size;
    },
    get windowed() {
      return windowed;
    },
    destroy() {
      stopFollowing();
      registered.clear();
      windowed = false;
    },
  };
}
