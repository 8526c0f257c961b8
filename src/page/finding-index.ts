import type { Severity } from '../engine/types.ts';
import { blockContainer, blockLayout, nodeIndex } from './block-layout.ts';
import { blocksInDocumentOrder } from './finding-order.ts';
import { findingsOf, type FoundBlock, kindsOf, type PageFinding } from './page-finding.ts';

/**
 * The page's findings, filed by block: each block that has findings is filed under its container
 * (the nearest ancestor of its text that is not an inline element, see `block-layout.ts`), and
 * holds its findings as offsets into its text (`FoundBlock`). A big page has 150,000 findings in
 * tens of thousands of blocks; filed this way they cost 12 bytes each and some 100 bytes a block,
 * where a map entry, a range, a record and a list of text nodes per finding cost 130 bytes a
 * finding.
 *
 * Hit-testing asks "which findings touch this text node": its container gives the few blocks to
 * look in, and the block's layout where the node's text lies. Document order (for next/previous
 * and the popup's list) is computed lazily and cached until the next change.
 */
export interface FindingIndex {
  /** Files a block's findings (a block without any is not filed). */
  add(block: FoundBlock): void;
  /**
   * Removes the findings of blocks that start inside `containers` (about to be read again) and
   * of blocks under the `removed` nodes whose text has left the document. Costs the size of
   * those parts of the page, not the number of findings. Text taken out of a block that stays
   * (an inline element removed) is left to the re-reading of that block's container, which the
   * mutation watcher asks for.
   */
  removeStale(containers: readonly Node[], removed?: readonly Node[]): FoundBlock[];
  /** The findings whose text touches this text node. */
  at(node: Node): readonly PageFinding[];
  /** Whether the finding is still filed (its text may have been removed or re-read since). */
  has(item: PageFinding): boolean;
  ordered(): readonly PageFinding[];
  /** Every finding, in no particular order. */
  all(): Iterable<PageFinding>;
  /** How many findings have this severity; kept up to date, so asking costs nothing. */
  count(severity: Severity): number;
  readonly size: number;
  clear(): void;
}

const TEXT_NODE = 3;

export function createFindingIndex(): FindingIndex {
  // A container's one block is stored as is, several as a list: most have one.
  const byContainer = new Map<Node, FoundBlock | FoundBlock[]>();
  let size = 0;
  const bySeverity = new Map<Severity, number>();
  const tally = (block: FoundBlock, step: number) => {
    for (const { severity } of kindsOf(block)) {
      bySeverity.set(severity, (bySeverity.get(severity) ?? 0) + step);
    }
  };
  let order: PageFinding[] | null = null;

  const blocksAt = (container: Node): readonly FoundBlock[] => {
    const entry = byContainer.get(container);
    return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  };
  function* blocks(): Generator<FoundBlock, void, undefined> {
    for (const entry of byContainer.values()) {
      if (Array.isArray(entry)) yield* entry;
      else yield entry;
    }
  }
  const file = (block: FoundBlock): boolean => {
    const container = blockContainer(block.first);
    if (!container) return false;
    const entry = byContainer.get(container);
    if (entry === undefined) byContainer.set(container, block);
    else if (Array.isArray(entry)) entry.push(block);
    else byContainer.set(container, [entry, block]);
    return true;
  };
  const unfile = (container: Node, gone: Set<FoundBlock>) => {
    const rest = blocksAt(container).filter((block) => !gone.has(block));
    if (rest.length === 0) byContainer.delete(container);
    else byContainer.set(container, rest.length === 1 ? (rest[0] as FoundBlock) : rest);
  };

  return {
    *all() {
      for (const block of blocks()) yield* findingsOf(block);
    },
    add(block) {
      if (block.spans.length === 0 || !file(block)) return;
      size += block.spans.length / 3;
      tally(block, 1);
      order = null;
    },
    removeStale(containers, removed = []) {
      const out: FoundBlock[] = [];
      const drop = (container: Node, gone: FoundBlock[]) => {
        if (gone.length === 0) return;
        unfile(container, new Set(gone));
        for (const block of gone) {
          tally(block, -1);
          size -= block.spans.length / 3;
          block.spans = [];
          out.push(block);
        }
      };
      if (containers.some(holdsWholePage)) {
        for (const container of [...byContainer.keys()]) drop(container, [...blocksAt(container)]);
      } else {
        for (const root of containers) {
          forEachContainer(root, (container) => drop(container, [...blocksAt(container)]));
        }
      }
      for (const root of removed) {
        forEachContainer(root, (container) => {
          drop(
            container,
            blocksAt(container).filter((block) => !block.first.isConnected),
          );
        });
      }
      if (out.length > 0) order = null;
      return out;
    },
    at(node) {
      if (node.nodeType !== TEXT_NODE) return [];
      const container = blockContainer(node);
      if (!container) return [];
      // Usually one block; several when block elements split the container's text, or a long
      // block was read in pieces.
      const out: PageFinding[] = [];
      for (const block of blocksAt(container)) {
        const layout = blockLayout(block.first);
        const i = layout ? nodeIndex(layout, node) : -1;
        if (!layout || i < 0) continue;
        const from = layout.starts[i] as number;
        const to = from + (node as Text).length;
        if (!touches(block.spans, from, to)) continue;
        for (const item of findingsOf(block))
          if (item.start < to && item.end > from) out.push(item);
      }
      return out;
    },
    has: (item) => item.block.spans.length > 0 && findingsOf(item.block).includes(item),
    ordered() {
      order ??= blocksInDocumentOrder([...blocks()]).flatMap((block) =>
        [...findingsOf(block)].sort((a, b) => a.start - b.start || a.end - b.end),
      );
      return order;
    },
    count: (severity) => bySeverity.get(severity) ?? 0,
    get size() {
      return size;
    },
    clear() {
      for (const block of blocks()) block.spans = [];
      byContainer.clear();
      bySeverity.clear();
      size = 0;
      order = null;
    },
  };
}

/** Whether any of the spans (`FoundBlock.spans`) overlaps [from, to). */
function touches(spans: readonly number[], from: number, to: number): boolean {
  for (let i = 0; i + 1 < spans.length; i += 3) {
    if ((spans[i] as number) < to && (spans[i + 1] as number) > from) return true;
  }
  return false;
}

/** True for the document, its root element or its body: a scan of everything. */
function holdsWholePage(node: Node): boolean {
  const doc = node.ownerDocument;
  return doc === null || node === doc.documentElement || node === doc.body;
}

const SHOW_ELEMENT = 0x1;

/**
 * Calls `visit` for `root` and every element under it, and for the open shadow roots among
 * them and what is under those: every node a block under `root` can be filed under.
 */
function forEachContainer(root: Node, visit: (node: Node) => void): void {
  if (root.nodeType === TEXT_NODE) return;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    visit(node);
    const shadow = (node as Element).shadowRoot;
    if (shadow) forEachContainer(shadow, visit);
  }
}
