import { perSentence } from './per-sentence.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/**
 * A clinic's or a salon's voice: "our", "we'll", "we will", "we can". A "book in" or "make an
 * appointment" in it sells its own service ("Book in for a facial and we'll squeeze out your
 * milia", "Make an appointment for our at-home kit training"): no referral away from DIY.
 */
const OWN_SERVICE = /\b(?:our|we(?:['’]ll|\s+will|\s+can))\b/;

/** Whether the sentence speaks as the service it books (asked once per sentence). */
export const booksOwnService = perSentence((facts: SentenceFacts) => OWN_SERVICE.test(facts.lower));
