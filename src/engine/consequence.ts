import { APOS } from './lexicon/pattern.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/** "…and you'll", "…and you will", "…and you could", "…or you'll": what doing it leads to. */
const LEADS_TO = new RegExp(
  `\\b(?:and|or)\\s+(?:you(?:${APOS}ll|${APOS}d|\\s+will|\\s+would|\\s+could|\\s+may|\\s+might|${APOS}re)|it(?:${APOS}ll|\\s+will))\\s`,
  'g',
);

/**
 * "Squeeze them with a needle and you'll end up with a scar", "Pick at them and you could
 * infect the skin": an instruction joined to a harm it leads to warns by its consequence; the
 * instruction is only its condition. True when such a harm follows the DIY at sentence offset
 * `at`. "Use a lancet and you'll have them out in a minute" names no harm, and still advises.
 */
export function warnsByConsequence(facts: SentenceFacts, at: number): boolean {
  LEADS_TO.lastIndex = at;
  const link = LEADS_TO.exec(facts.lower);
  if (!link) return false;
  const from = link.index + link[0].length;
  for (const cue of facts.cues) if (cue.type === 'harm' && cue.start >= from) return true;
  return false;
}
