import type { CitedNote, Source } from '../evidence/types.ts';

/**
 * The evidence notes a page's findings need, fetched from the background rather than carried in
 * the content script (the note texts were a fifth of it, loaded into every page). Notes are asked
 * for as soon as findings exist, so a card opened by hover finds its notes already here.
 */
export interface NoteCache {
  /** The note, if it has arrived. */
  get(id: string): CitedNote | undefined;
  /** Resolves once every listed note has arrived or was found missing. Never rejects. */
  load(ids: Iterable<string>): Promise<void>;
}

/** Asks the background for notes; the reply is checked here, not trusted. */
export type FetchNotes = (ids: string[]) => Promise<unknown>;

export function createNoteCache(fetchNotes: FetchNotes): NoteCache {
  const notes = new Map<string, CitedNote>();
  const asked = new Map<string, Promise<void>>();

  const request = (ids: string[]): Promise<void> => {
    const arrived = fetchNotes(ids)
      .then((reply) => {
        if (!Array.isArray(reply)) return;
        for (const note of reply)
          if (isNote(note) && ids.includes(note.id)) notes.set(note.id, note);
      })
      .catch(() => {})
      .finally(() => {
        // A note that did not come can be asked for again next time.
        for (const id of ids) if (!notes.has(id)) asked.delete(id);
      });
    for (const id of ids) asked.set(id, arrived);
    return arrived;
  };

  return {
    get: (id) => notes.get(id),
    async load(ids) {
      const wanted = [...new Set(ids)];
      const missing = wanted.filter((id) => !notes.has(id) && !asked.has(id));
      if (missing.length > 0) request(missing);
      await Promise.all(wanted.map((id) => asked.get(id)));
    },
  };
}

/** Enough of a note's shape for the card to render it as text, with at least one source. */
function isNote(value: unknown): value is CitedNote {
  if (!value || typeof value !== 'object') return false;
  const note = value as Record<string, unknown>;
  return (
    ['id', 'title', 'severity', 'summary', 'doInstead', 'lastReviewed'].every(
      (key) => typeof note[key] === 'string',
    ) &&
    (note.seeClinicianIf === undefined || typeof note.seeClinicianIf === 'string') &&
    Array.isArray(note.sources) &&
    note.sources.length > 0 &&
    note.sources.every(isSource)
  );
}

/** A source the card links to: named in text, and only ever an https page. */
function isSource(value: unknown): value is Source {
  if (!value || typeof value !== 'object') return false;
  const source = value as Record<string, unknown>;
  return (
    typeof source.id === 'string' &&
    typeof source.citeAs === 'string' &&
    typeof source.url === 'string' &&
    URL.canParse(source.url) &&
    new URL(source.url).protocol === 'https:'
  );
}
