import type { Finding } from '../engine/types.ts';

/** One finding placed in the page: the engine's finding plus where its text lives. */
export interface PageFinding {
  finding: Finding;
  range: StaticRange;
  /** Every text node the range touches, first to last. */
  nodes: Text[];
}

/**
 * The page's findings, looked up by text node: hit-testing asks "which findings touch the node
 * under the pointer", which must stay cheap however many findings a page has. Document order
 * (for next/previous and the popup's list) is computed lazily and cached until the next change.
 */
export interface FindingIndex {
  add(item: PageFinding): void;
  /**
   * Removes the findings that start inside `containers` (about to be read again) and those
   * whose text, somewhere under the `removed` nodes, has left the document. Costs the size of
   * those parts of the page, not the number of findings.
   */
  removeStale(containers: readonly Node[], removed?: readonly Node[]): PageFinding[];
  at(node: Node): readonly PageFinding[];
  ordered(): readonly PageFinding[];
  /** Every finding, in no particular order: for counting, which needs no sort. */
  all(): Iterable<PageFinding>;
  readonly size: number;
  clear(): void;
}

export function createFindingIndex(): FindingIndex {
  const byNode = new Map<Node, PageFinding[]>();
  const all = new Set<PageFinding>();
  let order: PageFinding[] | null = null;

  const unlink = (item: PageFinding) => {
    all.delete(item);
    for (const node of item.nodes) {
      const list = byNode.get(node);
      if (!list) continue;
      const rest = list.filter((other) => other !== item);
      if (rest.length > 0) byNode.set(node, rest);
      else byNode.delete(node);
    }
  };

  return {
    all: () => all.values(),
    add(item) {
      all.add(item);
      for (const node of item.nodes) {
        const list = byNode.get(node);
        if (list) list.push(item);
        else byNode.set(node, [item]);
      }
      order = null;
    },
    removeStale(containers, removed = []) {
      const stale = new Set<PageFinding>();
      if (containers.some(holdsWholePage)) for (const item of all) stale.add(item);
      else {
        for (const container of containers) {
          forEachText(container, (node) => {
            for (const item of byNode.get(node) ?? []) {
              if (item.range.startContainer === node) stale.add(item);
            }
          });
        }
      }
      for (const root of removed) {
        forEachText(root, (node) => {
          if (node.isConnected) return;
          for (const item of byNode.get(node) ?? []) stale.add(item);
        });
      }
      for (const item of stale) unlink(item);
      if (stale.size > 0) order = null;
      return [...stale];
    },
    at(node) {
      return byNode.get(node) ?? [];
    },
    ordered() {
      if (!order) order = inDocumentOrder(all);
      return order;
    },
    get size() {
      return all.size;
    },
    clear() {
      all.clear();
      byNode.clear();
      order = null;
    },
  };
}

/** True for the document, its root element or its body: a scan of everything. */
function holdsWholePage(node: Node): boolean {
  const doc = node.ownerDocument;
  return doc === null || node === doc.documentElement || node === doc.body;
}

const SHOW_ELEMENT_OR_TEXT = 0x5;
const TEXT_NODE = 3;

/** Calls `visit` for every text node under `root` (itself included), inside open shadow roots too. */
function forEachText(root: Node, visit: (node: Text) => void): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_OR_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) visit(node as Text);
    else {
      const shadow = (node as Element).shadowRoot;
      if (shadow) forEachText(shadow, visit);
    }
  }
}

/** Where a text node sits: its tree (document or shadow root) and its number in that tree. */
interface Place {
  root: Node;
  n: number;
}

const SHOW_TEXT = 0x4;

/**
 * The findings in document order. Comparing two nodes' positions makes the browser walk sibling
 * lists, so sorting by pairwise comparison took 136 ms for 15,000 findings on a 1 MB page and a
 * minute on a 10 MB one. Instead one walk numbers the text nodes of each tree that holds a
 * finding, and findings sort by those numbers; only findings in different trees (the page and a
 * shadow root) are compared node against node.
 */
function inDocumentOrder(items: Iterable<PageFinding>): PageFinding[] {
  const list = [...items];
  const starts = new Set<Node>(list.map((item) => item.range.startContainer));
  const places = new Map<Node, Place>();
  for (const root of new Set([...starts].map((node) => node.getRootNode()))) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    let n = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (starts.has(node)) places.set(node, { root, n });
      n += 1;
    }
  }
  return list
    .map((item) => ({ item, place: places.get(item.range.startContainer) }))
    .sort((a, b) => compareFindings(a.item, a.place, b.item, b.place))
    .map(({ item }) => item);
}

function compareFindings(
  a: PageFinding,
  pa: Place | undefined,
  b: PageFinding,
  pb: Place | undefined,
): number {
  const ra = a.range;
  const rb = b.range;
  if (ra.startContainer === rb.startContainer) {
    return ra.startOffset - rb.startOffset || ra.endOffset - rb.endOffset;
  }
  if (pa && pb && pa.root === pb.root) return pa.n - pb.n;
  return compareNodes(ra.startContainer, rb.startContainer);
}

const FOLLOWING = 4;
const PRECEDING = 2;

/** Document order that sees through shadow roots: a shadow tree sorts at its host's place. */
export function compareNodes(a: Node, b: Node): number {
  const pathA = hostChain(a);
  const pathB = hostChain(b);
  // Lift both to the shallowest tree they share, then compare there.
  for (const x of pathA) {
    const y = pathB.find((candidate) => candidate.getRootNode() === x.getRootNode());
    if (y) {
      if (x === y) return pathA.length - pathB.length;
      const position = x.compareDocumentPosition(y);
      if (position & FOLLOWING) return -1;
      if (position & PRECEDING) return 1;
      return 0;
    }
  }
  return 0;
}

/** The node, then each shadow host above it, innermost first. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}
