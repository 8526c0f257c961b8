import type { Settings } from '../settings/index.ts';
import { type CardController, createCardController } from './card-controller.ts';
import { visibleFindings } from './card-notes.ts';
import type { PageFinding } from './page-finding.ts';
import { createFindingNavigator, type FindingNavigator } from './finding-navigator.ts';
import { createNoteCache, type FetchNotes, type NoteCache } from './note-cache.ts';
import { createPageSession, type LoadEngine, type PageSession } from './page-session.ts';
import type { UiHost } from './ui-host.ts';

/**
 * Milia Lens in one page while it is on for the site: the page session (reading and painting),
 * the card (hover and keyboard) and the finding navigator, created and destroyed together.
 */
export interface Lens {
  readonly session: PageSession;
  readonly navigator: FindingNavigator;
  /** The evidence notes of the page's findings, fetched from the background. */
  readonly notes: NoteCache;
  /** The findings the user can see, in page order (what the popup lists). */
  visible(): PageFinding[];
  configure(settings: Settings): void;
  destroy(): void;
}

export interface LensOptions {
  doc: Document;
  settings: Settings;
  mountHost(css: string): Promise<UiHost>;
  onFindingsChanged(): void;
  onTurnOffSite(): void;
  onOpenChecklist(): void;
  fetchNotes: FetchNotes;
  /** The detection engine, asked for once the page may name milia (page-session.ts). */
  loadEngine: LoadEngine;
  signal: AbortSignal;
}

export function createLens(options: LensOptions): Lens {
  let settings = options.settings;
  // The card is created below; findings can only arrive after a scan slice, i.e. later.
  let cards: CardController | null = null;
  const notes = createNoteCache(options.fetchNotes);
  const session = createPageSession(
    options.doc,
    settings,
    () => {
      cards?.refresh();
      options.onFindingsChanged();
    },
    options.loadEngine,
  );
  cards = createCardController({
    doc: options.doc,
    index: session.index,
    notes,
    hoverDelayMs: settings.hoverDelayMs,
    shown: settings.severities,
    mountHost: options.mountHost,
    onTurnOffSite: options.onTurnOffSite,
    onOpenChecklist: options.onOpenChecklist,
    signal: options.signal,
  });
  const navigator = createFindingNavigator({
    doc: options.doc,
    index: session.index,
    notes,
    shown: () => settings.severities,
    cards,
    paint: (item) => session.reveal(item),
  });
  return {
    session,
    navigator,
    notes,
    visible: () => visibleFindings(session.index, settings.severities),
    configure(next) {
      settings = next;
      session.configure(next);
      cards?.configure({ hoverDelayMs: next.hoverDelayMs, shown: next.severities });
      cards?.refresh();
    },
    destroy() {
      cards?.destroy();
      session.destroy();
    },
  };
}
