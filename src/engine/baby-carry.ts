import type { Judged, ProcedureState } from './procedure-state.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/**
 * A thread or a page about one baby names the baby once ("Our 3 week old has white dots on his
 * chin, is that normal?") and then advises without naming it again ("Reply: don't squeeze them",
 * "a wipe with plain water is all they need"). That advice is about the baby: it takes the infant
 * audience (and its severity) for a few sentences after the baby is named. The count runs down on
 * every sentence, advising or not, so a long page does not stay about the baby; and it ends where
 * the page turns to someone else ("in adults", "my own milia", "Me too" that no longer says "his"
 * or "hers") or to a new heading.
 */
const BABY_REACH = 4;

/** One baby, the writer's or the reader's: "my 10 day old", "our newborn", "your baby's nose". */
const ONE_BABY =
  /\b(?:(?:my|our|your|the|her|his|this)\s+(?:little\s+|new\s+|newborn\s+)?(?:baby|newborn|infant|son|daughter|lo|bub|little\s+one)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:day|week|month)s?[\s-]olds?)\b/;

/** The page turns from the baby to a grown-up: the writer, another reader, adults in general. */
const SOMEONE_ELSE =
  /\b(?:adults?|grown[\s-]?ups?|teens?|teenagers?|older\s+(?:children|kids)|(?:my|your)\s+own|myself|for\s+me|me\s*(?:\(\d{1,2}\)\s*)?(?:too|as\s+well)|same\s+here|i\s+(?:also|too)|i\s+have\s+(?:them|milia|some|a\s+few)|i${"'"}ve\s+(?:got|had)\s+(?:them|milia|some))\b/;

/**
 * A reply that joins in ("Me too") yet still means a child by "his", "him" or "hers": "Me too, but
 * I'd never squeeze his." ("her" is as often the writer's own face or a friend's; an adult named
 * with it, "my husband's the same", is whose it is.)
 */
const BACK_TO_BABY = /\b(?:his|him|hers)\b/;
/** An adult the "his" or "hers" may be: "my husband's the same, I'd never squeeze his". */
const ADULT_NAMED =
  /\b(?:husband|hubby|wife|partner|boyfriend|girlfriend|fianc[eé]e?|dad|mum|mom|brother|sister|friend|colleague|flatmate|roommate)\b/;

/** A heading: a short line that opens a block without a full stop ("Milia in older skin"). */
function isHeading(facts: SentenceFacts, procedure: ProcedureState): boolean {
  return !!procedure.atBlockStart && facts.text.length <= 60 && !/[.!?:]\s*$/.test(facts.text);
}

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
  const turns =
    SOMEONE_ELSE.test(facts.lower) &&
    (!BACK_TO_BABY.test(facts.lower) || ADULT_NAMED.test(facts.lower));
  if (turns || isHeading(facts, procedure)) {
    procedure.babyLeft = 0;
    return false;
  }
  procedure.babyLeft -= 1;
  // "The GP said to leave them": a clinician's advice told is the professional finding's.
  return !facts.has('professional') && diy.some((j) => j.verdict.stance !== 'describes');
}
