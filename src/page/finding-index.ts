import type { Severity } from '../engine/types.ts';
import { inDocumentOrder } from './finding-order.ts';
import { nodesOf, type PageFinding } from './page-finding.ts';

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
  /** Every finding, in no particular order. */
  all(): Iterable<PageFinding>;
  /** How many findings have this severity; kept up to date, so asking costs nothing. */
  count(severity: Severity): number;
  readonly size: number;
  clear(): void;
}

export function createFindingIndex(): FindingIndex {
  // A node's one finding is stored as is, several as a list: most nodes have one.
  const byNode = new Map<Node, PageFinding | PageFinding[]>();
  let size = 0;
  const bySeverity = new Map<Severity, number>();
  const tally = (item: PageFinding, step: number) => {
    const severity = item.finding.severity;
    bySeverity.set(severity, (bySeverity.get(severity) ?? 0) + step);
  };
  let order: PageFinding[] | null = null;

  const at = (node: Node): readonly PageFinding[] => {
    const entry = byNode.get(node);
    return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  };
  const unlink = (item: PageFinding) => {
    size -= 1;
    tally(item, -1);
    for (const node of nodesOf(item)) {
      const rest = at(node).filter((other) => other !== item);
      if (rest.length === 0) byNode.delete(node);
      else byNode.set(node, rest.length === 1 ? (rest[0] as PageFinding) : rest);
    }
  };
  // Each finding once: under the node it starts in.
  function* all(): Generator<PageFinding, void, undefined> {
    for (const [node, entry] of byNode) {
      for (const item of Array.isArray(entry) ? entry : [entry]) {
        if (item.range.startContainer === node) yield item;
      }
    }
  }

  return {
    all,
    add(item) {
      size += 1;
      tally(item, 1);
      for (const node of nodesOf(item)) {
        const entry = byNode.get(node);
        if (entry === undefined) byNode.set(node, item);
        else if (Array.isArray(entry)) entry.push(item);
        else byNode.set(node, [entry, item]);
      }
      order = null;
    },
    removeStale(containers, removed = []) {
      const stale = new Set<PageFinding>();
      if (containers.some(holdsWholePage)) for (const item of all()) stale.add(item);
      else {
        for (const container of containers) {
          forEachText(container, (node) => {
            for (const item of at(node)) if (item.range.startContainer === node) stale.add(item);
          });
        }
      }
      for (const root of removed) {
        forEachText(root, (node) => {
          if (!node.isConnected) for (const item of at(node)) stale.add(item);
        });
      }
      for (const item of stale) unlink(item);
      if (stale.size > 0) order = null;
      return [...stale];
    },
    at,
    ordered() {
      if (!order) order = inDocumentOrder(all());
      return order;
    },
    count: (severity) => bySeverity.get(severity) ?? 0,
    get size() {
      return size;
    },
    clear() {
      byNode.clear();
      bySeverity.clear();
      size = 0;
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
