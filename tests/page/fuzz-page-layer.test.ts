import fc from 'fast-check';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { detect } from '../../src/engine/detect.ts';
import { createFindingIndex } from '../../src/page/finding-index.ts';
import { createMutationWatcher } from '../../src/page/mutation-watcher.ts';
import { findingsOf, findingText, type PageFinding } from '../../src/page/page-finding.ts';
import { createScanner } from '../../src/page/scanner.ts';
import { standInStaticRange } from './support/findings.ts';

/**
 * The page layer against the engine, on generated pages: random nesting of blocks and inlines,
 * sentences cut across text nodes and elements at random, then random DOM mutations followed
 * through the real mutation watcher. The ranges the page layer keeps must be exactly the
 * findings the engine reports on the page's text, block by block, where the blocks are worked
 * out here independently of the collector (a block element starts and ends a block; inline
 * elements and text continue it).
 */
const BLOCKS = ['p', 'div', 'li', 'section', 'h2'];
const INLINES = ['span', 'b', 'em', 'a', 'mark'];
/** Pieces that join into findings only when they end up in the same block. */
const FRAGMENTS = [
  'Sterilise a sewing needle and gently prick the mil',
  'ium to lift it out. ',
  'If you must, use a sterilised needle on the milia under your eyes. ',
  'Those tiny white bumps are mi',
  'lia. ',
  'Never squeeze milia. ',
  'Scrub milia with a pumice stone every day. ',
  'milium',
  ' ',
  'The quick brown fox. ',
];

type Tree = { text: string } | { tag: string; children: Tree[] };

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
/** A fragment, sometimes cut in two so a word runs across text nodes. */
const texts = fc
  .tuple(fragment, fc.nat())
  .map(([t, at]): Tree[] =>
    t.length > 1 && at % 3 === 0
      ? [
          { text: t.slice(0, 1 + (at % (t.length - 1))) },
          { text: t.slice(1 + (at % (t.length - 1))) },
        ]
      : [{ text: t }],
  );
const { tree } = fc.letrec<{ tree: Tree[]; node: Tree[] }>((tie) => ({
  tree: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((parts) => parts.flat()),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    texts,
    fc
      .tuple(fc.constantFrom(...INLINES, ...BLOCKS), tie('tree'))
      .map(([tag, children]): Tree[] => [{ tag, children }]),
  ),
}));

function build(parent: Node, trees: Tree[]): void {
  for (const t of trees) {
    if ('text' in t) {
      parent.appendChild(document.createTextNode(t.text));
    } else {
      const el = document.createElement(t.tag);
      build(el, t.children);
      parent.appendChild(el);
    }
  }
}

/** The blocks' texts, worked out from the DOM without the collector. */
function blockTexts(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current) out.push(current);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += (node as Text).data;
      return;
    }
    const block = BLOCKS.includes((node as Element).localName);
    if (block) flush();
    for (const child of node.childNodes) visit(child);
    if (block) flush();
  };
  for (const child of root.childNodes) visit(child);
  flush();
  return out;
}

const expected = (root: Node) =>
  blockTexts(root)
    .flatMap((text) => detect(text).map((f) => `${f.severity}|${f.text}`))
    .sort();

const painted = (items: Set<PageFinding>) =>
  [...items].map((item) => `${item.finding.severity}|${findingText(item)}`).sort();

/** A random change to the page, made through the DOM API as a page script would. */
type Mutation = (root: HTMLElement, pick: number, text: string) => void;
const MUTATIONS: Mutation[] = [
  (root, pick) => {
    const nodes = textNodes(root).filter((n) => n.length > 1);
    const node = nodes[pick % Math.max(1, nodes.length)];
    node?.splitText(1 + (pick % (node.length - 1)));
  },
  (root, pick, text) => {
    const nodes = textNodes(root);
    const node = nodes[pick % Math.max(1, nodes.length)];
    if (node) node.data = text;
  },
  (root, pick, text) => {
    const els = [root, ...root.querySelectorAll('*')];
    const parent = els[pick % els.length]!;
    const el = document.createElement(pick % 2 ? 'p' : 'span');
    el.textContent = text;
    parent.insertBefore(el, parent.childNodes[pick % (parent.childNodes.length + 1)] ?? null);
  },
  (root, pick) => {
    const all = [...root.querySelectorAll('*'), ...textNodes(root)];
    all[pick % Math.max(1, all.length)]?.remove();
  },
  (root, pick) => {
    const nodes = textNodes(root);
    const node = nodes[pick % Math.max(1, nodes.length)];
    if (!node) return;
    const b = document.createElement('b');
    node.replaceWith(b);
    b.append(node);
  },
];

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The page layer as the content script wires it, minus painting: ranges in a set. */
function pageLayer(root: HTMLElement) {
  const live = new Set<PageFinding>();
  let busy = 0;
  const scanner = createScanner({
    index: createFindingIndex(),
    reader: () => detect,
    onAdded: (block) => findingsOf(block).forEach((item) => live.add(item)),
    onRemoved: (block) => findingsOf(block).forEach((item) => live.delete(item)),
    onShadowRoot: () => {},
    onSettled: () => {},
  });
  const track = (scan: Promise<void>) => {
    busy += 1;
    void scan.finally(() => (busy -= 1));
  };
  const watcher = createMutationWatcher({
    isOwn: () => false,
    delayMs: 0,
    onChange: (containers, removed) => track(scanner.rescan(containers, removed)),
  });
  watcher.observe(root);
  track(scanner.rescan([root]));
  return {
    live,
    /** Until the watcher has reported and every scan it started has finished. */
    async settled() {
      for (let quiet = 0; quiet < 3; quiet = busy === 0 ? quiet + 1 : 0) await idle();
    },
    destroy() {
      watcher.destroy();
      scanner.destroy();
    },
  };
}

beforeAll(standInStaticRange);

afterEach(() => document.body.replaceChildren());

test('on generated pages, and after random mutations, the ranges are the engine findings', async () => {
  await fc.assert(
    fc.asyncProperty(
      tree,
      fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(), fragment), { maxLength: 6 }),
      async (trees, mutations) => {
        const root = document.createElement('main');
        document.body.replaceChildren(root);
        build(root, trees);
        const layer = pageLayer(root);
        try {
          await layer.settled();
          expect(painted(layer.live)).toEqual(expected(root));
          for (const [which, pick, text] of mutations) MUTATIONS[which]!(root, pick, text);
          await layer.settled();
          expect(painted(layer.live)).toEqual(expected(root));
        } finally {
          layer.destroy();
        }
      },
    ),
    {
      numRuns: 250,
      // Found by this property: text emptied, then removed in the same batch, kept its finding.
      examples: [
        [
          [{ text: 'milium' }],
          [
            [1, 0, ' '],
            [3, 0, ''],
          ],
        ],
      ],
    },
  );
  // Hundreds of generated pages, each scanned twice through real timers: more than Vitest's
  // default five seconds on a busy machine.
}, 120_000);
