import { isInline, isSkippedElement } from './collect-text.ts';

/**
 * The text nodes of one block, found again from its first text node. The index keeps only that
 * node per block (holding every text node of a big page cost megabytes of wrappers and lists), so
 * placing a finding walks the block once more, by the collector's rules: inline elements continue
 * it, a block element or the end of the block's container ends it, skipped elements are stepped
 * over. A block's container is its nearest ancestor that is not inline (or its shadow root), so
 * the walk never leaves the block's own part of the page.
 *
 * The last layout made is reused until the current task ends (the page cannot change inside it):
 * a view-band walk or a scan places one block's findings one after another.
 */
export interface BlockLayout {
  /** The block's text nodes (empty ones left out, as the collector does), in order. */
  nodes: Text[];
  /** `starts[i]` is the offset in the block's text where `nodes[i]` begins. */
  starts: number[];
  /** Length of the block's text. */
  length: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT_OR_TEXT = 0x5;
/** Above this many nodes, a node's place in a layout is looked up in a map, not by a scan. */
const MANY_NODES = 32;

/**
 * The node the index files a block under: the nearest ancestor of its text that is not an inline
 * element (a block element, a shadow root or the document). Every text node of a block has the
 * same one.
 */
export function blockContainer(node: Node): Node | null {
  let up = node.parentNode;
  while (up && up.nodeType === ELEMENT_NODE && isInline(up as Element)) up = up.parentNode;
  return up;
}

let last: { first: Text; layout: BlockLayout | null } | null = null;
let positions: { layout: BlockLayout; at: Map<Node, number> } | null = null;

/** The layout of the block that starts at `first`; null when that node has left the page. */
export function blockLayout(first: Text): BlockLayout | null {
  if (last?.first === first) return last.layout;
  if (last === null) queueMicrotask(() => ((last = null), (positions = null)));
  last = { first, layout: first.isConnected ? walkBlock(first) : null };
  return last.layout;
}

/** Where `node` is in the layout's node list; -1 when it is not one of the block's nodes. */
export function nodeIndex(layout: BlockLayout, node: Node): number {
  if (layout.nodes.length <= MANY_NODES) return layout.nodes.indexOf(node as Text);
  if (positions?.layout !== layout) {
    positions = { layout, at: new Map(layout.nodes.map((n, i) => [n as Node, i])) };
  }
  return positions.at.get(node) ?? -1;
}

function walkBlock(first: Text): BlockLayout {
  const layout: BlockLayout = { nodes: [], starts: [], length: 0 };
  const root = blockContainer(first);
  if (!root) return addText(layout, first);
  const doc = first.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_OR_TEXT);
  walker.currentNode = first;
  let node: Node = first;
  for (;;) {
    // Text is taken; an inline element is entered; a skipped one is stepped over whole.
    let entered = false;
    if (node.nodeType === TEXT_NODE) addText(layout, node as Text);
    else if (!isSkippedElement(node as Element)) {
      if (!isInline(node as Element)) return layout;
      entered = true;
    }
    let next = entered ? walker.firstChild() : null;
    while (!next) {
      next = walker.nextSibling();
      if (next) break;
      const up = walker.parentNode();
      if (!up || up === root) return layout;
    }
    node = next;
  }
}

function addText(layout: BlockLayout, node: Text): BlockLayout {
  // The node's length, not its data's: in Firefox `data` copies the text out (10 MB of it
  // for a huge text node, each time a finding in it is placed or hovered).
  const size = node.length;
  if (size > 0) {
    layout.nodes.push(node);
    layout.starts.push(layout.length);
    layout.length += size;
  }
  return layout;
}
