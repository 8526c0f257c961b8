import type { FoundBlock } from './page-finding.ts';

/** Where a text node sits: its tree (document or shadow root) and its number in that tree. */
interface Place {
  root: Node;
  n: number;
}

const SHOW_TEXT = 0x4;

/**
 * Blocks in document order, by their first text nodes. Comparing two nodes' positions makes the
 * browser walk sibling lists, so sorting by pairwise comparison took 136 ms for 15,000 findings
 * on a 1 MB page and a minute on a 10 MB one. Instead one walk numbers the text nodes of each
 * tree that holds a block, and blocks sort by those numbers; only blocks in different trees (the
 * page and a shadow root) are compared node against node.
 */
export function blocksInDocumentOrder(blocks: readonly FoundBlock[]): FoundBlock[] {
  const starts = new Set<Node>(blocks.map((block) => block.first));
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
  return blocks
    .map((block) => ({ block, place: places.get(block.first) }))
    .sort((a, b) => compareBlocks(a.block, a.place, b.block, b.place))
    .map(({ block }) => block);
}

function compareBlocks(
  a: FoundBlock,
  pa: Place | undefined,
  b: FoundBlock,
  pb: Place | undefined,
): number {
  // Pieces of one long block: by where they start.
  if (a.first === b.first) return (a.spans[0] ?? 0) - (b.spans[0] ?? 0);
  if (pa && pb && pa.root === pb.root) return pa.n - pb.n;
  return compareNodes(a.first, b.first);
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
