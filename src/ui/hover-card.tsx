import type { CitedNote } from '../evidence/types.ts';
import { NoteCard, noteTitleId } from './note-card.tsx';

/** Prefix of the ids inside the card; the host's shadow root keeps them from clashing with the page. */
const ID_PREFIX = 'ml-card-note';

/** The id of the card's label: the title of its first (most severe) note. */
export function hoverCardLabelId(notes: readonly CitedNote[]): string | undefined {
  const first = notes[0];
  return first ? noteTitleId(first, `${ID_PREFIX}-0`) : undefined;
}

export interface HoverCardProps {
  /** Most severe first; one note per distinct note id. */
  notes: readonly CitedNote[];
  onClose(): void;
  onTurnOffSite(): void;
  onOpenChecklist(): void;
}

/**
 * The card shown beside highlighted text: the notes for the findings there (several overlapping
 * findings share one card), then the actions. It is a non-modal dialog labelled by its first
 * note's title; all content comes from the evidence data, none from the page.
 */
export function HoverCard({ notes, onClose, onTurnOffSite, onOpenChecklist }: HoverCardProps) {
  return (
    <div class="ml-card__body">
      <div class="ml-card__bar">
        <p class="ml-card__brand">
          Milia Lens{notes.length > 1 ? ` · ${notes.length} notes on this text` : ''}
        </p>
        <button
          type="button"
          class="ml-card__close"
          aria-label="Close"
          title="Close (Escape)"
          onClick={onClose}
        >
          <svg viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3 3 13" stroke="currentColor" stroke-width="2" />
          </svg>
        </button>
      </div>
      {notes.map((note, i) => (
        <NoteCard
          key={note.id}
          note={note}
          headingLevel={2}
          idPrefix={`${ID_PREFIX}-${i}`}
          disclaimer={i === notes.length - 1}
        />
      ))}
      <div class="ml-card__actions">
        <button type="button" class="ml-card__action" onClick={onOpenChecklist}>
          Home-care checklist
        </button>
        <button type="button" class="ml-card__action" onClick={onTurnOffSite}>
          Turn off on this site
        </button>
      </div>
    </div>
  );
}
