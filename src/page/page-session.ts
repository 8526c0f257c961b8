import type { PageContext } from '../engine/detect.ts';
import type { EngineModule } from '../engine/engine-module.ts';
import { SEVERITIES } from '../engine/types.ts';
import { logOnce } from '../messaging/log-once.ts';
import type { SeverityCounts } from '../messaging/messages.ts';
import type { Settings } from '../settings/index.ts';
import { createFindingIndex, type FindingIndex } from './finding-index.ts';
import { createHighlighter } from './highlighter.ts';
import { yieldToEventLoop } from './chunked-scan.ts';
import { createMutationWatcher } from './mutation-watcher.ts';
import { mayMentionMiliaSliced } from './milia-prefilter.ts';
import { createPaintWindow } from './paint-window.ts';
import type { PageFinding } from './page-finding.ts';
import { createScanner } from './scanner.ts';
import { bandAround, findingsInBand } from './view-band.ts';
import { measureIn, viewAnchors } from './view-probe.ts';

/**
 * Everything Milia Lens runs in a page while it is on for the site: reading, painting and
 * following changes. `destroy` takes it all back out of the page.
 */
export interface PageSession {
  readonly index: FindingIndex;
  configure(settings: Settings): void;
  counts(): SeverityCounts;
  /** Re-reads the whole page, e.g. after a single-page app changed route. */
  rescanAll(): Promise<void>;
  /** The keyboard or popup brought `item` into view: make sure it is painted now. */
  reveal(item: PageFinding): void;
  /**
   * How many findings are registered as highlights: all of them, except on a page with more
   * than `WINDOW_THRESHOLD`, where only those near the viewport are.
   */
  registered(): number;
  destroy(): void;
}

/**
 * Viewport heights above and below the viewport whose findings are painted on a huge page: the
 * window moves when the page has scrolled two of them (see `movedFar`).
 */
const VIEW_MARGIN = 3;

/**
 * Gives the detection engine. The content script's loader imports the engine bundle
 * (src/page/load-engine.ts); the tests and the benchmark's probe return the engine module itself.
 */
export type LoadEngine = () => Promise<EngineModule>;

/**
 * `loadEngine` is called when the session first has text that may name milia, once: until a page
 * names milia the engine finds nothing in it, so a page that never does never loads it.
 */
export function createPageSession(
  doc: Document,
  settings: Settings,
  onFindingsChanged: () => void,
  loadEngine: LoadEngine,
): PageSession {
  const index = createFindingIndex();
  const highlighter = createHighlighter(doc);
  let shown = settings.severities;
  highlighter.configure(shown, settings.highlightStyle);
  const win = doc.defaultView ?? window;
  const paintWindow = createPaintWindow({
    index,
    highlighter,
    near: () => {
      const band = bandAround(win.innerHeight, VIEW_MARGIN);
      const anchors = viewAnchors(doc, band);
      return findingsInBand({
        root: doc.documentElement,
        anchors,
        index,
        band,
        measure: measureIn(doc),
      });
    },
    view: () => ({ y: win.scrollY, height: win.innerHeight }),
    margin: VIEW_MARGIN,
    follow(changed) {
      const stop = new AbortController();
      const listen = { passive: true, capture: true, signal: stop.signal };
      const pageScroll = (event: Event) =>
        event.target === doc || event.target === doc.documentElement;
      doc.addEventListener('scroll', (event) => changed(pageScroll(event)), listen);
      win.addEventListener('resize', () => changed(false), listen);
      return () => stop.abort();
    },
  });
  const isOwn = (node: Node) => node.nodeName === 'MILIA-LENS-UI';
  const watcher = createMutationWatcher({
    isOwn,
    onChange: (containers, removed) => void scanner.rescan(containers, removed),
  });
  const pageContext: PageContext = { aboutMilia: false };
  // One load for the session; a failure is told once and leaves the page as it is.
  let engine: Promise<EngineModule | null> | undefined;
  const loadOnce = () =>
    (engine ??= loadEngine()
      .then(async (loaded) => {
        // Each of the engine's big expressions compiles in a task of its own, not all in the
        // first scan's slice (src/engine/warm-up.ts).
        for (const warmUp of loaded.warmUps) {
          await yieldToEventLoop();
          warmUp();
        }
        await yieldToEventLoop();
        return loaded;
      })
      .catch((error: unknown) => {
        logOnce('could not load the detection engine', error);
        return null;
      }));
  const scanner = createScanner({
    index,
    skip: async (container) => !pageContext.aboutMilia && !(await mayMentionMiliaSliced(container)),
    // Each pass reads in document order; what it learns about the page outlives the pass.
    reader: async () => {
      const loaded = await loadOnce();
      if (!loaded) return null;
      const detector = loaded.createPageDetector(pageContext);
      return (text) => detector.scan(text);
    },
    onAdded: (block) => paintWindow.add(block),
    onRemoved: (block) => paintWindow.remove(block),
    onShadowRoot: (root) => {
      highlighter.styleShadowRoot(root);
      watcher.observe(root);
    },
    onSettled: () => {
      paintWindow.settle();
      highlighter.settle();
      onFindingsChanged();
    },
  });
  const pageRoot = () => doc.body ?? doc.documentElement;
  watcher.observe(doc);
  void scanner.rescan([pageRoot()]);

  return {
    index,
    configure(next) {
      shown = next.severities;
      highlighter.configure(shown, next.highlightStyle);
      onFindingsChanged();
    },
    counts() {
      const entries = SEVERITIES.map((s) => [s, shown[s] ? index.count(s) : 0]);
      return Object.fromEntries(entries) as SeverityCounts;
    },
    rescanAll: () => scanner.rescan([pageRoot()]),
    reveal: (item) => paintWindow.reveal(item),
    registered: () => paintWindow.registered,
    destroy() {
      scanner.destroy();
      watcher.destroy();
      paintWindow.destroy();
      highlighter.destroy();
      index.clear();
    },
  };
}
