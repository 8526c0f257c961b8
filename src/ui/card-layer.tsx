import { render } from 'preact';
import type { CitedNote } from '../evidence/types.ts';
import { type Box, placeCard } from '../page/placement.ts';
import { HoverCard, hoverCardLabelId } from './hover-card.tsx';

/**
 * The card and the live region inside the UI host's shadow root. The card is a manual popover,
 * so it is drawn in the top layer: no z-index or overflow of the page can cover or clip it.
 * Everything here is imperative on purpose: the page layer decides when and where, this draws.
 */
export interface CardLayer {
  /** Shows `notes` beside `anchor` (viewport coordinates of the highlighted text). */
  show(notes: readonly CitedNote[], anchor: Box, options?: { focus?: boolean }): void;
  /** Moves the open card after the text moved (scrolling, reflow). */
  reposition(anchor: Box): void;
  hide(): void;
  readonly isOpen: boolean;
  /** Says `text` through the polite live region (e.g. "Finding 2 of 5: …"). */
  announce(text: string): void;
  /** The card element (for focus checks); null before the first render. */
  readonly card: HTMLElement | null;
  destroy(): void;
}

export interface CardLayerActions {
  onClose(): void;
  onTurnOffSite(): void;
  onOpenChecklist(): void;
  /** The pointer entered (true) or left (false) the card. */
  onPointerInside(inside: boolean): void;
}

interface State {
  notes: readonly CitedNote[];
  open: boolean;
  announcement: string;
}

const supportsPopover = () =>
  typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';

export function createCardLayer(container: HTMLElement, actions: CardLayerActions): CardLayer {
  const win = container.ownerDocument.defaultView ?? window;
  const popover = supportsPopover();
  let state: State = { notes: [], open: false, announcement: '' };
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const draw = () => {
    render(
      <>
        <div
          class={popover ? 'ml-card' : 'ml-card ml-card--no-popover'}
          popover={popover ? 'manual' : undefined}
          hidden={!popover && !state.open}
          role="dialog"
          aria-labelledby={hoverCardLabelId(state.notes)}
          tabIndex={-1}
          onPointerEnter={() => actions.onPointerInside(true)}
          onPointerLeave={() => actions.onPointerInside(false)}
        >
          {state.notes.length > 0 ? (
            <HoverCard
              notes={state.notes}
              onClose={actions.onClose}
              onTurnOffSite={actions.onTurnOffSite}
              onOpenChecklist={actions.onOpenChecklist}
            />
          ) : null}
        </div>
        <div class="ml-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {state.announcement}
        </div>
      </>,
      container,
    );
  };
  const cardEl = () => container.querySelector<HTMLElement>('.ml-card');
  const place = (anchor: Box) => {
    const el = cardEl();
    if (!el) return;
    el.style.maxHeight = '';
    const size = el.getBoundingClientRect();
    const at = placeCard(anchor, size, { width: win.innerWidth, height: win.innerHeight });
    el.style.left = `${at.left}px`;
    el.style.top = `${at.top}px`;
    el.style.maxHeight = `${at.maxHeight}px`;
  };
  draw();

  return {
    show(notes, anchor, options = {}) {
      state = { ...state, notes, open: true };
      draw();
      const el = cardEl();
      if (!el) return;
      el.scrollTop = 0;
      if (popover && !el.matches(':popover-open')) el.showPopover();
      place(anchor);
      if (options.focus) el.focus({ preventScroll: true });
    },
    reposition(anchor) {
      if (state.open) place(anchor);
    },
    hide() {
      if (!state.open) return;
      const el = cardEl();
      if (popover && el?.matches(':popover-open')) el.hidePopover();
      state = { ...state, notes: [], open: false };
      draw();
    },
    get isOpen() {
      return state.open;
    },
    announce(text) {
      // Cleared first, so the same words said twice are still read out.
      state = { ...state, announcement: '' };
      draw();
      clearTimeout(announceTimer);
      announceTimer = setTimeout(() => {
        state = { ...state, announcement: text };
        draw();
      }, 50);
    },
    get card() {
      return cardEl();
    },
    destroy() {
      clearTimeout(announceTimer);
      render(null, container);
    },
  };
}
