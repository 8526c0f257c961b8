import type { SentenceFacts } from '../../sentence-facts.ts';

/**
 * What else needles, squeezing and removing are for on a page that also mentions milia: first
 * aid and the feet, sewing, and the kitchen ("prick the sausages"). Not the words the risky
 * advice itself uses: a sewing, knitting or embroidery needle, skin that knits, "the needle you
 * sew with", a face that "looks like raw meat" after picking, a potato rubbed on the bumps, milia
 * on the knees or elbows told of as "them".
 */
const OTHER_TARGET =
  /\b(?:blisters?|splinters?|heels?|callus\w*|corns?|warts?|fingertips?|thumbs?|toes?|ingrown|thread|fabric|stitch\w*|seams?|hems?|quilts?|quilted|embroider(?:s|ed)?|boils?|abscess\w*|ticks?|glucose|blood\s+sugar|sausages|potatoes|pastry|dough)\b/;
const MILIA_TARGET = /\b(?:milia|milium|bumps?|cysts?|spots?|keratin|whiteheads?)\b/;

/**
 * A DIY instruction belongs to milia unless the sentence is plainly about something else
 * ("use a needle to prick the blister on your heel") and names nothing milia-like.
 */
/** Fingers used as the tool ("squeeze with your fingertips") are not what is squeezed. */
const FINGERS_AS_TOOL =
  /\b(?:with|between|using)\s+(?:your\s+|my\s+|two\s+|clean\s+)*(?:finger\w*|thumbs?)\b/g;

/** The sentence names milia or something milia-like ("the milium", "the bump", "the keratin"). */
export function namesMiliaTarget(facts: SentenceFacts): boolean {
  return facts.has('milia-term') || MILIA_TARGET.test(facts.lower);
}

export function aimedAtMilia(facts: SentenceFacts): boolean {
  // An item under "What you'll need to get milia out": "prickers sold for blood sugar testing".
  if (facts.inSupplyList) return true;
  const lower = facts.lower.replace(FINGERS_AS_TOOL, '');
  return !OTHER_TARGET.test(lower) || MILIA_TARGET.test(lower.replace(OTHER_TARGET, ''));
}
