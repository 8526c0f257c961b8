/**
 * When a resting pointer opens the card and when leaving closes it. Pure timing, no DOM: the
 * caller reports what the pointer is over, this decides. A card opens once the pointer has rested
 * on the same findings for the hover delay (so sweeping across a paragraph opens nothing), and
 * closes a short grace period after the pointer left both the text and the card, so crossing the
 * gap between them keeps it open.
 */

export interface HoverIntent<T> {
  /** The findings under the pointer now (empty when it is over none). */
  over(items: readonly T[]): void;
  /** The pointer entered or left the card. */
  onCard(inside: boolean): void;
  /** A card was opened some other way (keyboard): the pointer did not put it there. */
  openedElsewhere(): void;
  /** The card was closed some other way (Escape, scrolled away): forget everything pending. */
  reset(): void;
  setDelay(ms: number): void;
  destroy(): void;
}

export interface HoverIntentOptions<T> {
  delayMs: number;
  /** How long the card stays after the pointer left it and the text. */
  graceMs?: number;
  open(items: readonly T[]): void;
  close(): void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export const GRACE_MS = 300;

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as number));
  let delay = options.delayMs;
  let shown: readonly T[] | null = null;
  /** True for a card the pointer opened or has visited: leaving it then closes it. */
  let pointerOwned = false;
  let pointerOnCard = false;
  let pending: readonly T[] | null = null;
  let openTimer: unknown = null;
  let closeTimer: unknown = null;

  const cancelOpen = () => {
    if (openTimer !== null) clearTimer(openTimer);
    openTimer = null;
    pending = null;
  };
  const cancelClose = () => {
    if (closeTimer !== null) clearTimer(closeTimer);
    closeTimer = null;
  };
  const scheduleClose = () => {
    if (closeTimer !== null || shown === null || !pointerOwned) return;
    closeTimer = setTimer(() => {
      closeTimer = null;
      shown = null;
      pointerOwned = false;
      options.close();
    }, options.graceMs ?? GRACE_MS);
  };

  return {
    over(items) {
      if (items.length === 0) {
        cancelOpen();
        if (!pointerOnCard) scheduleClose();
        return;
      }
      if (shown && sameItems(shown, items)) {
        cancelOpen();
        cancelClose();
        pointerOwned = true;
        return;
      }
      if (pending && sameItems(pending, items)) return;
      cancelOpen();
      pending = items;
      openTimer = setTimer(() => {
        openTimer = null;
        const next = pending ?? items;
        pending = null;
        cancelClose();
        shown = next;
        pointerOwned = true;
        options.open(next);
      }, delay);
    },
    onCard(inside) {
      pointerOnCard = inside;
      if (inside) {
        cancelClose();
        cancelOpen();
        if (shown) pointerOwned = true;
      } else scheduleClose();
    },
    openedElsewhere() {
      cancelOpen();
      cancelClose();
      shown = [];
      pointerOwned = false;
    },
    reset() {
      cancelOpen();
      cancelClose();
      shown = null;
      pointerOwned = false;
    },
    setDelay(ms) {
      delay = ms;
    },
    destroy() {
      cancelOpen();
      cancelClose();
      shown = null;
    },
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
