import { EMPTY_STAR, STAR } from './lower-text.ts';
import type { Verdict } from './verdict.ts';

/**
 * A review opens with its rating ("★★★★☆ Opens each milium cleanly…", "★☆☆☆☆ Tried this
 * for my milia and…"): the stars are the reviewer's verdict on the tool the review then names,
 * though its words only tell what happened. Three stars judge nothing either way.
 */
const RATING = new RegExp(`^[^a-z0-9]{0,3}?([${STAR}${EMPTY_STAR}]{5})`);

// Shared, never changed.
const RATED_UP: Verdict = { stance: 'recommends', reason: 'recommends' };
const RATED_DOWN: Verdict = { stance: 'discourages', reason: 'warns' };

/** The verdict of a sentence that opens with a five-star rating, if it judges. */
export function ratedVerdict(lower: string): Verdict | null {
  const stars = RATING.exec(lower)?.[1];
  if (!stars) return null;
  const full = stars.split(STAR).length - 1;
  return full >= 4 ? RATED_UP : full <= 2 ? RATED_DOWN : null;
}
