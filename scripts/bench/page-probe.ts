/**
 * Runs inside a benchmark page (bundled by `probe-bundle.ts`, injected as a script). It times the
 * three contenders on the page's own DOM: A, the bare floor (a TreeWalker reading every text
 * node); B, Milia Lens's page session, the very code the content script creates (collect,
 * detect, paint, in its time-boxed slices), until its first scan has settled and is painted;
 * C, mark.js with the same vocabulary (run last: it rewrites the DOM).
 */
import { detect } from '../../src/engine/detect.ts';
import { ENGINE_MODULE } from '../../src/engine/engine-module.ts';
import { collectBlocks } from '../../src/page/collect-text.ts';
import {
  highlightCss,
  highlightsInherit,
  pageRulesScope,
} from '../../src/page/highlight-styles.ts';
import { createPageSession } from '../../src/page/page-session.ts';
import { defaultSettings } from '../../src/settings/schema.ts';

interface MarkInstance {
  mark(terms: string[], options: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

export interface ProbeTiming {
  ms: number;
  /** Text nodes read (A), findings made (B) or marks placed (C). */
  count: number;
}

function bare(): ProbeTiming {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  while (walker.nextNode()) {
    chars += (walker.currentNode as Text).data.length;
    nodes += 1;
  }
  const ms = performance.now() - start;
  // Use the sum, so the engine can't optimise the reads away.
  if (chars < 0) throw new Error('unreachable');
  return { ms, count: nodes };
}

/** Ranges in Milia Lens's registered highlights. */
function paintedRanges(): number {
  let ranges = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('milia-lens-')) ranges += highlight.size;
  });
  return ranges;
}

const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0));
const nextFrame = () => new Promise<void>((resume) => requestAnimationFrame(() => resume()));

/**
 * B: from creating the session until its first scan has settled and every finding it registers
 * is painted (all of them, or on a huge page those near the viewport; registered, and one frame
 * rendered, which is when the browser lays the highlights out).
 */
async function lens(): Promise<ProbeTiming> {
  const start = performance.now();
  let session: ReturnType<typeof createPageSession> | undefined;
  await new Promise<void>((settled) => {
    session = createPageSession(document, defaultSettings(), settled, async () => ENGINE_MODULE);
  });
  const count = session?.index.size ?? 0;
  const registered = session?.registered() ?? 0;
  if (registered > 0) {
    while (paintedRanges() < registered) await nextTask();
    await nextFrame();
    await nextTask();
  }
  const ms = performance.now() - start;
  session?.destroy();
  return { ms, count };
}

/**
 * The default look's rules, put in the page before anything is timed, as the manifest puts the
 * content script's CSS in every page from the start (`scripts/build/page-rules.ts`): a Chromium
 * build's rules, added once, and the restyle for them done before B begins.
 */
function pageRules(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss('underline', pageRulesScope('chrome')));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  if (document.documentElement.offsetHeight < 0) throw new Error('unreachable');
}

/**
 * What a highlight stylesheet added at run time would cost (the options page's 'background'
 * look still adopts one): restyling the page for it (root-only rules, for every element only
 * where they are not inherited), nothing registered, forced at once by reading a layout size.
 * Chromium's restyle for any new sheet grows with the square of the depth of nested
 * `display: contents` elements: on the 5,000 levels deep page it was most of B until the
 * default look's rules came with the manifest.
 */
function restyle(): ProbeTiming {
  const before = document.adoptedStyleSheets;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss('underline', 'root'));
  const start = performance.now();
  document.adoptedStyleSheets = [...before, sheet];
  if (!highlightsInherit(document)) sheet.replaceSync(highlightCss('underline'));
  const height = document.documentElement.offsetHeight;
  const ms = performance.now() - start;
  document.adoptedStyleSheets = before;
  if (height + document.documentElement.offsetHeight < 0) throw new Error('unreachable');
  return { ms, count: 0 };
}

function mark(terms: string[]): ProbeTiming {
  const Mark = (window as unknown as { Mark: MarkConstructor }).Mark;
  let count = 0;
  const start = performance.now();
  new Mark(document.body).mark(terms, {
    separateWordSearch: false,
    acrossElements: true,
    done: (marks: number) => {
      count = marks;
    },
  });
  return { ms: performance.now() - start, count };
}

/**
 * Where B's time goes: the collector alone (all blocks in one go, no slicing), then the engine
 * alone on the collected texts. What B takes beyond their sum is the session's own work: slicing
 * and yielding, locating findings, the index and the highlight registry.
 */
function stages(): { collectMs: number; detectMs: number; blocks: number } {
  let start = performance.now();
  const blocks = collectBlocks(document.body);
  const collectMs = performance.now() - start;
  start = performance.now();
  for (const block of blocks) detect(block.text);
  return { collectMs, detectMs: performance.now() - start, blocks: blocks.length };
}

/** Depth of the deepest element, to check that a generated page really has the shape it claims. */
function depth(): number {
  const depths = new Map<Node, number>([[document.body, 0]]);
  let max = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const d = (depths.get(node.parentNode as Node) ?? 0) + 1;
    depths.set(node, d);
    if (d > max) max = d;
  }
  return max;
}

(window as unknown as { __miliaBench: unknown }).__miliaBench = {
  bare,
  lens,
  mark,
  depth,
  stages,
  restyle,
  pageRules,
};
