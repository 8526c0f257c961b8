import type { Severity } from '../engine/types.ts';
import { blockLayout } from './block-layout.ts';
import { locateIn } from './collect-text.ts';

/** What a finding is about; one shared object for all findings of a severity and note. */
export interface FindingKind {
  readonly severity: Severity;
  readonly noteId: string;
  /** Its number among the kinds made so far: what a block's spans store. */
  readonly id: number;
}

/**
 * Findings of one block of page text, from one read of it (a long block is read in pieces, each
 * with a record of its own; they share the first node). Kept compact, as a big page has 150,000
 * findings in tens of thousands of blocks: the block's first text node (the nodes after it, up to
 * where the block ends, are found again when a finding is placed, `block-layout.ts`) and three
 * small integers per finding. The finding objects are made only when something asks for them
 * (`findingsOf`): the highlights near the view, a hover, the popup's list.
 */
export interface FoundBlock {
  readonly first: Text;
  /**
   * `[start, end, kind id]` for each finding, flat, in the order read: start and end are UTF-16
   * offsets into the block's text. Emptied when the block leaves the index.
   */
  spans: number[];
  /** The findings as objects, once asked for; the same objects every time after that. */
  items: PageFinding[] | null;
}

/** One finding placed in the page, as handed to the rest of the page layer. */
export interface PageFinding {
  readonly finding: FindingKind;
  readonly block: FoundBlock;
  /** UTF-16 offsets of the finding's [start, end) in the block's text. */
  readonly start: number;
  readonly end: number;
}

/** Where a finding's text lies in the DOM now: what a StaticRange or Range is made from. */
export interface Place {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

const kinds = new Map<string, FindingKind>();
const kindsById: FindingKind[] = [];

/** The shared kind for a severity and note. */
export function findingKind(severity: Severity, noteId: string): FindingKind {
  const key = `${severity} ${noteId}`;
  let kind = kinds.get(key);
  if (!kind) {
    kind = { severity, noteId, id: kindsById.length };
    kinds.set(key, kind);
    kindsById.push(kind);
  }
  return kind;
}

/** The notes of every kind made so far: what this page's cards may need. */
export function knownNoteIds(): string[] {
  return [...new Set([...kinds.values()].map((kind) => kind.noteId))];
}

/** A record for findings in the block that starts at `first`; `spans` as `FoundBlock` says. */
export function foundBlock(first: Text, spans: number[]): FoundBlock {
  return { first, spans, items: null };
}

/** The kind of each finding of a block, in order, without making finding objects. */
export function* kindsOf(block: FoundBlock): Generator<FindingKind, void, undefined> {
  for (let i = 2; i < block.spans.length; i += 3)
    yield kindsById[block.spans[i] as number] as FindingKind;
}

/** The block's findings as objects (made on the first call, the same ones after). */
export function findingsOf(block: FoundBlock): readonly PageFinding[] {
  if (!block.items) {
    const { spans } = block;
    const items: PageFinding[] = [];
    for (let i = 0; i + 2 < spans.length; i += 3) {
      const finding = kindsById[spans[i + 2] as number] as FindingKind;
      items.push({ finding, block, start: spans[i] as number, end: spans[i + 1] as number });
    }
    block.items = items;
  }
  return block.items;
}

/** Where the finding's text is now; null when the page changed under it. */
export function placeOf(item: PageFinding): Place | null {
  const layout = blockLayout(item.block.first);
  return layout && locateIn(layout, layout.length, item.start, item.end);
}

/** A StaticRange over the finding (for a registered highlight); null when it can't be placed. */
export function staticRangeOf(item: PageFinding): StaticRange | null {
  const place = placeOf(item);
  return place && new StaticRange(place);
}

/** A live Range over the finding; null when its nodes have changed under it. */
export function liveRange(doc: Document, item: PageFinding): Range | null {
  const place = placeOf(item);
  if (!place) return null;
  try {
    const range = doc.createRange();
    range.setStart(place.startContainer, place.startOffset);
    range.setEnd(place.endContainer, place.endOffset);
    return range;
  } catch {
    return null;
  }
}

/** The page text a finding covers (empty when the page changed under it). */
export function findingText(item: PageFinding): string {
  const first = item.block.first;
  return liveRange(first.ownerDocument ?? document, item)?.toString() ?? '';
}
