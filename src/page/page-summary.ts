import { SEVERITIES } from '../engine/types.ts';
import type { FindingSummary, PageSummary, SeverityCounts } from '../messaging/messages.ts';
import type { Lens } from './lens.ts';
import { findingText } from './page-finding.ts';

/** Counts of zero for every severity: a page where Milia Lens is off or found nothing. */
export function zeroCounts(): SeverityCounts {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
}

/** Longest page snippet the popup gets per finding; the popup renders it as text only. */
const SNIPPET = 120;

/**
 * What the popup shows about the page: the counts and the visible findings in page order. Their
 * positions are the indices `reveal` takes, so a choice in the popup opens the right card.
 */
export async function summarizePage(
  host: string,
  active: boolean,
  lens: Lens | null,
): Promise<PageSummary> {
  const visible = lens?.visible() ?? [];
  await lens?.notes.load(visible.map((item) => item.finding.noteId));
  return {
    host,
    active,
    counts: lens?.session.counts() ?? zeroCounts(),
    findings: visible.map((item, index) => ({
      index,
      severity: item.finding.severity,
      noteId: item.finding.noteId as FindingSummary['noteId'],
      title: lens?.notes.get(item.finding.noteId)?.title ?? item.finding.noteId,
      snippet: findingText(item).slice(0, SNIPPET),
    })),
  };
}
