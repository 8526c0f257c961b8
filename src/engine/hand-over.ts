import type { Judged, ProcedureState } from './procedure-state.ts';
import { namesMiliaTarget } from './rules/diy/aimed-at-milia.ts';
import handOver from './rules/diy/hand-over.ts';
import type { SentenceFacts } from './sentence-facts.ts';
import type { Verdict } from './verdict.ts';

/**
 * A referral told as the way instead of one's own hands: "see a dermatologist instead", "save
 * your money and see a professional", "leave extraction to a pro", "a specialist's chair, not
 * your bathroom mirror", "get it done properly". The corpus (README, dev.jsonl: "seeing a doctor
 * rather than treating them yourself") reads these as turning away from DIY removal too, though
 * they name no DIY verb. Plain "see a GP if it bothers you" offers care and judges no DIY.
 */
const INSTEAD_OF_OWN_HANDS = new RegExp(
  [
    // A bare "instead" right after the clinician ("see a derm instead"); "instead of waiting"
    // names what it replaces, and "ask about freezing them instead" swaps one treatment for another.
    "\\binstead\\b(?!\\s+of\\b)(?<=\\b(?:derm\\w*|doctors?|gps?|pros?|professionals?|specialists?|clinic\\w*|nurses?|a?estheticians?|facialists?)\\s+(?:[\\w'-]+\\s+){0,2}instead)",
    // Done right by the clinician, as against done at home: "taken out properly", "get it done
    // properly", "opened properly by a pro"; not "check the rash properly", "wash properly".
    '\\b(?:taken?\\s+(?:(?:it|them)\\s+)?out|removed|done|opened|extracted|lanced|drained)\\s+(?:\\w+\\s+)?properly\\b',
    '\\bnot\\s+(?:in\\s+)?(?:your|my|the)\\s+(?:own\\s+)?(?:bathroom\\s+)?(?:mirror|sink|kitchen|hands?|fingers?)\\b',
    '\\b(?:save|spare)\\s+(?:your|yourself)\\s+(?:the\\s+)?(?:money|cash|pennies|skin|face|grief|hassle|trouble)\\b',
    '\\bdo\\s+yourself\\s+a\\s+favou?r\\b',
    '\\bleave\\s+(?:the\\s+)?(?:removal|extraction|extracting|removing)\\s+to\\b',
  ].join('|'),
);

/**
 * "They do this for a living" hands over only a removal or milia the sentence names: a few
 * sentences after milia it may praise any clinician ("Got milia? Popular opinion: see a
 * dermatologist, they do this for a living").
 */
const FOR_A_LIVING = /\bfor\s+a\s+living\b/;

/** Another skin complaint the referral is for: "never press the pimples on your back". */
const OTHER_COMPLAINT =
  /\b(?:pimples?|acne|zits?|rash\w*|boils?|blackheads?|warts?|moles?|splinters?|ingrown)\b/;

/**
 * Removal named in the sentence, so its referral is about milia and not, say, the boiler. Not
 * "popular" nor "pop in to see the nurse".
 */
const REMOVAL_WORDS =
  /\b(?:remov\w*|extract\w*|take\s+(?:it|them)\s+out|pop(?:s|ped|ping)?\b(?!\s+in\b)|squeez\w*)\b/;

/** How many sentences after milia are named a hand-over may still be about them. */
const MILIA_REACH = 3;

/** A clinician named as one, not only "a pro" or "a professional". */
const SKIN_CLINICIAN =
  /^(?:derm|doctor|gp|physician|clinician|specialist|nurse|a?esthetician|facialist|someone|trained|skin\s+clinic)/;

function namesSkinClinician(facts: SentenceFacts): boolean {
  for (const hit of facts.hits)
    if (
      hit.rule.kind === 'professional' &&
      SKIN_CLINICIAN.test(facts.lower.slice(hit.start - facts.start))
    )
      return true;
  return false;
}

/**
 * Milia named in this sentence keep a hand-over about them for a few sentences more; called at the
 * end of every judged sentence (the detector counts the skipped ones down).
 */
export function advanceMilia(facts: SentenceFacts, procedure: ProcedureState): void {
  if (facts.has('milia-term')) procedure.miliaLeft = MILIA_REACH;
  else if (procedure.miliaLeft) procedure.miliaLeft -= 1;
}

/**
 * Milia were named within the hand-over's reach: "them" reaches back over an answer or a myth
 * ("Can milia be squeezed out? You can't really, there's no opening. Forcing it damages the
 * skin"), not further.
 */
export function miliaJustNamed(procedure: ProcedureState): boolean {
  return !!procedure.miliaLeft;
}

const TURNS_AWAY: Verdict = { stance: 'discourages', reason: 'referral' };

/**
 * The sentence hands the removal over to a clinician instead of the reader's hands. Asked once
 * per sentence that names a clinician and judged no DIY removal of its own, and only about milia:
 * the sentence names them (or their removal), or a DIY practice was just told.
 */
export function handsOver(facts: SentenceFacts, procedure: ProcedureState): Judged[] {
  if (facts.question || !facts.has('professional')) return [];
  const instead = INSTEAD_OF_OWN_HANDS.test(facts.lower);
  if (!instead && !FOR_A_LIVING.test(facts.lower)) return [];
  if (OTHER_COMPLAINT.test(facts.lower) && !namesMiliaTarget(facts)) return [];
  // The reader is sent somewhere ("see a", "leave it to", "go to someone"): a clinician's own
  // "I take them out properly" sends nobody.
  if (
    !facts.cues.some((cue) => cue.type === 'referral') &&
    !facts.imperatives.some((i) => !i.negated)
  )
    return [];
  const about =
    namesMiliaTarget(facts) ||
    REMOVAL_WORDS.test(facts.lower) ||
    (!!procedure.topicLeft && procedure.topic?.hit.rule.kind === 'diy-extraction') ||
    // A review's or a reply's last word just after milia were named, to a skin clinician by name:
    // "a pro" alone may be a plumber's ("leave it to a pro and call a plumber instead").
    (instead && !!procedure.miliaLeft && namesSkinClinician(facts));
  if (!about) return [];
  const hit = { rule: handOver, start: facts.start, end: facts.start + facts.text.length };
  return [{ hit, verdict: TURNS_AWAY }];
}
