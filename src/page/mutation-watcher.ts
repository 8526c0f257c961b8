import { blockContainerOf, outermost } from './block-scope.ts';
import { isInline } from './collect-text.ts';

/**
 * Watches the page for changes and reports, in batches, which block containers need reading
 * again. A burst of changes (a feed appending ten posts, a framework re-rendering a list) becomes
 * one report after the page settles for `delayMs`.
 */

export interface MutationWatcher {
  /** Also watch an open shadow root (the document observer does not see inside them). */
  observe(root: Node): void;
  destroy(): void;
}

export interface WatcherOptions {
  /**
   * Called with the outermost containers that changed, and the nodes taken out of the page
   * (findings in their text must go). The container list is empty when nodes were only
   * removed: nothing needs reading again.
   */
  onChange(containers: Node[], removed: Node[]): void;
  /** True for the extension's own nodes, whose comings and goings are not page changes. */
  isOwn(node: Node): boolean;
  delayMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export function createMutationWatcher(options: WatcherOptions): MutationWatcher {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as number));
  const pending: MutationRecord[] = [];
  let timer: unknown = null;

  const flush = () => {
    timer = null;
    const batch = pending.splice(0);
    const relevant = batch.filter((record) => !isOwnRecord(record, options.isOwn));
    if (relevant.length === 0) return;
    const removed = relevant.flatMap((record) => [...record.removedNodes]);
    options.onChange(dirtyContainers(relevant, options.isOwn), removed);
  };
  const observer = new MutationObserver((records) => {
    pending.push(...records);
    if (timer === null) timer = setTimer(flush, options.delayMs ?? 100);
  });
  return {
    observe(root) {
      observer.observe(root, OPTIONS);
    },
    destroy() {
      observer.disconnect();
      if (timer !== null) clearTimer(timer);
      timer = null;
      pending.length = 0;
    },
  };
}

type MutationLike = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>;

function isOwnRecord(record: MutationLike, isOwn: (node: Node) => boolean): boolean {
  if (isOwn(record.target)) return true;
  if (record.type !== 'childList') return false;
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.length > 0 && changed.every(isOwn);
}

/**
 * The containers a batch of mutation records touched, outermost only. Records about the
 * extension's own nodes are ignored, as are changes inside skipped regions (form fields,
 * editable areas, scripts). A block element added between blocks is read on its own, so a feed
 * appending posts does not make the whole page be read again; removing whole blocks adds nothing
 * to read, removing inline text re-reads the block it was in.
 */
export function dirtyContainers(
  records: Iterable<RemovalLike>,
  isOwn: (node: Node) => boolean,
): Node[] {
  const containers = new Set<Node>();
  const list = [...records];
  // Text edited in this batch: blank now, it may not have been when last read.
  const edited = new Set(list.filter((r) => r.type === 'characterData').map((r) => r.target));
  for (const record of list) {
    if (isOwnRecord(record, isOwn)) continue;
    const removal = record.type === 'childList' && record.addedNodes.length === 0;
    if (removal && joinsNothing(record, edited)) continue;
    if (!removal && record.type === 'childList' && [...record.addedNodes].every(standsAlone)) {
      for (const node of record.addedNodes) {
        const container = node.isConnected ? blockContainerOf(node) : null;
        if (container) containers.add(container);
      }
      continue;
    }
    const container = blockContainerOf(record.target);
    if (container) containers.add(container);
  }
  return outermost(containers);
}

/**
 * True for a removal that changes no other text: whole blocks or white space going from between
 * blocks. Removing inline text or an inline element joins what was on either side of it ("Never
 * <b>ever</b> squeeze" becomes another sentence), and so does removing a block that stood
 * between two runs of text, so then that block is read again. Without the record's siblings
 * (a hand-made record) it cannot tell, and reads again. Text emptied and removed in one batch
 * is not white space that went: its findings, filed under the block it sat in, go with a
 * re-read of that block (its own edit record, made while it was detached, names no block).
 */
function joinsNothing(record: RemovalLike, edited: ReadonlySet<Node>): boolean {
  const gone = [...record.removedNodes];
  if (!gone.every((n) => isBlockElement(n) || (isBlank(n) && !edited.has(n)))) return false;
  if (record.target.nodeType === 1 && isInline(record.target as Element)) return false;
  if (record.previousSibling === undefined || record.nextSibling === undefined) return false;
  return (
    isBoundary(record.previousSibling, 'previousSibling') &&
    isBoundary(record.nextSibling, 'nextSibling')
  );
}

type RemovalLike = MutationLike & Partial<Pick<MutationRecord, 'previousSibling' | 'nextSibling'>>;

/**
 * True for an added node that forms blocks of its own: a block element whose neighbours are
 * block elements or white space, so adding it did not join or split any text around it. Not
 * inside an inline element: there a block splits the line of text the inline sits in.
 */
function standsAlone(node: Node): boolean {
  if (!isBlockElement(node) && !isBlank(node)) return false;
  const parent = node.parentNode;
  if (parent?.nodeType === 1 && isInline(parent as Element)) return false;
  return (
    isBoundary(node.previousSibling, 'previousSibling') &&
    isBoundary(node.nextSibling, 'nextSibling')
  );
}

function isBoundary(node: Node | null, step: 'previousSibling' | 'nextSibling'): boolean {
  let current = node;
  while (current && isBlank(current)) current = current[step];
  return current === null || isBlockElement(current);
}

function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && !isInline(node as Element);
}

function isBlank(node: Node): boolean {
  return node.nodeType === 3 && (node as Text).data.trim() === '';
}
