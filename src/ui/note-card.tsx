import type { ComponentChildren, JSX } from 'preact';
import type { Severity } from '../engine/types.ts';
import { DISCLAIMER } from '../evidence/disclaimer.ts';
import type { CitedNote, Source } from '../evidence/types.ts';

/**
 * Severity in words: the card never relies on colour alone, so every severity has a label that is
 * read out and shown next to a distinct icon shape.
 */
export const SEVERITY_LABELS: Record<Severity, string> = {
  danger: 'High risk',
  warning: 'Risky advice',
  caution: 'Be careful',
  info: 'Good to know',
  agrees: 'In line with the evidence',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "24 November 2026": spelled-out month, so US and UK readers read the same date. */
function formatReviewed(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  return monthName && day && year ? `${day} ${monthName} ${year}` : iso;
}

/** One outline shape per severity, so severities differ in form as well as colour. */
const ICON_PATHS: Record<Severity, string> = {
  danger: 'M7 2h10l5 5v10l-5 5H7l-5-5V7z M11 6h2v8h-2z M11 16h2v2h-2z',
  warning: 'M12 2 23 21H1z M11 9h2v6h-2z M11 16.5h2v2h-2z',
  caution: 'M12 1 23 12 12 23 1 12z M11 7h2v7h-2z M11 15.5h2v2h-2z',
  info: 'M12 2a10 10 0 1 0 0.01 0z M11 10h2v8h-2z M11 6h2v2h-2z',
  agrees: 'M12 2a10 10 0 1 0 0.01 0z M10.5 16.5 6 12l1.5-1.5 3 3 6-6L18 9z',
};

function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg
      class="ml-note__icon"
      viewBox="0 0 24 24"
      width="1.25em"
      height="1.25em"
      aria-hidden="true"
      focusable="false"
    >
      <path d={ICON_PATHS[severity]} fill-rule="evenodd" />
    </svg>
  );
}

/** Links to the note's sources, by the names the evidence sheet gives them. Reused by the popup. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <div class="ml-sources">
      <p class="ml-note__label">Sources</p>
      <ul class="ml-sources__list">
        {sources.map((source) => {
          return (
            <li key={source.id}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.citeAs}
                <span class="ml-visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The sheet requires every view of a note to say it is information, not medical advice. */
export function Disclaimer() {
  return <p class="ml-disclaimer">{DISCLAIMER}</p>;
}

export interface NoteCardProps {
  note: CitedNote;
  /** Level of the title heading, to fit the outline of the page or popup that hosts the card. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Prefix for the title's id, so a host can point aria-labelledby at it. */
  idPrefix?: string;
  /** Extra content from the host (e.g. a close button), shown after the note. */
  children?: ComponentChildren;
  /**
   * Whether this card ends with the disclaimer (default yes). A view stacking several notes shows
   * it once, after the last.
   */
  disclaimer?: boolean;
}

/** The id of a card's title, for a host that labels its dialog or tooltip with it. */
export function noteTitleId(note: CitedNote, idPrefix?: string): string {
  return `${idPrefix ?? `ml-note-${note.id.replace(/[^a-z0-9-]/giu, '-')}`}-title`;
}

/**
 * A note from the evidence data, and nothing else: no page text reaches this component, and all
 * text is rendered as text nodes.
 */
export function NoteCard({
  note,
  headingLevel = 2,
  idPrefix,
  children,
  disclaimer = true,
}: NoteCardProps) {
  const titleId = noteTitleId(note, idPrefix);
  const Heading = `h${headingLevel}` as keyof JSX.IntrinsicElements;
  return (
    <article class={`ml-note ml-note--${note.severity}`} aria-labelledby={titleId}>
      <p class="ml-note__severity">
        <SeverityIcon severity={note.severity} />
        <span>{SEVERITY_LABELS[note.severity]}</span>
      </p>
      <Heading id={titleId} class="ml-note__title">
        {note.title}
      </Heading>
      <p class="ml-note__summary">{note.summary}</p>
      <div class="ml-note__section">
        <p class="ml-note__label">What to do instead</p>
        <p>{note.doInstead}</p>
      </div>
      {note.seeClinicianIf ? (
        <div class="ml-note__section">
          <p class="ml-note__label">See a clinician if</p>
          <p>{note.seeClinicianIf}</p>
        </div>
      ) : null}
      {children}
      <SourceLinks sources={note.sources} />
      <p class="ml-note__reviewed">
        Last reviewed <time dateTime={note.lastReviewed}>{formatReviewed(note.lastReviewed)}</time>
      </p>
      {disclaimer ? <Disclaimer /> : null}
    </article>
  );
}
