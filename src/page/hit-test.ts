import type { FindingIndex } from './finding-index.ts';
import { liveRange, type PageFinding, placeOf } from './page-finding.ts';

/**
 * Which findings lie under a point. Runs on pointer moves, so it never walks all findings: the
 * caret position at the point names one text node, the finding index gives that node's findings,
 * and only those few are measured. Inside shadow roots the caret APIs stop at the host, so the
 * text nodes directly under the deepest element at the point are used instead.
 */

const TEXT_NODE = 3;

interface CaretLike {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(doc: Document, x: number, y: number): CaretLike | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = typeof d.caretRangeFromPoint === 'function' ? d.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The innermost element at the point, looking into open shadow roots. */
export function deepElementAt(doc: Document, x: number, y: number): Element | null {
  let el = doc.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** Whether the caret offset in `node` lies within the finding (ends included). */
function touchesOffset(item: PageFinding, node: Node, offset: number): boolean {
  const r = placeOf(item);
  if (!r) return false;
  if (node === r.startContainer && offset < r.startOffset) return false;
  if (node === r.endContainer && offset > r.endOffset) return false;
  return true;
}

/** Whether the point is inside one of the range's line boxes. */
export function rangeContainsPoint(
  doc: Document,
  item: PageFinding,
  x: number,
  y: number,
): boolean {
  const range = liveRange(doc, item);
  if (!range) return false;
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * The findings whose text is under (x, y) and that `accept` lets through (e.g. severities the
 * user switched off are not hoverable).
 */
export function findingsAtPoint(
  doc: Document,
  index: FindingIndex,
  x: number,
  y: number,
  accept: (item: PageFinding) => boolean,
): PageFinding[] {
  if (index.size === 0) return [];
  const hits = (candidates: Iterable<PageFinding>) =>
    [...candidates].filter((item) => accept(item) && rangeContainsPoint(doc, item, x, y));
  const caret = caretAt(doc, x, y);
  if (caret && caret.node.nodeType === TEXT_NODE) {
    const near = index
      .at(caret.node)
      .filter((item) => touchesOffset(item, caret.node, caret.offset));
    const found = hits(near);
    if (found.length > 0) return found;
  }
  // The caret reached real text outside any shadow root: its answer stands.
  const el = deepElementAt(doc, x, y);
  const inShadow = el !== null && el.getRootNode() !== doc;
  if (caret && caret.node.nodeType === TEXT_NODE && !inShadow) return [];
  const candidates = new Set<PageFinding>();
  for (const child of el?.childNodes ?? []) {
    if (child.nodeType === TEXT_NODE) for (const item of index.at(child)) candidates.add(item);
  }
  return hits(candidates);
}
