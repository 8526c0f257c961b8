import type { SentenceFacts } from '../../sentence-facts.ts';
import { introducesRemedy } from './remedy-step.ts';
import { CLEANING, COOKING, FACE_OR_BUMPS } from '../../lexicon/household.ts';
import { namesMilia, placedOnFace } from '../../lexicon/face-place.ts';

/**
 * A bare instruction naming nothing but the remedy, the heading of a list item: "2. Try a warm
 * compress", "4. Apply raw honey", "5. Dab on tea tree oil". Its item says where it goes; near milia, it goes on them. A
 * recipe's step names what it goes into or with ("Use lemon juice in the dressing", "Use honey
 * instead of sugar").
 */
const BARE_INSTRUCTION =
  /^(?:\d{1,2}[.)]\s*)?(?:try|apply|use|(?:dab|rub|smear|slather|massage)\s+on)\s+(?:(?!(?:in|into|instead|of|to|for|with|on|over|as|and|or)\s)[a-z-]+\s+){0,3}[a-z-]+[.!]?$/u;

/** Longer than any such heading: a number, the verb and four words ("12. Apply a little raw honey"). */
const BARE_MAX = 48;

/**
 * A kitchen word is a remedy only when it goes on skin: the sentence names the skin, the bumps or
 * "them", is a bare instruction to use it or a recipe's title ("DIY sugar and olive oil scrub"),
 * and is not about cleaning a house ("Mix baking soda with lemon for the grout" is not) or
 * aimed at another part of the body.
 */
export function onSkin(facts: SentenceFacts): boolean {
  return aimedAtSkin(facts, facts.skinTarget);
}

/**
 * Salt and a warm spoon are far commoner in a kitchen or a first-aid box than on milia ("rub the
 * salt into it", "hold the hot spoon under the splinter"): they need milia named or the face or the
 * bumps as the place they go, not "skin", "it", "them" or a face word used otherwise ("face the
 * fat side up", "keep it away from your eyes").
 */
export function onFaceOrBumps(facts: SentenceFacts): boolean {
  return aimedAtSkin(facts, namesMilia(facts.lower) || placedOnFace(facts.lower));
}

function aimedAtSkin(facts: SentenceFacts, target: boolean): boolean {
  return (
    (target || bareInstruction(facts.lower) || labelledStep(facts) || introducesRemedy(facts)) &&
    !CLEANING.test(facts.text) &&
    !COOKING.test(facts.lower) &&
    !elsewhere(facts.lower)
  );
}

/**
 * A remedy aimed at another part of the body ("frankincense oil into the dry skin on your
 * elbows", "Vicks on his chest for the cough", "coconut oil through your hair") is not aimed at
 * milia or the face, unless the sentence names those too ("milia on my chest").
 */
const OTHER_PART =
  /\b(?:elbows?|knees?|feet|foot|heels?|soles?|toes?|knuckles?|cuticles?|scalp|hair|chest|shoulders?|legs?|shins?|arms?|armpits?|belly|tummy)\b/;

function elsewhere(lower: string): boolean {
  return OTHER_PART.test(lower) && !FACE_OR_BUMPS.test(lower);
}

/**
 * A listicle's item named by its remedy and told as a step or judged: "Castor oil: work a few
 * drops in at night", "Toothpaste: absolutely not". A recipe's item ("Banana bread: mash the
 * bananas") names no remedy in its label.
 */
function labelledStep(facts: SentenceFacts): boolean {
  const colon = facts.lower.indexOf(':');
  if (colon < 0 || colon > 30) return false;
  const remedyLabel = facts.hits.some(
    (hit) => hit.rule.kind === 'diy-remedy' && hit.start - facts.start < colon,
  );
  return (
    remedyLabel &&
    !/\b(?:bread|cake|muffins?|smoothie|recipe|pie)\b/.test(facts.lower.slice(0, colon)) &&
    (facts.imperatives.some((imp) => imp.at > colon && !imp.negated) ||
      facts.cues.some((cue) => cue.start > colon))
  );
}

/** A heading this short: the length check first, since most sentences with a remedy are long. */
function bareInstruction(lower: string): boolean {
  return lower.length <= BARE_MAX && BARE_INSTRUCTION.test(lower.trim());
}
