import type { Finding } from '../engine/types.ts';
import { composedWithin } from './block-scope.ts';

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
  /** Removes the findings inside `container` and those whose text left the document. */
  removeStale(containers: readonly Node[]): PageFinding[];
  at(node: Node): readonly PageFinding[];
  ordered(): readonly PageFinding[];
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
    add(item) {
      all.add(item);
      for (const node of item.nodes) {
        const list = byNode.get(node);
        if (list) list.push(item);
        else byNode.set(node, [item]);
      }
      order = null;
    },
    removeStale(containers) {
      const removed: PageFinding[] = [];
      // A set, not a loop over containers: a feed appending 1,000 posts to a page with
      // thousands of findings must cost their sum, not their product.
      const inside = new Set<Node>(containers);
      for (const item of all) {
        const gone = item.nodes.some((node) => !node.isConnected);
        const start = item.nodes[0];
        if (gone || (start && inside.size > 0 && composedWithin(inside, start))) removed.push(item);
      }
      for (const item of removed) unlink(item);
      if (removed.length > 0) order = null;
      return removed;
    },
    at(node) {
      return byNode.get(node) ?? [];
    },
    ordered() {
      if (!order) order = [...all].sort(compareFindings);
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

function compareFindings(a: PageFinding, b: PageFinding): number {
  const ra = a.range;
  const rb = b.range;
  if (ra.startContainer === rb.startContainer) {
    return ra.startOffset - rb.startOffset || ra.endOffset - rb.endOffset;
  }
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
