import type { Cue } from './lexicon/stance.ts';

/** The word before a verdict's "no": "a hard no", "a flat no" (its "no" is the cue). */
const NOUN_BEFORE = /\b(?:hard|firm|flat|definite)\s+$/;

/**
 * "Lancing on a newborn is a hard no", "lancets near the lid: a no-no": a verdict as a noun
 * judges what its own clause names. Unlike "don't" or "never" it does not reach the rest of the
 * sentence ("A hard no on pricey serums; I lance mine" refuses the serums), and asked ("Picking
 * is a no-no? Nonsense…") it judges nothing.
 */
export function isVerdictNoun(lower: string, cue: Cue): boolean {
  if (cue.type !== 'warns') return false;
  if (lower.startsWith('no-no', cue.start)) return true;
  return (
    lower.startsWith('no', cue.start) &&
    NOUN_BEFORE.test(lower.slice(Math.max(0, cue.start - 12), cue.start))
  );
}

/** A verdict given after a colon ends the clause before: "Lancets near the lid: a no-no". */
const GIVEN_AFTER = /^:\s*(?:an?\s+)?(?:[a-z]+\s+)?$/;

/**
 * The sentence warns (by its cues) only with verdict nouns, none of them in [from, to) nor given
 * right after it: an empty range asks whether every warning is one.
 */
export function warnsOnlyByNounsOutside(
  lower: string,
  cues: readonly Cue[],
  from: number,
  to: number,
): boolean {
  let any = false;
  for (const cue of cues) {
    if (cue.type !== 'warns') continue;
    if (!isVerdictNoun(lower, cue) || (cue.start >= from && cue.start < to)) return false;
    if (to > from && cue.start >= to && GIVEN_AFTER.test(lower.slice(to - 1, cue.start)))
      return false;
    any = true;
  }
  return any;
}
