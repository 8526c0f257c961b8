import type { NoteId } from './note-ids.ts';
import { ABOUT_NOTES } from './notes/about.ts';
import { EXTRACTION_NOTES } from './notes/extraction.ts';
import { GENERIC_NOTES } from './notes/generic.ts';
import { GENERIC_AUDIENCE_NOTES } from './notes/generic-audience.ts';
import { MYTH_NOTES } from './notes/myths.ts';
import { PROFESSIONAL_NOTES } from './notes/professional.ts';
import { REMEDY_NOTES } from './notes/remedies.ts';
import type { Note } from './types.ts';

/**
 * Every note the product can show. Typed as a full `Record<NoteId, Note>` so that adding an id to
 * note-ids.ts without writing its note fails the typecheck.
 */
export const NOTES: Record<NoteId, Note> = {
  ...GENERIC_NOTES,
  ...GENERIC_AUDIENCE_NOTES,
  ...EXTRACTION_NOTES,
  ...REMEDY_NOTES,
  ...ABOUT_NOTES,
  ...PROFESSIONAL_NOTES,
  ...MYTH_NOTES,
};

/** Looks a note up by an id that came from outside the type system (a message, a finding). */
export function getNote(id: string): Note | undefined {
  return Object.hasOwn(NOTES, id) ? NOTES[id as NoteId] : undefined;
}
