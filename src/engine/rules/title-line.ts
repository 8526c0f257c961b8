/**
 * Titles that put something in the reader's hands: a remedy's recipe ("Soothing oatmeal mask for
 * milia-prone skin") or a shop's listing ("Milia Remover Tool Kit (12 pcs)"). Both must read as
 * a title, and one that doubts or warns about what it names sells nothing.
 */

/** Ends like a sentence: a title has none of these. */
const SENTENCE_END = /[.!?]["')\]]*$/u;
/** "Lemon for milia: myth or fact", "Why you should never use a milia extractor", "…: a review". */
const DOUBTS =
  /\b(?:myths?|facts?|truth|really|works?|why|vs|versus|danger\w*|risks?|safe|should|not|no|never|don['’]?t|won['’]?t|avoid|mistakes?|stop|instead|reviews?|warnings?|tested|honest|experiences?|story)\b|\?/u;

/** A line of at most `max` characters that reads as a title and doubts nothing. */
export function plainTitle(lower: string, max: number): boolean {
  return lower.length <= max && !SENTENCE_END.test(lower) && !DOUBTS.test(lower);
}
