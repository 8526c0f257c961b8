import { SEVERITIES, type Severity } from '../engine/types.ts';
import type { FindingIndex } from './finding-index.ts';
import { nodesOf, type PageFinding } from './page-finding.ts';

/**
 * What a card says for a set of findings, and which findings a user can reach. Kept apart from
 * the DOM so the ordering rules are unit-tested on their own.
 */

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/**
 * The notes for findings that share one card: one per note id, the most severe finding's note
 * first (ties keep page order).
 */
export function notesFor<N>(
  items: readonly PageFinding[],
  getNote: (id: string) => N | undefined,
): N[] {
  const sorted = [...items].sort((a, b) => rank(a.finding.severity) - rank(b.finding.severity));
  const seen = new Set<string>();
  const notes: N[] = [];
  for (const item of sorted) {
    const id = item.finding.noteId;
    if (seen.has(id)) continue;
    seen.add(id);
    const note = getNote(id);
    if (note) notes.push(note);
  }
  return notes;
}

/**
 * The findings shown on the page, in page order: those of the severities switched on. The
 * popup's list and the keyboard's next/previous both count in this list, so "Finding 2 of 5"
 * means the same thing in both.
 */
export function visibleFindings(
  index: FindingIndex,
  shown: Record<Severity, boolean>,
): PageFinding[] {
  return index.ordered().filter((item) => shown[item.finding.severity]);
}

/** Whether two findings' texts overlap. */
function overlaps(a: PageFinding, b: PageFinding): boolean {
  if (a === b) return true;
  const aNodes = new Set(nodesOf(a));
  const shared = nodesOf(b).filter((node) => aNodes.has(node));
  if (shared.length === 0) return false;
  // Sharing a text node is not enough: two findings can sit side by side in one node.
  const node = shared[0] as Text;
  const span = (item: PageFinding): [number, number] => [
    item.range.startContainer === node ? item.range.startOffset : 0,
    item.range.endContainer === node ? item.range.endOffset : node.data.length,
  ];
  const [as, ae] = span(a);
  const [bs, be] = span(b);
  return as < be && bs < ae;
}

/** `item` and the visible findings overlapping it: what its card shows. */
export function withOverlapping(
  index: FindingIndex,
  item: PageFinding,
  accept: (other: PageFinding) => boolean,
): PageFinding[] {
  const out = new Set<PageFinding>([item]);
  for (const node of nodesOf(item)) {
    for (const other of index.at(node)) if (accept(other) && overlaps(item, other)) out.add(other);
  }
  return [...out];
}

/** Whether the index still holds `item` (its text may have been removed or re-read since). */
export function isStillIndexed(index: FindingIndex, item: PageFinding): boolean {
  return index.at(item.range.startContainer).includes(item);
}
