import { matches } from './pattern.ts';

/**
 * Where a kitchen or household item is put, for the rules whose item is far commoner elsewhere
 * (salt, a heated spoon, sandpaper, a dry brush). A face word anywhere in the sentence is not
 * enough: "face the fat side up" is a verb, "keep it away from your eyes" a safety line, "the nose
 * of the boat" a boat's. The face counts only as the place the item goes ("on your cheeks", "over
 * the bumps", "to your temples"), or when milia are named outright.
 */

/** Milia named outright, by their own name or the newborn's "milk spots". */
const MILIA_NAMED = /\b(?:milia|milium|milk\s+spots?)\b/;

/**
 * A preposition of placing, a determiner, at most two more words (not a new phrase's "to" or
 * "and": "over the hob to face the curls"), then the face or the bumps. The determiner keeps "to
 * face the curls" (a verb) out; temples count only as "your temples"
 * ("the temple's doors" is a building's).
 */
const ON_FACE =
  /\b(?:on|onto|upon|to|into|over|across|against|along|around|under)\s+(?:(?:your|my|his|her|their|the|each|both|a|baby's|baby’s)\s+(?:(?!(?:to|and|or|of|with|for|in|at|then|so)\s)[a-z-]+\s+){0,2}(?:milia|milium|face|facial\s+skin|cheeks?|nose|forehead|chin|jaw\w*|eyelids?|eyes|bumps?|spots?|cysts?)|your\s+temples?)\b/gu;

/** "The nose of the boat", "the spots on the wallpaper": the face word names another thing's part. */
const ANOTHER_THINGS = /^\s+(?:of|on|in)\s+(?:the|a|an|this|that)\b/u;

/** A named other lesion before the place: "on the mosquito bite on your cheek" is the bite's. */
const OTHER_LESION =
  /\b(?:bites?|bruises?|splinters?|thorns?|stings?|blisters?|burns?|cuts?|scratch(?:es)?|warts?|moles?|boils?|pimples?|zits?)\b/;

/** A fall, not a placing: "so nobody falls on their face", "landed flat on his nose". */
const FALL = /\b(?:fall\w*|fell|land\w*|flat)\s+$/u;

/** Eyes in a safety line: "don't get it into your eyes", "rinse if it gets in your eyes". */
const EYE_SAFETY = /\b(?:get|gets|getting|got|splash\w*)\b/;

/** The face told by what the item did to it: "I have the raw red chin to prove it". */
const HARMED_FACE =
  /\b(?:raw|red|sore|burnt|burned|irritated|inflamed|scraped|scratched|bleeding|scarred|peeling)\s+(?:[a-z-]+\s+)?(?:face|cheeks?|nose|forehead|chin|jaw\w*|eyelids?)\b/u;

/** Whether the sentence puts its item on the face or the bumps (milia need not be named). */
export function placedOnFace(lower: string): boolean {
  if (HARMED_FACE.test(lower)) return true;
  for (const match of matches(ON_FACE, lower)) {
    const end = match.index + match[0].length;
    if (ANOTHER_THINGS.test(lower.slice(end, end + 12))) continue;
    if (FALL.test(lower.slice(Math.max(0, match.index - 12), match.index))) continue;
    if (OTHER_LESION.test(lower.slice(0, match.index))) continue;
    if (match[0].endsWith('eyes') && EYE_SAFETY.test(lower)) continue;
    return true;
  }
  return false;
}

/** Milia named outright in the sentence. */
export function namesMilia(lower: string): boolean {
  return MILIA_NAMED.test(lower);
}
