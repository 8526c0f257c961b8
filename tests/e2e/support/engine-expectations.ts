import { detect } from '../../../src/engine/detect.ts';
import { SEVERITIES, type Severity } from '../../../src/engine/types.ts';
import { getNote } from '../../../src/evidence/notes.ts';
import { adviceBlocks, type HighlightSpan } from './page-probes.ts';

/**
 * Expectations computed in Node from the engine and the evidence data, so tests keep holding
 * while the engine's rules grow.
 */

const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** The most severe severity the engine gives any finding in `text`. */
export function mostSevere(text: string): Severity {
  const findings = detect(text);
  const first = [...findings].sort((a, b) => rank(a.severity) - rank(b.severity))[0];
  if (!first) throw new Error(`the engine finds nothing in: ${text}`);
  return first.severity;
}

/** Titles of the notes of findings of `severity` in `text`: one of them labels its card. */
export function titlesAt(text: string, severity: Severity): string[] {
  return detect(text)
    .filter((f) => f.severity === severity)
    .map((f) => getNote(f.noteId)?.title ?? f.noteId);
}

/**
 * Titles of the notes of every finding in `text` that covers offset `at`, most severe first, each
 * once: what the card over that character shows.
 */
export function titlesCovering(text: string, at: number): string[] {
  const titles = detect(text)
    .filter((f) => f.start <= at && at < f.end)
    .sort((a, b) => rank(a.severity) - rank(b.severity))
    .map((f) => getNote(f.noteId)?.title ?? f.noteId);
  return [...new Set(titles)];
}

/** Note titles of `texts`' findings in page order (blocks in the order given). */
export function titlesInOrder(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    detect(text)
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((f) => getNote(f.noteId)?.title ?? f.noteId),
  );
}

/** What the engine, run here on each `.advice` block's text, says the frame should highlight. */
export async function expectedSpans(
  target: Parameters<typeof adviceBlocks>[0],
): Promise<HighlightSpan[]> {
  return (await adviceBlocks(target)).flatMap(({ id, text }) =>
    detect(text).map((f) => ({
      severity: f.severity,
      block: id,
      start: f.start,
      end: f.end,
      text: f.text,
    })),
  );
}

/** Spans as sorted one-line keys, so two lists compare (and print) readably. */
export function spanKeys(spans: readonly HighlightSpan[]): string[] {
  return spans
    .map((s) => `${s.block} ${s.start}-${s.end} ${s.severity} ${s.text}`)
    .sort((a, b) => a.localeCompare(b));
}
