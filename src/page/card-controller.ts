import type { Severity } from '../engine/types.ts';
import type { CardLayer } from '../ui/card-layer.tsx';
import { type CardDeps, pageCardDeps } from './card-deps.ts';
import { notesFor } from './card-notes.ts';
import type { FindingIndex } from './finding-index.ts';
import { knownNoteIds, type PageFinding } from './page-finding.ts';
import { createHoverIntent } from './hover-intent.ts';
import type { NoteCache } from './note-cache.ts';
import { isInView } from './placement.ts';
import type { UiHost } from './ui-host.ts';

/**
 * Opens and closes the card: from a resting pointer (hit-testing throttled to one test per frame),
 * and on request from the keyboard commands or the popup. Owns the UI host, which it creates the
 * first time the page has something to show (loading the card bundle then, so the card is ready
 * before the first hover) and removes on destroy.
 */
export interface CardController {
  /** Findings changed: create the host if there is now something to show, drop a stale card. */
  refresh(): void;
  configure(options: { hoverDelayMs: number; shown: Record<Severity, boolean> }): void;
  /** Opens the card for `items`, focused (keyboard), announcing `announcement`. */
  openFromKeyboard(items: readonly PageFinding[], announcement: string): Promise<void>;
  destroy(): void;
}

export interface CardControllerOptions {
  doc: Document;
  index: FindingIndex;
  notes: NoteCache;
  hoverDelayMs: number;
  shown: Record<Severity, boolean>;
  /** Adds the UI host to the page, its shadow root styled with `css`. */
  mountHost(css: string): Promise<UiHost>;
  onTurnOffSite(): void;
  onOpenChecklist(): void;
  /** Aborted when the content script's context goes away. */
  signal: AbortSignal;
  /** Layout, card bundle and clock in place of the page's own (for unit tests). */
  deps?: Partial<CardDeps>;
}

export function createCardController(options: CardControllerOptions): CardController {
  const { doc, index, notes: noteCache } = options;
  const win = doc.defaultView ?? window;
  const deps = { ...pageCardDeps(doc, index), ...options.deps };
  // Stops on destroy or when the context goes.
  const stop = new AbortController();
  const signal = AbortSignal.any([stop.signal, options.signal]);
  let shown = options.shown;
  let host: UiHost | null = null;
  let layer: CardLayer | null = null;
  let mounting: Promise<CardLayer | null> | null = null;
  let open: readonly PageFinding[] = [];
  let returnFocus: HTMLElement | null = null;
  let frame = 0;
  /** The latest pointer position, and whether it was over the card (known only during dispatch). */
  let pointer: { x: number; y: number; onCard: boolean } | null = null;

  const accept = (item: PageFinding) => shown[item.finding.severity];
  const viewport = () => ({ width: win.innerWidth, height: win.innerHeight });

  const ensureLayer = (): Promise<CardLayer | null> => {
    mounting ??= deps
      .loadCard()
      .then(async (card) => {
        if (signal.aborted) return null;
        const mounted = await options.mountHost(card.css);
        if (signal.aborted) {
          mounted.remove();
          return null;
        }
        host = mounted;
        layer = card.createCardLayer(mounted.container, {
          onClose: () => close(true),
          onTurnOffSite: options.onTurnOffSite,
          onOpenChecklist: options.onOpenChecklist,
          onPointerInside: (inside) => intent.onCard(inside),
        });
        retestMissed();
        return layer;
      })
      .catch((error: unknown) => {
        console.error('Milia Lens: could not add the card to the page', error);
        return null;
      });
    return mounting;
  };

  const show = (items: readonly PageFinding[], focus: boolean): boolean => {
    const anchor = deps.boxOf(items);
    // Notes are fetched when findings appear; one not here yet leaves the card shut this time.
    const notes = notesFor(items, noteCache.get);
    if (!layer || !anchor || notes.length === 0) return false;
    if (host && !host.host.isConnected) host.reattach();
    open = items;
    layer.show(notes, anchor, { focus });
    return true;
  };
  const close = (restoreFocus: boolean) => {
    const hadFocus = layer?.card?.matches(':focus-within') ?? false;
    open = [];
    intent.reset();
    layer?.hide();
    if ((restoreFocus || hadFocus) && returnFocus?.isConnected) {
      returnFocus.focus({ preventScroll: true });
    }
    returnFocus = null;
  };

  /**
   * A pointer came to rest before the card could open (the card bundle or the notes were still
   * loading): once they arrive, the findings under it are tested again, or a pointer resting on a
   * highlight just after the page loaded would never open its card.
   */
  let missed = false;
  const intent = createHoverIntent<PageFinding>({
    delayMs: options.hoverDelayMs,
    setTimer: deps.setTimer,
    clearTimer: deps.clearTimer,
    open: (items) => {
      if (show(items, false)) return;
      intent.reset();
      missed = true;
    },
    close: () => close(false),
  });

  const testPointer = () => {
    frame = 0;
    missed = false;
    if (!pointer || pointer.onCard || signal.aborted) return;
    intent.over(deps.findingsAt(pointer.x, pointer.y, accept));
  };
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch' || index.size === 0) return;
    const onCard = host !== null && event.composedPath().includes(host.host);
    pointer = { x: event.clientX, y: event.clientY, onCard };
    if (!layer) missed = true;
    else if (frame === 0) frame = deps.requestFrame(testPointer);
  };
  const retestMissed = () => {
    if (missed && layer && frame === 0 && !signal.aborted) {
      frame = deps.requestFrame(testPointer);
    }
  };
  const followText = () => {
    if (open.length === 0 || !layer) return;
    const anchor = deps.boxOf(open);
    if (!anchor || !isInView(anchor, viewport())) close(false);
    else layer.reposition(anchor);
  };
  const listen = { signal, passive: true } as const;
  win.addEventListener('pointermove', onPointerMove, listen);
  doc.addEventListener('scroll', followText, { ...listen, capture: true });
  win.addEventListener('resize', followText, listen);
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && open.length > 0) close(true);
    },
    { signal, capture: true },
  );
  // A press anywhere else on the page closes the card, however it was opened.
  doc.addEventListener(
    'pointerdown',
    (event) => {
      if (open.length > 0 && host && !event.composedPath().includes(host.host)) close(false);
    },
    { signal, capture: true },
  );
  // A card reached by keyboard closes once focus moves on to the page.
  doc.addEventListener(
    'focusin',
    (event) => {
      if (open.length > 0 && returnFocus && host && !event.composedPath().includes(host.host)) {
        returnFocus = null;
        close(false);
      }
    },
    { signal, capture: true },
  );

  return {
    refresh() {
      if (signal.aborted) return;
      // Any shown finding will do: sorting a big page's findings here cost a long task per scan.
      if (!layer && someFinding(index, accept)) void ensureLayer();
      if (index.size > 0) void noteCache.load(knownNoteIds()).then(retestMissed);
      if (open.length > 0 && !open.some((item) => index.has(item))) close(false);
    },
    configure(next) {
      shown = next.shown;
      intent.setDelay(next.hoverDelayMs);
      if (open.some((item) => !accept(item))) close(false);
    },
    async openFromKeyboard(items, announcement) {
      const [ready] = await Promise.all([
        ensureLayer(),
        noteCache.load(items.map((item) => item.finding.noteId)),
      ]);
      if (!ready || signal.aborted) return;
      const previous = returnFocus ?? deepActiveElement(doc);
      intent.openedElsewhere();
      if (!show(items, true)) return;
      // Kept across steps, so Escape after several "next" still returns to where the user was.
      returnFocus = previous;
      ready.announce(announcement);
    },
    destroy() {
      stop.abort();
      if (frame !== 0) deps.cancelFrame(frame);
      intent.destroy();
      layer?.destroy();
      host?.remove();
      host = null;
      layer = null;
      open = [];
    },
  };
}

/** The focused element, looking into shadow roots; null when nothing in particular has focus. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== doc.body ? el : null;
}

function someFinding(index: FindingIndex, accept: (item: PageFinding) => boolean): boolean {
  for (const item of index.all()) if (accept(item)) return true;
  return false;
}
