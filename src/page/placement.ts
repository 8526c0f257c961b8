/**
 * Where the card goes: next to the highlighted text, never on top of it. Pure geometry (no DOM),
 * so every edge case is unit-tested without a layout engine.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height limit: it scrolls inside when the space beside the text is smaller. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Space kept between the text and the card, and between the card and the viewport's edges. */
export const GAP = 8;

/** The smallest box around `boxes` (a range's line boxes), or null when there are none. */
export function unionBox(boxes: Iterable<Box>): Box | null {
  let out: Box | null = null;
  for (const b of boxes) {
    if (b.right - b.left === 0 && b.bottom - b.top === 0) continue;
    out = out
      ? {
          left: Math.min(out.left, b.left),
          top: Math.min(out.top, b.top),
          right: Math.max(out.right, b.right),
          bottom: Math.max(out.bottom, b.bottom),
        }
      : { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  }
  return out;
}

/** True when any part of `box` is inside the viewport. */
export function isInView(box: Box, viewport: Size): boolean {
  return box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width;
}

/**
 * Below the text when the card fits there, else above it when it fits there, else on whichever
 * side has more room, with its height capped to that room. Horizontally it starts at the text's
 * left edge and is pushed back inside the viewport. The card's box never overlaps `anchor`.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size): Placement {
  const below = viewport.height - anchor.bottom - 2 * GAP;
  const above = anchor.top - 2 * GAP;
  const side = card.height <= below || (card.height > above && below >= above) ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const maxLeft = viewport.width - GAP - card.width;
  const left = Math.max(GAP, Math.min(anchor.left, maxLeft));
  return { left, top, maxHeight: room, side };
}
