import type { Severity } from '../engine/types.ts';
import type { NoteId } from './note-ids.ts';

/**
 * Keys of the evidence sheet's "Citing in the product: canonical URLs" table. Only these may be
 * linked from the product; sources the sheet read only as copies are deliberately not in the union,
 * so citing one fails the typecheck.
 */
export type SourceId =
  | 'S1'
  | 'S2'
  | 'S3'
  | 'S4'
  | 'S5'
  | 'S6'
  | 'S7'
  | 'S8'
  | 'S11'
  | 'S12'
  | 'S15'
  | 'S22'
  | 'S23'
  | 'S28'
  | 'S31'
  | 'S36'
  | 'S39'
  | 'S45'
  | 'S46';

export interface Source {
  id: SourceId;
  /** How the source is named to readers, as the sheet's table gives it. */
  citeAs: string;
  /** The publisher's own https page. */
  url: string;
}

export interface Note {
  id: NoteId;
  title: string;
  severity: Severity;
  /** One or two sentences. */
  summary: string;
  doInstead: string;
  seeClinicianIf?: string;
  /** At least one. */
  sources: SourceId[];
  /** ISO date (YYYY-MM-DD) the note was last checked against the evidence sheet. */
  lastReviewed: string;
}

/**
 * A note with its sources written out, as the background sends it to a page's card: the content
 * script then carries no source table of its own.
 */
export interface CitedNote extends Omit<Note, 'sources'> {
  sources: Source[];
}

export interface ChecklistItem {
  id: string;
  text: string;
  /** One line. */
  why: string;
  sources: SourceId[];
  noteId?: NoteId;
}

export interface RedFlag {
  id: string;
  audience: 'adult' | 'baby' | 'anyone';
  text: string;
  sources: SourceId[];
}
