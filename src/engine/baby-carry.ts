import type { Judged, ProcedureState } from './procedure-state.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/**
 * A thread or a page about one baby names the baby once ("My 10 day old has white spots on her
 * nose, should I be worried?") and then advises without naming it again ("Reply: don't squeeze
 * them", "Just wipe with cooled boiled water and leave them be"). That advice is about the baby:
 * it takes the infant audience (and its severity) for a few judged sentences after the baby is
 * named, each one that advises keeping it going.
 */
const BABY_REACH = 3;

/** One baby, the writer's or the reader's: "my 10 day old", "our newborn", "your baby's nose". */
const ONE_BABY =
  /\b(?:(?:my|our|your|the|her|his|this)\s+(?:little\s+|new\s+|newborn\s+)?(?:baby|newborn|infant|son|daughter|lo|bub|little\s+one)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:day|week|month)s?[\s-]olds?)\b/;

/**
 * The sentence advises about the baby named just before without naming it (true), and moves
 * how much longer that lasts along.
 */
export function aboutBabyStill(
  facts: SentenceFacts,
  diy: readonly Judged[],
  procedure: ProcedureState,
): boolean {
  if (facts.has('infant')) {
    // "Milia are common in newborns" names babies in general; an article about adults follows.
    if (ONE_BABY.test(facts.lower)) procedure.babyLeft = BABY_REACH;
    return false;
  }
  if (!procedure.babyLeft) return false;
  // "The GP said to leave them": a clinician's advice told is the professional finding's.
  if (!facts.has('professional') && diy.some((j) => j.verdict.stance !== 'describes')) {
    procedure.babyLeft = BABY_REACH;
    return true;
  }
  procedure.babyLeft -= 1;
  return false;
}
