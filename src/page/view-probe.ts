import { liveRange } from './page-finding.ts';
import type { Band, Measure } from './view-band.ts';

/**
 * Where the view-band walk starts and how it measures: the browser's side of `view-band.ts`.
 * Only boxes are measured (`getBoundingClientRect`, microseconds): hit testing is linear in an
 * element's children, and on a 10 MB article (28,000 paragraphs in one element) each
 * `elementFromPoint` took 10 to 30 ms and each `caretPositionFromPoint` more.
 */
const TEXT_NODE = 3;
/** Children looked at one by one, past boxless ones, before a binary search gives up. */
const BOXLESS_STEPS = 32;

/**
 * Where to start the walk: the element that reaches the band's top in the page's flow, found by
 * descending from the body with a binary search among each element's children.
 */
export function viewAnchors(doc: Document, band: Band): Node[] {
  return doc.body ? [descend(doc.body, band.top)] : [];
}

/** The deepest element whose box starts at or above `y` and ends below it, or the next one. */
function descend(root: Element, y: number): Element {
  let el = root;
  for (;;) {
    const children = el.children;
    if (children.length === 0) return el;
    const i = firstEndingBelow(children, y);
    const child = children[i];
    if (!child) return el;
    const box = child.getBoundingClientRect();
    if (box.top > y) return child;
    el = child;
  }
}

/** Binary search: the first child whose box ends below `y` (boxless children are stepped over). */
function firstEndingBelow(children: HTMLCollection, y: number): number {
  let lo = 0;
  let hi = children.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = boxAtOrAfter(children, mid, hi);
    if (!at) hi = mid;
    else if (at.box.bottom < y) lo = at.i + 1;
    else hi = mid;
  }
  return lo;
}

function boxAtOrAfter(
  children: HTMLCollection,
  from: number,
  to: number,
): { i: number; box: DOMRect } | null {
  for (let i = from; i <= to && i < from + BOXLESS_STEPS; i += 1) {
    const box = (children[i] as Element).getBoundingClientRect();
    if (box.width !== 0 || box.height !== 0) return { i, box };
  }
  return null;
}

/** Measures text nodes and findings by their client rects (a box of no size is no place). */
export function measureIn(doc: Document): Measure {
  const range = doc.createRange();
  const boxOf = (rect: DOMRect): Band | null =>
    rect.width === 0 && rect.height === 0 ? null : { top: rect.top, bottom: rect.bottom };
  return (target) => {
    if ('finding' in target) {
      const live = liveRange(doc, target);
      return live ? boxOf(live.getBoundingClientRect()) : null;
    }
    if (target.nodeType !== TEXT_NODE) return boxOf((target as Element).getBoundingClientRect());
    range.selectNodeContents(target);
    return boxOf(range.getBoundingClientRect());
  };
}
