import type { SentenceFacts } from '../../sentence-facts.ts';

/** What else needles and squeezing are for on a page that also mentions milia. */
const OTHER_TARGET =
  /\b(?:blisters?|splinters?|heels?|callus\w*|corns?|warts?|fingertips?|thumbs?|toes?|ingrown|thread|fabric|stitch\w*|seams?|boils?|abscess\w*|ticks?|glucose|blood\s+sugar)\b/;
const MILIA_TARGET = /\b(?:milia|milium|bumps?|cysts?|spots?|keratin|whiteheads?)\b/;

/**
 * A DIY instruction belongs to milia unless the sentence is plainly about something else
 * ("use a needle to prick the blister on your heel") and names nothing milia-like.
 */
export function aimedAtMilia(facts: SentenceFacts): boolean {
  return (
    !OTHER_TARGET.test(facts.lower) || MILIA_TARGET.test(facts.lower.replace(OTHER_TARGET, ''))
  );
}
