import { SEVERITIES, type Severity } from '../engine/types.ts';
import type { FindingIndex } from './finding-index.ts';
import { findingsOf, type PageFinding } from './page-finding.ts';

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

/** `item` and the visible findings overlapping it: what its card shows. */
export function withOverlapping(
  item: PageFinding,
  accept: (other: PageFinding) => boolean,
): PageFinding[] {
  const out = new Set<PageFinding>([item]);
  for (const other of findingsOf(item.block)) {
    if (accept(other) && other.start < item.end && item.start < other.end) out.add(other);
  }
  return [...out];
}
