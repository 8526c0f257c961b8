import { mentionsMilia } from '../engine/detect.ts';

/** Enough of the text before a node to catch a word split across nodes ("mi<b>li</b>a"). */
const TAIL = 12;
/** Longer text nodes are not tested here, so no single test can hold up the page. */
const LONG_NODE = 100_000;

/**
 * Whether `container` may hold a mention of milia, from one bare walk over its text nodes: no
 * blocks built, no strings joined. Until a page names milia the engine finds nothing in it, so a
 * page that never does (most of the web) costs about one walk. An open shadow root is read in full
 * by the collector, so one here answers "maybe" rather than being walked twice.
 */
export function mayMentionMilia(container: Node): boolean {
  const doc = container.ownerDocument ?? (container as Document);
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let tail = '';
  for (let node: Node | null = container; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      // A huge node is left to the full read, which works through it in time-boxed slices.
      if (data.length > LONG_NODE) return true;
      if (mentionsMilia(data) || mentionsMilia(tail + data.slice(0, TAIL))) return true;
      tail = data.length >= TAIL ? data.slice(-TAIL) : (tail + data).slice(-TAIL);
    } else if ((node as Element).shadowRoot) {
      return true;
    }
  }
  return false;
}
