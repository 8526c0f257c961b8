import type { Severity } from '../engine/types.ts';

/** What a finding is about; one shared object for all findings of a severity and note. */
export interface FindingKind {
  readonly severity: Severity;
  readonly noteId: string;
}

/**
 * One finding placed in the page. Kept small, as a big page has 150,000 of them: the kind is
 * shared, the text is read back from the range when asked for (`findingText`), and the list of
 * text nodes is there only for a finding that runs across several (`nodesOf`).
 */
export interface PageFinding {
  finding: FindingKind;
  range: StaticRange;
  /** Every text node the range touches, first to last, when it touches more than one. */
  nodes?: Text[];
}

const kinds = new Map<string, FindingKind>();

/** The shared kind for a severity and note. */
export function findingKind(severity: Severity, noteId: string): FindingKind {
  const key = `${severity} ${noteId}`;
  let kind = kinds.get(key);
  if (!kind) {
    kind = { severity, noteId };
    kinds.set(key, kind);
  }
  return kind;
}

/** The notes of every kind made so far: what this page's cards may need. */
export function knownNoteIds(): string[] {
  return [...new Set([...kinds.values()].map((kind) => kind.noteId))];
}

/** Every text node the finding touches, first to last. */
export function nodesOf(item: PageFinding): readonly Text[] {
  return item.nodes ?? [item.range.startContainer as Text];
}

/** The page text a finding covers (empty when the page changed under it). */
export function findingText(item: PageFinding): string {
  const start = item.range.startContainer;
  try {
    const range = (start.ownerDocument ?? document).createRange();
    range.setStart(start, item.range.startOffset);
    range.setEnd(item.range.endContainer, item.range.endOffset);
    return range.toString();
  } catch {
    return '';
  }
}
