import { REFUSAL } from './lexicon/reply-words.ts';
import { type Cue, type CueType, negates, OFFERS_CARE, VALUED_CARE } from './lexicon/stance.ts';
import { clauseAt, type Hit, type SentenceFacts } from './sentence-facts.ts';
import { CLINIC_POLICY, DIY_KINDS } from './stance.ts';
import type { Stance } from './types.ts';
import type { Verdict } from './verdict.ts';

/**
 * The stance of the findings that are no DIY practice: professional care, a myth, and the eye
 * area or a baby (which take the stance of the DIY advice about them). `stance.ts` judges the
 * DIY practices themselves.
 */

/**
 * Professional care is recommended by a referral, praise ("can remove them safely", "worth every
 * cent") or an offer ("a dermatologist can treat them").
 */
export function professionalStance(facts: SentenceFacts): Stance {
  if (facts.question) return 'describes';
  const praised = facts.cues.some((cue) => cue.type === 'referral' || cue.type === 'endorses');
  return praised || OFFERS_CARE.test(facts.lower) || valuesCare(facts) ? 'recommends' : 'describes';
}

/**
 * "Worth it" judges what it follows: the clinician's work, not DIY told after it ("a derm did
 * three, then I did the rest with a needle, worth it"). A tool or verb after the clinician with
 * no new doer is the clinician's own ("my derm removed them with a needle, worth it").
 */
function valuesCare(facts: SentenceFacts): boolean {
  const verdict = VALUED_CARE.exec(facts.lower);
  if (!verdict) return false;
  const at = facts.start + verdict.index;
  let lastPro = -1;
  let lastDiy = -1;
  for (const hit of facts.hits) {
    if (hit.start >= at) continue;
    if (hit.rule.kind === 'professional') lastPro = Math.max(lastPro, hit.start);
    else if (DIY_KINDS.has(hit.rule.kind)) lastDiy = Math.max(lastDiy, hit.start);
  }
  if (lastDiy < 0 || lastDiy < lastPro) return true;
  const from = Math.max(lastPro, facts.start) - facts.start;
  return !NEW_DOER.test(facts.lower.slice(from, verdict.index));
}

/** Someone other than the clinician taking over the work: "then I did the rest", "do it yourself". */
const NEW_DOER = /\b(?:i|i'(?:d|ve|m)|you|myself|yourself)\b/;

/**
 * "Use a sterile lancet, and never go near the eyes", "skip the eye area entirely": advice that
 * keeps away from the eye area (or a baby) warns about it, whatever else it recommends or tells.
 * True when a "don't"/"never"/"avoid" comes before the audience's words in their own clause.
 */
export function keptAwayFrom(facts: SentenceFacts, hit: Hit, advised: boolean): boolean {
  const at = hit.start - facts.start;
  const [from] = clauseAt(facts, at);
  return facts.cues.some(
    (cue) =>
      (cue.type === 'directive' || cue.type === 'warns') &&
      cue.start >= from &&
      cue.start < at &&
      !CLINIC_POLICY.test(facts.lower.slice(Math.max(0, cue.start - 3), cue.start)) &&
      (advised || !SKINCARE.test(facts.lower.slice(cue.end, at))),
  );
}

/** A reply's refusal: "no", "nope", "absolutely not" (the warning cue's own words). */
const REFUSAL_HERE = new RegExp(`^${REFUSAL}`);

/**
 * Without DIY advised in the sentence, "avoid thick creams around the eyes" keeps a product away,
 * telling how to look after the skin there; "skip the eye area entirely" keeps the reader away.
 */
const SKINCARE =
  /\b(?:creams?|lotions?|products?|make-?up|serums?|oils?|balms?|gels?|moisturi[sz]\w*)\b/;

/** A myth repeated is a claim; a myth with a "not"/"nothing to do with" is being corrected. */
export function mythStance(facts: SentenceFacts): Stance {
  return negates(facts.lower) ? 'discourages' : 'describes';
}

/**
 * The eye area and babies take the stance of the DIY advice in their sentence: "use a needle on
 * the milia under your eyes" recommends, "see a professional for eyelid milia" discourages DIY.
 * A bare "there is no opening" argument is not a warning to the reader, so it does not count.
 * Without DIY in the sentence, a referral, a "leave them alone" or a "don't" with a harm warns.
 */
export function audienceStance(facts: SentenceFacts, diy: readonly Verdict[]): Stance {
  if (diy.some((v) => v.stance === 'recommends')) return 'recommends';
  if (diy.some((v) => v.stance === 'discourages' && v.reason !== 'futility')) return 'discourages';
  // A reply's bare "nope" answers whatever was asked ("is it acne?"), not whether to touch them.
  const warned = (cue: Cue) =>
    cue.type === 'referral' ||
    (cue.type === 'warns' && !REFUSAL_HERE.test(facts.lower.slice(cue.start)));
  if (facts.cues.some(warned)) return 'discourages';
  // "Stop doing that near your eyes, you could scar": a warning whose DIY was named earlier.
  const has = (type: CueType) => facts.cues.some((cue) => cue.type === type);
  if (has('directive') && has('harm') && !facts.question) return 'discourages';
  return 'describes';
}
