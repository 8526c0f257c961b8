import type { SentenceFacts } from './sentence-facts.ts';

/** A turn from what was granted to what the writer means: "but", "though", "yet", "however". */
const TURN = /\b(?:but|though|although|yet|however)\b/g;

/**
 * "Steam softens the skin, but it can't open a cyst", "Lemon brightens, though it can burn": a
 * benefit granted before a turn is conceded, and what follows the turn is the sentence's point.
 * Where the first turn after sentence offset `at` starts, or -1 when there is none.
 */
export function turnAfter(facts: SentenceFacts, at: number): number {
  TURN.lastIndex = at;
  return TURN.exec(facts.lower)?.index ?? -1;
}
