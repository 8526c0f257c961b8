/**
 * Headings over lists. Health pages often list what not to do under a bare heading ("Don'ts",
 * "Things to avoid:") whose items are written as plain instructions ("Pick or squeeze milia.");
 * read alone, each item would look like advice to do it.
 */

/** A heading that turns the items under it into things not to do. */
const FORBIDDING =
  /^[^a-z]*(?:don['’‘`]?ts?|do\s+not|never|avoid|please\s+don['’‘`]?t|avoid\s+(?:these|the\s+following)|what\s+(?:not\s+to\s+do|to\s+avoid)|things\s+(?:not\s+to\s+do|to\s+avoid|to\s+never\s+do)|what\s+you\s+should(?:\s+not|n['’‘`]?t)\s+do|(?:common\s+)?mistakes(?:\s+to\s+avoid)?)\s*[:.!]?\s*$/u;
/**
 * A listicle's title over its items: "5 Milia Mistakes You're Probably Making", "Skincare
 * mistakes that make milia worse", "The biggest mistakes people make with milia". The title may
 * name the topic around "mistakes", so it is not a bare heading; it must still read as a title
 * (no sentence end, few words), and "mistakes" must be what it lists, not a word in passing.
 */
const MISTAKES_TITLE =
  /^[^a-z]*(?:\d+\s+|the\s+(?:\d+\s+)?|top\s+\d+\s+)?(?:(?:biggest|worst|most\s+common|common)\s+)?(?:[a-z'’‘`-]+\s+){0,2}mistakes\b/u;
/**
 * A heading over the things a procedure needs: "Tools you'll need:", "What you need", "Supplies
 * for removing milia", "What's in my milia removal toolkit", a pin's "Extraction kit essentials
 * 📌 pin this", a "Removal kit checklist" (an aftercare or to-do checklist lists no supplies). An
 * extraction tool listed under it is one the reader is told to get, not a tool merely named. "What you need to know" is not such a heading, nor is "what you need to do".
 */
const SUPPLIES =
  /^[^a-z]*(?:(?:the\s+)?(?:tools?|supplies|equipment|kit)(?:\s+(?:you(?:['’‘`]ll|\s+will)?\s+need|needed|required))?|(?:what|things|items|everything)\s+you(?:['’‘`]ll|\s+will)?\s+need|you(?:['’‘`]ll|\s+will)\s+need|what['’‘`]?s\s+in\s+my\s+(?:[a-z-]+\s+){0,3}(?:tool\s*)?kit|(?:[a-z-]+\s+){0,3}(?:(?:(?:tool\s*)?kit\s+)?(?:essentials|must[- ]haves)|(?:(?:tool\s*)?kit|tools?|supplies|equipment|shopping)\s+checklist))(?:\s+(?:to\s+(?:remove|extract|get\s+rid\s+of|get|pop|treat)|for\s+(?:removing|extracting|removal|extraction|the\s+job|this))\b[^:.!?]{0,30})?(?:\s+[^\sa-z0-9][^.!?:]{0,24})?\s*:?\s*$/u;
/**
 * A longer line that opens a list of supplies: "Before you start on your milia, gather everything
 * on a clean towel:". It must end in a colon, like a list's opening line.
 */
const SUPPLIES_INTRO =
  /\b(?:gather|collect|assemble|get\s+together|have\s+ready|lay\s+out)\s+(?:everything|all\s+you|your\s+(?:tools|kit|supplies)|the\s+following|these)\b[^.!?]{0,60}:$/u;

/** A line of up to 100 characters that opens a list of supplies without being a short heading. */
export function opensSupplies(lower: string): boolean {
  return lower.length <= 100 && lower.endsWith(':') && SUPPLIES_INTRO.test(lower);
}

/** Ends like a sentence: a heading has none of these (or ends in a colon). */
const SENTENCE_END = /[.!?]["')\]]*$/u;

export type Heading = 'forbids' | 'supplies' | 'other';

/** What a short line is, as a heading; `null` when it reads as a sentence. */
export function headingKind(lower: string): Heading | null {
  if (lower.length > 60) return null;
  if (FORBIDDING.test(lower)) return 'forbids';
  if (SUPPLIES.test(lower)) return 'supplies';
  if (SENTENCE_END.test(lower) || lower.split(/\s+/u).length > 8) return null;
  return MISTAKES_TITLE.test(lower) ? 'forbids' : 'other';
}
