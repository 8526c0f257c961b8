/**
 * Reads a document's text the way a person reads it: one flat string per block, with a map from
 * string offsets back to the text nodes they came from. Inline markup ("mil<b>ia</b>", a sentence
 * running through a link) stays inside one block, so a finding that spans elements maps to one
 * range; separate blocks never run together, so a heading can't finish a sentence in the next
 * paragraph.
 *
 * Written against the standard DOM only (TreeWalker, Node, Element), so the same code runs in the
 * page and in Node over a parsed HTML document (the `scan` command).
 */

import { BlockBuilder, type TextBlock } from './block-builder.ts';

export type { TextBlock } from './block-builder.ts';

/** Elements whose text is never advice to a reader, or is not ours to read. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'TITLE',
  'MILIA-LENS-UI',
]);

/**
 * Elements that flow inside a line of text; every other element starts a new block. Looked up by
 * local name (lower case for HTML elements): the collector asks this of every element and the
 * prefilter of every child of a long list, and upper-casing `tagName` each time cost the
 * prefilter about 3% of its pass.
 */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  'ruby',
  'rt',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'slot',
]);

/** True for an element whose subtree the collector leaves alone. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  // An HTML element's `hidden` is true (or "until-found") exactly when it has the attribute, and
  // the browser reads it by a name it holds ready: `hasAttribute` first turns its argument into
  // one, which cost more than the rest of the element's check (0.5 µs an element in Chromium).
  // Other elements (SVG, MathML, XML) have no such property and are asked by name, and so is a
  // form, whose controls shadow its properties: `<input name="hidden">` makes `form.hidden` that
  // input, and an ASP.NET page wraps its whole body in one form.
  const hidden: unknown = (el as Partial<HTMLElement>).hidden;
  if (typeof hidden === 'boolean' ? hidden : hidden === 'until-found' || el.hasAttribute('hidden'))
    return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True for an element that flows inside a line of text rather than starting a block. */
export function isInline(el: Element): boolean {
  return isInlineName(el.localName);
}

/** `isInline` for an element whose local name the caller has already read. */
export function isInlineName(localName: string): boolean {
  return INLINE.has(localName);
}

const ELEMENT_NODE = 1;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;

/**
 * Collects the readable text under `root` (a document, element or shadow root) into blocks.
 * Open shadow roots are read as blocks of their own.
 */
export function collectBlocks(root: Node): TextBlock[] {
  return [...iterateBlocks(root)];
}

/**
 * The same blocks as `collectBlocks`, one at a time, so a caller can pause between blocks and
 * keep a huge page from blocking the main thread.
 *
 * The walk is one depth-first pass with an explicit exit step, so leaving a block closes it without
 * looking up ancestors: cost is linear in the number of nodes, however deep the tree.
 */
export function* iterateBlocks(root: Node): Generator<TextBlock, void, undefined> {
  const builder = new BlockBuilder();
  yield* walk(root, builder);
  const last = builder.flush(root);
  if (last) yield last;
}

function* walk(root: Node, builder: BlockBuilder): Generator<TextBlock, void, undefined> {
  const doc = root.ownerDocument ?? (root as Document);
  // No NodeFilter: a filter is a call from the browser back into script for every node, which
  // made the walk several times slower than the walk itself. Skipped subtrees are stepped over
  // below instead.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  const shadowHosts: Element[] = [];
  // For each element the walk is inside (below `root`), whether leaving it closes a block. Every
  // question put to the DOM is a call into the browser, and the walk used to ask its way out
  // again (the walker's current node, its type, its name) for every element it left and every
  // text node it passed: six calls per level of a deep page where it now makes two.
  const closers: boolean[] = [];
  if (root.nodeType === ELEMENT_NODE) builder.begin(root);
  let node: Node | null = root;
  while (node) {
    // A skipped element is passed over whole, as if it were not there (not a block boundary).
    let entered = false;
    let closes = false;
    if (node.nodeType === TEXT_NODE) {
      builder.add(node as Text);
    } else if (node === root) {
      entered = true;
    } else {
      const el = node as Element;
      if (isSkippedElement(el)) {
        builder.leaveOut();
      } else {
        entered = true;
        closes = !isInline(el);
        if (closes) {
          const block = builder.flush();
          if (block) yield block;
          builder.begin(el);
        }
        if (el.shadowRoot) shadowHosts.push(el);
      }
    }
    // Descend, else move on, closing every block element we climb out of.
    const child = entered ? walker.firstChild() : null;
    if (child) {
      if (node !== root) closers.push(closes);
      node = child;
      continue;
    }
    if (closes) {
      const block = builder.flush(node);
      if (block) yield block;
    }
    if (node === root) break;
    node = null;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) {
        node = sibling;
        break;
      }
      const parent = walker.parentNode();
      if (!parent || parent === root) break;
      if (closers.pop()) {
        const block = builder.flush(parent);
        if (block) yield block;
      }
    }
  }
  for (const host of shadowHosts) {
    const before = builder.flush();
    if (before) yield before;
    yield* walk(host.shadowRoot as ShadowRoot, builder);
    const after = builder.flush();
    if (after) yield after;
  }
}

/**
 * Maps a [start, end) span of `block.text` back to DOM positions, for building a Range.
 * Returns null when the span falls outside the block.
 */
export function locate(block: TextBlock, start: number, end: number): ReturnType<typeof locateIn> {
  return locateIn(block, block.text.length, start, end);
}

/** `locate` for a block known by its nodes and their offsets only (text of `length`). */
export function locateIn(
  block: Pick<TextBlock, 'nodes' | 'starts'>,
  length: number,
  start: number,
  end: number,
): { startContainer: Text; startOffset: number; endContainer: Text; endOffset: number } | null {
  if (start < 0 || end > length || start >= end) return null;
  const first = findNode(block.starts, start, false);
  const last = findNode(block.starts, end, true);
  const startNode = block.nodes[first];
  const endNode = block.nodes[last];
  const startAt = block.starts[first];
  const endAt = block.starts[last];
  if (!startNode || !endNode || startAt === undefined || endAt === undefined) return null;
  return {
    startContainer: startNode,
    startOffset: start - startAt,
    endContainer: endNode,
    endOffset: end - endAt,
  };
}

/**
 * Index of the node holding `offset`. For an end offset that falls exactly on a node boundary, the
 * earlier node is chosen, so a range never starts or ends in an empty stretch of the next node.
 */
function findNode(starts: number[], offset: number, isEnd: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const at = starts[mid] as number;
    if (at < offset || (!isEnd && at === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
