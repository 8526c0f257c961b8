/**
 * The engine's first question, kept apart from the rest of it: the content script asks it of
 * every page (src/page/milia-prefilter.ts) and imports the engine itself (`engine.js`) only once
 * a page names milia, so this module must import nothing of the engine.
 */

/**
 * The cheap first pass: text that never names milia costs one scan and nothing else. It matches
 * exactly what `/mi\u00AD?l\u00AD?(?:l\u00AD?)?i\u00AD?(?:a|um)\b|mil-\s*\n\s*i(?:a|um)\b|milk[\s-]*(?:spot|bump)|oil[\s-]*seed/iu`
 * matches, but without the `u` flag, which Chromium scans about a quarter faster (every block
 * of every page goes through it). Under `iu` the Kelvin sign (U+212A) folds to k and the long s
 * (U+017F) to s, and both count as word characters for `\b`; under `i` alone they do not, so
 * they are spelled out. `tests/engine/milia-anchor.test.ts` holds the two patterns to each other.
 */
export const MILIA_ANCHOR =
  /mi\u00AD?l\u00AD?(?:l\u00AD?)?i\u00AD?(?:a|um)(?![\w\u017F\u212A])|mil-\s*\n\s*i(?:a|um)(?![\w\u017F\u212A])|mil[k\u212A][\s-]*(?:[s\u017F]pot|bump)|oil[\s-]*[s\u017F]eed/i;
/** No text shorter than this ("milia") matches `MILIA_ANCHOR`: keep it in step with the pattern. */
export const MILIA_MIN_LENGTH = 5;
/** The engine's first question of any text: does it name milia at all? */
export function mentionsMilia(text: string): boolean {
  return MILIA_ANCHOR.test(text);
}
