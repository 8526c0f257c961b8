import { createPageDetector, type PageContext } from '../engine/detect.ts';
import { SEVERITIES } from '../engine/types.ts';
import type { SeverityCounts } from '../messaging/messages.ts';
import type { Settings } from '../settings/index.ts';
import { createFindingIndex, type FindingIndex } from './finding-index.ts';
import { createHighlighter } from './highlighter.ts';
import { createMutationWatcher } from './mutation-watcher.ts';
import { mayMentionMiliaSliced } from './milia-prefilter.ts';
import { createScanner } from './scanner.ts';

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
  destroy(): void;
}

export function createPageSession(
  doc: Document,
  settings: Settings,
  onFindingsChanged: () => void,
): PageSession {
  const index = createFindingIndex();
  const highlighter = createHighlighter(doc);
  let shown = settings.severities;
  highlighter.configure(shown, settings.highlightStyle);
  const isOwn = (node: Node) => node.nodeName === 'MILIA-LENS-UI';
  const watcher = createMutationWatcher({
    isOwn,
    onChange: (containers, removed) => void scanner.rescan(containers, removed),
  });
  const pageContext: PageContext = { aboutMilia: false };
  const scanner = createScanner({
    index,
    skip: async (container) => !pageContext.aboutMilia && !(await mayMentionMiliaSliced(container)),
    // Each pass reads in document order; what it learns about the page outlives the pass.
    reader: () => {
      const detector = createPageDetector(pageContext);
      return (text) => detector.scan(text);
    },
    onAdded: (item) => highlighter.add(item.finding.severity, item.range),
    onRemoved: (item) => highlighter.remove(item.finding.severity, item.range),
    onShadowRoot: (root) => {
      highlighter.styleShadowRoot(root);
      watcher.observe(root);
    },
    onSettled: () => {
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
    destroy() {
      scanner.destroy();
      watcher.destroy();
      highlighter.destroy();
      index.clear();
    },
  };
}
