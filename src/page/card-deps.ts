import type { CardModule } from '../ui/card-module.ts';
import type { FindingIndex } from './finding-index.ts';
import { findingsAtPoint } from './hit-test.ts';
import { loadCard } from './load-card.ts';
import { liveRange, type PageFinding } from './page-finding.ts';
import { type Box, unionBox } from './placement.ts';

/**
 * What the card controller takes from outside itself: the page's layout, the card bundle and
 * time. The page gets the real ones (`pageCardDeps`). The unit tests pass their own
 * (tests/page/card-controller.test.ts): happy-dom lays nothing out, and when the bundle, the
 * notes and a resting pointer arrive relative to each other is the very thing they test.
 */
export interface CardDeps {
  /** The findings `accept` lets through whose text is under the point (viewport coordinates). */
  findingsAt(x: number, y: number, accept: (item: PageFinding) => boolean): PageFinding[];
  /** The smallest box around the findings' text, in viewport coordinates; null if none is drawn. */
  boxOf(items: readonly PageFinding[]): Box | null;
  /** The card layer and its styles (load-card.ts). */
  loadCard(): Promise<CardModule>;
  /** The hover delay's and grace period's timers; hover-intent.ts uses setTimeout without them. */
  setTimer?(run: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
  /** Hit-testing waits for the next frame, so a fast pointer is tested once a frame at most. */
  requestFrame(run: () => void): number;
  cancelFrame(frame: number): void;
}

/** The real layout, card bundle and clock of the page `doc`, whose findings are in `index`. */
export function pageCardDeps(doc: Document, index: FindingIndex): CardDeps {
  const win = doc.defaultView ?? window;
  return {
    findingsAt: (x, y, accept) => findingsAtPoint(doc, index, x, y, accept),
    boxOf: (items) =>
      unionBox(items.flatMap((item) => [...(liveRange(doc, item)?.getClientRects() ?? [])])),
    loadCard,
    requestFrame: (run) => win.requestAnimationFrame(run),
    cancelFrame: (frame) => win.cancelAnimationFrame(frame),
  };
}
