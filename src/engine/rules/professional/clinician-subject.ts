import { clauseAt, type Hit, type SentenceFacts } from '../../sentence-facts.ts';

/** How far a clinician may stand before the removal they carry out (characters). */
const REACH = 60;
/** "…dermatologist, who took them out": the clause goes on with the clinician as its subject. */
const WHO = /^\s*,\s*who\b/u;
/**
 * Someone else's hands, or a new clause: "my GP said you could squeeze them", "skip the
 * dermatologist and use a lancet".
 */
const OTHER_HANDS =
  /[,;:.!?]|\b(?:you|your|he|she|they|people|me|us|and|or|but|instead|so|if|said|says|told|advised)\b/u;
const FIRST_PERSON = /\b(?:i|we)\b/u;
/** The clinician named as the removal's agent: "taken out by a derm", "removed by the GP". */
const BY_AGENT = /^\s*(?:properly\s+)?by\s+(?:(?:a|an|the|your|my|our)\s+)?(?:[\w-]+\s+)?$/u;
/** "As a dermatologist I…", "In the office I…": the clinician speaks for themselves. */
const AS_A = /\bas\s+an?\s+(?:[\w-]+\s+)?$/u;

/**
 * The DIY hit is what a clinician named just before it does, told as the subject of its verb:
 * "my dermatologist nicked those out", "my dermatologist, who took them out with a fine needle",
 * "As a dermatologist I take out milia every week", "In the office I make a tiny nick". Such a
 * removal is the clinician's procedure, not the reader's. Without `asSpeaker`, only a clinician
 * told of counts: one speaking as such ("As a nurse I see clients who…") may tell others' DIY.
 */
export function doneByClinician(facts: SentenceFacts, hit: Hit, asSpeaker = true): boolean {
  const { lower, start } = facts;
  for (const pro of facts.hits) {
    if (pro.rule.kind !== 'professional' || pro.end > hit.start || hit.start - pro.end > REACH)
      continue;
    const between = lower.slice(pro.end - start, hit.start - start).replace(WHO, '');
    if (OTHER_HANDS.test(between)) continue;
    if (!FIRST_PERSON.test(between) || (asSpeaker && speaksAsClinician(lower, pro.start - start)))
      return true;
  }
  return false;
}

/**
 * The removal names a clinician as its agent right after it: "I'd recommend getting them taken
 * out by a derm", "had mine removed by the GP". Whatever the sentence thinks of it, it is the
 * clinician's procedure.
 */
export function removedByAgent(facts: SentenceFacts, hit: Hit): boolean {
  const { lower, start } = facts;
  for (const pro of facts.hits)
    if (
      pro.rule.kind === 'professional' &&
      pro.start >= hit.end &&
      BY_AGENT.test(lower.slice(hit.end - start, pro.start - start))
    )
      return true;
  return false;
}

/**
 * A clinic telling its own procedure, "we" opening the clause: "We usually open each cyst with a
 * fine blade", "we extract milia by opening them". Present tense only: "we squeezed them" is a
 * family's story.
 */
const OUR_HANDS =
  /^\s*(?:so\s+|then\s+|and\s+)?we\s+(?:(?:\w+ly|then|first|always|can|will|may|often|just)\s+)*(?![a-z]+ed\b)[a-z]/u;

export function doneByClinic(facts: SentenceFacts, hit: Hit): boolean {
  const [from] = clauseAt(facts, hit.start - facts.start);
  return OUR_HANDS.test(facts.lower.slice(from, from + 60));
}

function speaksAsClinician(lower: string, at: number): boolean {
  return lower.startsWith('in ', at) || AS_A.test(lower.slice(Math.max(0, at - 30), at));
}
