import type { FindingIndex } from './finding-index.ts';
import type { PageFinding } from './page-finding.ts';

/**
 * Which findings lie near what the reader can see, found without looking at every finding: the
 * walk starts at its anchors (the element at the band's top, `view-probe.ts`) and reads on through
 * the document, both ways, until the text it measures is past the band (the viewport plus a
 * margin above and below).
 * It relies on later text being laid out lower, which holds for the flow of a page; a few measured
 * nodes out of place (a fixed footer, a float) do not stop it, text outside the box of an element
 * that ends in the band (a scroll container's hidden part) is stepped over, and every walk is
 * capped. The cost is that of the band's text, however big the page is.
 */

/** A vertical stretch in viewport coordinates. */
export interface Band {
  top: number;
  bottom: number;
}

/** Where something is on screen; null when it has no box (hidden, `display: contents`). */
export type Measure = (target: Text | Element | PageFinding) => Band | null;

export interface BandWalk {
  root: Node;
  /** Where the walks start: nodes at the band's top in the page's flow. */
  anchors: readonly Node[];
  index: FindingIndex;
  band: Band;
  measure: Measure;
  /** Most nodes one walk visits, so a page whose layout defeats the walk stays cheap. */
  maxNodes?: number;
}

const SHOW_ELEMENT_OR_TEXT = 0x5;
const TEXT_NODE = 3;
/** Measured nodes in a row past the band before a walk stops. */
const PAST_TO_STOP = 3;
/** A node without findings is measured only every so many nodes, to know when to stop. */
const MEASURE_EVERY = 16;
/** A node with more findings than this has them sorted out by position, not taken whole. */
const MANY_IN_NODE = 32;

/** The findings whose text is in the band (and a few next to it), reached from the anchors. */
export function findingsInBand(walk: BandWalk): Set<PageFinding> {
  const found = new Set<PageFinding>();
  const visited = new Set<Node>();
  const doc = walk.root.ownerDocument ?? (walk.root as Document);
  for (const anchor of walk.anchors) {
    const start = liftOutOfShadow(anchor, walk.root);
    if (!start) continue;
    for (const forward of [true, false]) {
      const walker = doc.createTreeWalker(walk.root, SHOW_ELEMENT_OR_TEXT);
      walker.currentNode = start;
      walkOneWay(walker, forward, walk, visited, found);
    }
  }
  return found;
}

function walkOneWay(
  walker: TreeWalker,
  forward: boolean,
  walk: BandWalk,
  visited: Set<Node>,
  found: Set<PageFinding>,
): void {
  const max = walk.maxNodes ?? 20_000;
  let past = 0;
  let unmeasured = 0;
  let node: Node | null = walker.currentNode;
  for (let n = 0; node && n < max; n += 1) {
    // Another walk came through here and went on the same way (or came from there): done.
    if (visited.has(node) && n > 0) return;
    visited.add(node);
    const isText = node.nodeType === TEXT_NODE;
    if (isText) unmeasured += 1;
    const where = visit(node, unmeasured >= MEASURE_EVERY, walk, found);
    if (where || (isText && unmeasured >= MEASURE_EVERY)) unmeasured = 0;
    if (where) {
      const beyond = forward ? where.top > walk.band.bottom : where.bottom < walk.band.top;
      past = beyond ? past + 1 : 0;
      if (past >= PAST_TO_STOP) {
        const clip = clippingAncestor(node, where, forward, walk);
        if (!clip) return;
        past = 0;
        walker.currentNode = clip;
        node = forward ? afterSubtree(walker) : walker.previousNode();
        continue;
      }
    }
    node = forward ? walker.nextNode() : walker.previousNode();
  }
}

/**
 * The outermost ancestor (below the walk's root) whose box ends inside the band while `node`
 * lies outside it: a scroll container or an element whose content overflows it. The text after
 * it can still be in the band.
 */
function clippingAncestor(
  node: Node,
  where: Band,
  forward: boolean,
  walk: BandWalk,
): Element | null {
  let clip: Element | null = null;
  for (let el = node.parentElement; el && el !== walk.root; el = el.parentElement) {
    const box = walk.measure(el);
    if (!box) continue;
    const outside = forward
      ? box.bottom < where.top && box.bottom <= walk.band.bottom
      : box.top > where.bottom && box.top >= walk.band.top;
    if (outside) clip = el;
  }
  return clip;
}

/** The first node after the walker's current node and everything under it. */
function afterSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Takes the node's findings that are in the band; returns where the node is, when measured. */
function visit(
  node: Node,
  measureAnyway: boolean,
  walk: BandWalk,
  found: Set<PageFinding>,
): Band | null {
  if (node.nodeType !== TEXT_NODE) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) visitShadow(shadow, walk, found);
    return null;
  }
  const items = walk.index.at(node);
  if (items.length === 0 && !measureAnyway) return null;
  const where = walk.measure(node as Text);
  if (items.length > 0 && where && overlaps(where, walk.band)) {
    if (items.length > MANY_IN_NODE) {
      for (const item of inBandByOffset(items, walk)) found.add(item);
    } else for (const item of items) found.add(item);
  }
  return where;
}

/** A shadow root's text is read whole when its host is reached: shadow trees are small. */
function visitShadow(shadow: ShadowRoot, walk: BandWalk, found: Set<PageFinding>): void {
  const doc = shadow.ownerDocument;
  const walker = doc.createTreeWalker(shadow, SHOW_ELEMENT_OR_TEXT);
  const max = walk.maxNodes ?? 20_000;
  for (let node = walker.nextNode(), n = 1; node && n < max; node = walker.nextNode(), n += 1) {
    visit(node, false, walk, found);
  }
}

/**
 * A node holding many findings (one long text node): its findings in offset order lie top to
 * bottom, so a binary search finds the first one in the band and the rest follow it.
 */
function inBandByOffset(items: readonly PageFinding[], walk: BandWalk): PageFinding[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const where = walk.measure(sorted[mid] as PageFinding);
    if (where && where.bottom < walk.band.top) lo = mid + 1;
    else hi = mid;
  }
  const out: PageFinding[] = [];
  for (let i = lo; i < sorted.length; i += 1) {
    const item = sorted[i] as PageFinding;
    const where = walk.measure(item);
    if (where && where.top > walk.band.bottom) break;
    out.push(item);
  }
  return out;
}

export function overlaps(a: Band, b: Band): boolean {
  return a.bottom >= b.top && a.top <= b.bottom;
}

/** The node itself, or the shadow host (in `root`'s tree) it sits under. */
function liftOutOfShadow(node: Node, root: Node): Node | null {
  let at: Node = node;
  for (;;) {
    const top = at.getRootNode();
    if (!(top instanceof ShadowRoot)) break;
    at = top.host;
  }
  return at === root || root.contains(at) ? at : null;
}

/** The viewport and `margin` viewport heights above and below it. */
export function bandAround(viewportHeight: number, margin: number): Band {
  return { top: -margin * viewportHeight, bottom: viewportHeight * (1 + margin) };
}
