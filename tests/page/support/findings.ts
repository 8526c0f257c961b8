import type { Severity } from '../../../src/engine/types.ts';
import type { FindingIndex } from '../../../src/page/finding-index.ts';
import {
  findingKind,
  findingsOf,
  type FoundBlock,
  foundBlock,
  type PageFinding,
} from '../../../src/page/page-finding.ts';

/** One finding by hand: [start, end) of the block's text, and what it is. */
export type Span = [start: number, end: number, severity?: Severity, noteId?: string];

/**
 * A block's findings made by hand, as the scanner makes them: a record for the block whose first
 * text node is `first`, not yet in any index (`index.add` files it).
 */
export function blockWith(first: Text, ...spans: Span[]): FoundBlock {
  return foundBlock(
    first,
    spans.flatMap(([start, end, severity = 'warning', noteId = 'needle-at-home']) => [
      start,
      end,
      findingKind(severity, noteId).id,
    ]),
  );
}

/** A block with these findings, filed in `index`; its findings as objects, in the order given. */
export function addFindings(
  index: FindingIndex,
  first: Text,
  ...spans: Span[]
): readonly PageFinding[] {
  const block = blockWith(first, ...spans);
  index.add(block);
  return findingsOf(block);
}

/**
 * happy-dom has no StaticRange. The page layer only keeps its four fields (to build a Range
 * for painting), so a record of them stands in; Chromium's own is used in the e2e tests.
 */
export function standInStaticRange(): void {
  const g = globalThis as { StaticRange?: unknown };
  g.StaticRange ??= class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
    }
  };
}
