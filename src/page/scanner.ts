import type { Finding } from '../engine/types.ts';
import { logOnce } from '../messaging/log-once.ts';
import { runChunked, sliceNow } from './chunked-scan.ts';
import { iterateBlocks } from './collect-text.ts';
import type { FindingIndex } from './finding-index.ts';
import { type BlockPiece, blockPieces } from './long-blocks.ts';
import { findingKind, type FoundBlock, foundBlock } from './page-finding.ts';

/**
 * Reads parts of the page, runs the engine on each block and keeps the finding index and the
 * painted highlights in step. Scans run one after another, each in time-boxed slices.
 */
export interface Scanner {
  /**
   * Drops findings under `containers` and in the text of `removed` nodes that left the page,
   * then reads the containers again.
   */
  rescan(containers: readonly Node[], removed?: readonly Node[]): Promise<void>;
  destroy(): void;
}

export interface ScannerOptions {
  index: FindingIndex;
  /** A container the pass may skip unread (it cannot hold a finding yet). */
  skip?: (container: Node) => boolean | Promise<boolean>;
  /**
   * A reader for one pass over the page, asked for when the pass first has a container to read
   * (none when every container is skipped). It may have to load the engine first; null when it
   * could not: the pass then reads nothing.
   */
  reader: () => Reader | null | Promise<Reader | null>;
  /** A block's findings were indexed. */
  onAdded(block: FoundBlock): void;
  /** A block's findings left the index. */
  onRemoved(block: FoundBlock): void;
  /** First time text from a shadow root is read: style it and watch it for changes. */
  onShadowRoot(root: ShadowRoot): void;
  /** After each scan, when findings may have changed. */
  onSettled(): void;
}

type Reader = (text: string) => Finding[];

export function createScanner(options: ScannerOptions): Scanner {
  const controller = new AbortController();
  const seenRoots = new WeakSet<ShadowRoot>();
  let queue: Promise<void> = Promise.resolve();

  let detect: Reader = () => [];
  const readBlock = ({ block, from, to }: BlockPiece) => {
    const first = block.nodes[0];
    if (!first?.isConnected) return;
    const root = first.getRootNode();
    if (root instanceof ShadowRoot && !seenRoots.has(root)) {
      seenRoots.add(root);
      options.onShadowRoot(root);
    }
    const text = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    // Only what the page layer needs is kept: the engine's findings (and the block text their
    // texts are slices of) can then be collected.
    const spans: number[] = [];
    for (const found of readSafely(detect, text)) {
      const start = found.start + from;
      const end = found.end + from;
      if (start < 0 || end > block.text.length || start >= end) continue;
      spans.push(start, end, findingKind(found.severity, found.noteId).id);
    }
    if (spans.length === 0) return;
    // A copy has no spare room; the array pushed to can have up to half as much again.
    const found = foundBlock(first, spans.slice());
    options.index.add(found);
    options.onAdded(found);
  };

  const scan = async (containers: readonly Node[], removed: readonly Node[]) => {
    if (controller.signal.aborted) return;
    for (const block of options.index.removeStale(containers, removed)) options.onRemoved(block);
    let ready = false;
    const slice = { start: sliceNow() };
    for (const container of containers) {
      if (!container.isConnected || (await options.skip?.(container))) continue;
      if (!ready) {
        const reader = await options.reader();
        if (!reader || controller.signal.aborted) return;
        detect = reader;
        ready = true;
      }
      const done = await runChunked(blockPieces(iterateBlocks(container)), readBlock, {
        signal: controller.signal,
        slice,
      });
      if (!done) return;
    }
    options.onSettled();
  };

  return {
    rescan(containers, removed = []) {
      queue = queue
        .then(() => scan(containers, removed))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) console.error('Milia Lens: scan failed', error);
        });
      return queue;
    },
    destroy() {
      controller.abort();
    },
  };
}

/**
 * One block the engine cannot read is skipped, with one warning: an exception would end the
 * pass, leaving the rest of the page unread and the badge and popup never told it settled.
 */
function readSafely(detect: Reader, text: string): Finding[] {
  try {
    return detect(text);
  } catch (error) {
    logOnce('the detection engine could not read a block of the page; it is skipped', error);
    return [];
  }
}
