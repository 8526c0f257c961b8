import { isInline, isSkippedElement } from './collect-text.ts';

/**
 * Where a change to the page has to be read again. A block element's subtree always reads as
 * whole blocks (the collector closes a block on entering and on leaving it), so re-collecting
 * the nearest block ancestor of a changed node gives exactly the blocks the change touched.
 */

const ELEMENT_NODE = 1;
const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The nearest block ancestor of `node` (itself included when it is a block element), or the
 * shadow root / document body it sits directly in. Null when the node lies in a region the
 * collector skips (a script, a form field, an editable area, the extension's own UI), or is not
 * in a document at all.
 */
export function blockContainerOf(node: Node): Node | null {
  if (!node.isConnected) return null;
  let container: Node | null = null;
  let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (current) {
    if (current.nodeType === DOCUMENT_FRAGMENT_NODE) return container ?? current;
    if (current.nodeType !== ELEMENT_NODE) break;
    const el = current as Element;
    if (isSkippedElement(el)) return null;
    if (container === null && !isInline(el)) container = el;
    current = el.parentNode;
  }
  return container;
}

/**
 * Drops every container that lies inside another one in the list (shadow-including), so each
 * part of the page is read once.
 */
export function outermost(containers: Iterable<Node>): Node[] {
  const set = new Set(containers);
  const out: Node[] = [];
  for (const node of set) {
    let up = composedParent(node);
    let covered = false;
    while (up) {
      if (set.has(up)) {
        covered = true;
        break;
      }
      up = composedParent(up);
    }
    if (!covered) out.push(node);
  }
  return out;
}

function composedParent(node: Node): Node | null {
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE) return (node as ShadowRoot).host ?? null;
  return node.parentNode;
}
