import type { Severity } from '../engine/types.ts';
import type { NoteId } from '../evidence/note-ids.ts';

/**
 * The messages the extension's parts send each other. Every receiver validates what arrives with
 * the guards in ./guards.ts: a message that fails is ignored (and logged once), never acted on.
 */

export type SeverityCounts = Record<Severity, number>;

/** One finding as the popup lists it. Snippet is page text: render it as text, never as HTML. */
export interface FindingSummary {
  index: number;
  severity: Severity;
  noteId: NoteId;
  title: string;
  snippet: string;
}

/** What a tab's top-frame content script says about its page. */
export interface PageSummary {
  host: string;
  /** False when Milia Lens is off for this site or paused. */
  active: boolean;
  counts: SeverityCounts;
  findings: FindingSummary[];
}

/** Sent to a tab's content script (popup and background to content). */
export type ToContent =
  /** Reply: PageSummary. */
  | { type: 'describe' }
  /** Scroll to finding `index` (as in PageSummary.findings), open its card. Reply: { ok: boolean }. */
  | { type: 'reveal'; index: number }
  | { type: 'command'; command: 'next-finding' | 'previous-finding' };

/** Sent to the background (content script and pages to background). */
export type ToBackground =
  /** A frame's current counts, for the toolbar badge; `active` false greys the icon. */
  | { type: 'counts'; counts: SeverityCounts; active: boolean }
  /** The card's "Home-care checklist" action: open the checklist in a tab. */
  | { type: 'open-checklist' }
  /** The card's "Turn off on this site" action (content scripts only read the settings). */
  | { type: 'turn-off-site'; host: string }
  /** The evidence notes with these ids, for the card (kept out of the content script). Reply: CitedNote[]. */
  | { type: 'notes'; ids: string[] };
