import { EMPTY_STAR, STAR } from './lower-text.ts';
import { perSentence } from './per-sentence.ts';
import { doneByClinician } from './rules/professional/clinician-subject.ts';
import type { Hit, SentenceFacts } from './sentence-facts.ts';
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

/**
 * Someone else's hands at the removal: "Dr Patel extracted…", "they lifted them out…", "the
 * salon removed…". Five stars for a clinic or a salon praise its care, not a tool to use at home.
 */
const THEIR_HANDS =
  /\b(?:dr\.?\s+[a-z]+|they|she|he|the\s+(?:clinic|salon|spa|therapist|facialist|a?esthetician|beautician|technician|nurse|staff|team))\s+(?:\w+ly\s+)?(?:removed|extracted|took|lifted|popped|pricked|nicked|drained|cleared|got|did|used|opened|squeezed|picked)\b/;
/** The reviewer's own hands: "I popped…", "I've used…". */
const MY_HANDS = /\b(?:i|i've|i'd|i'm)\b/;

/**
 * The stars' verdict on the DIY hit, if they judge it: only a practice the review tells of doing
 * oneself, on the skin or milia ("Great tweezers, they grab every eyebrow hair" and "Quilting
 * needles, 20 pack" rate tools for other work), and not a clinician's or a salon's removal.
 */
export function ratedVerdictOf(facts: SentenceFacts, hit: Hit): Verdict | null {
  const rated = sentenceRating(facts);
  if (!rated || (rated.byClinician && doneByClinician(facts, hit))) return null;
  return rated.verdict;
}

/** What the stars say of the sentence as a whole, once per sentence (asked of every DIY hit). */
const sentenceRating = perSentence((facts) => {
  const verdict = ratedVerdict(facts.lower);
  if (!verdict || !facts.skinTarget || THEIR_HANDS.test(facts.lower)) return null;
  // A clinician named: the stars are theirs unless the reviewer tells of their own hands.
  const pro = facts.has('professional');
  if (pro && !MY_HANDS.test(facts.lower)) return null;
  return { verdict, byClinician: pro };
});

/** The verdict of a sentence that opens with a five-star rating, if it judges. */
function ratedVerdict(lower: string): Verdict | null {
  const stars = RATING.exec(lower)?.[1];
  if (!stars) return null;
  const full = stars.split(STAR).length - 1;
  return full >= 4 ? RATED_UP : full <= 2 ? RATED_DOWN : null;
}
