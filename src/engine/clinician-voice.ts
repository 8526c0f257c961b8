import type { Judged, ProcedureState } from './procedure-state.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/**
 * A clinician telling their own work: a clinic's page ("Using a sterile lancet, I make a tiny
 * opening and lift out the keratin") or a story's clinician ("My optician offered to take it off.
 * She used a tiny sterile needle."). The needle is theirs, so the sentence describes professional
 * care, not DIY. Only a plain telling: advice, a warning or the reader's own hands keep their
 * DIY reading.
 */

/** The writer names themself a clinician, or speaks for a clinic. */
const WRITER_CLINICIAN =
  /\b(?:as|i['’]m|i\s+am|with)\s+an?\s+(?:(?:licensed|qualified|trained|registered)\s+)?(?:dermatologist|a?esthetician|facialist|nurse|doctor|practitioner)\b|\b(?:our|my)\s+(?:clinic|practice)\b/;
/** The sentence's doer: the writer ("I", "we") or the clinician just named ("she", "he"). */
const WRITER = /\b(?:i|we)\b/;
const THIRD = /\b(?:she|he)\b/;
/** The reader's or the writer's own skin: "you", "at home", "my own". */
const OWN_HANDS = /\b(?:you|your|yourself|themselves|home|diy|myself|my\s+own|mine)\b/;
/** How many sentences "she" or "he" may point back to a clinician. */
const CLINICIAN_REACH = 2;

/** Moves the clinician's voice along: a clinician named, the writer as one. */
export function advanceClinician(facts: SentenceFacts, procedure: ProcedureState): void {
  if (facts.has('professional')) {
    procedure.clinicianLeft = CLINICIAN_REACH;
    if (!procedure.clinicianWrites && WRITER_CLINICIAN.test(facts.lower))
      procedure.clinicianWrites = true;
  } else if (procedure.clinicianLeft) procedure.clinicianLeft -= 1;
}

/** The sentence's DIY is a plain telling of the clinician's own work. */
export function clinicianTells(
  facts: SentenceFacts,
  diy: readonly Judged[],
  procedure: ProcedureState,
): boolean {
  if (diy.length === 0 || (!procedure.clinicianWrites && !procedure.clinicianLeft)) return false;
  for (const j of diy)
    if (j.hit.rule.kind !== 'diy-extraction' || j.verdict.stance !== 'describes') return false;
  const { lower } = facts;
  if (facts.question || OWN_HANDS.test(lower) || facts.imperatives.length > 0) return false;
  return (
    (procedure.clinicianWrites === true && WRITER.test(lower)) ||
    (!!procedure.clinicianLeft && THIRD.test(lower))
  );
}
