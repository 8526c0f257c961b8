import type { TextBlock } from './collect-text.ts';

/**
 * The most text handed to the engine in one call. The chunked scan can only pause between
 * calls, so one huge block (a 10 MB text node, a page that is one long paragraph) would be one
 * long task; cut into pieces of this size it costs a few milliseconds a piece.
 */
export const MAX_PIECE = 20_000;

/** `block.text.slice(from, to)`, read on its own; offsets stay those of the whole block. */
export interface BlockPiece {
  block: TextBlock;
  from: number;
  to: number;
}

/**
 * Each block as one piece, or a long one as consecutive pieces of at most `max` characters,
 * cut after a sentence where there is one in the second half of the piece (else after a line
 * break, else a space), so that a sentence is only cut when it is longer than half a piece.
 */
export function* blockPieces(
  blocks: Iterable<TextBlock>,
  max = MAX_PIECE,
): Generator<BlockPiece, void, undefined> {
  for (const block of blocks) {
    const { text } = block;
    let from = 0;
    while (text.length - from > max) {
      const to = cutPoint(text, from + Math.floor(max / 2), from + max);
      yield { block, from, to };
      from = to;
    }
    yield { block, from, to: text.length };
  }
}

const CUTS = [/[.!?]["')\]\u201D\u2019]*\s+/g, /\n+/g, /\s+/g];

/** The last cut in (floor, limit] by the most natural rule that has one; else `limit`. */
function cutPoint(text: string, floor: number, limit: number): number {
  for (const pattern of CUTS) {
    pattern.lastIndex = floor;
    let best = -1;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (end > limit) break;
      if (end > floor) best = end;
    }
    if (best > floor) return best;
  }
  return limit;
}
