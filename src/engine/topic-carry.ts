import { REFUSAL, SPEAKER_LABEL } from './lexicon/reply-words.ts';
import type { Judged, ProcedureState } from './procedure-state.ts';
import type { Hit, SentenceFacts } from './sentence-facts.ts';
import { carriedVerdict, DIY_KINDS } from './stance.ts';

/** How many sentences after a DIY practice may still judge it by "it", "them" or "again". */
const TOPIC_REACH = 2;

/**
 * A sentence that names no practice but judges the one just told, by "it", "them" or "again":
 * a reply's "one slip and you're in A&E, get an eye doctor to do it", a story's "Would 100% do it
 * again", a recipe's "Smooth it over the bumps". It takes the practice's kind and rule, and its
 * own stance; a recommendation never follows a warning ("don't pick them" then "use a retinoid
 * on them" is no advice to pick), and a professional named in the sentence is whom it recommends.
 */
export function carryTopic(facts: SentenceFacts, procedure: ProcedureState): Judged[] {
  const { topic } = procedure;
  if (!topic || facts.question || !judgesTopic(facts.lower, procedure)) return [];
  // "Retinol helps them fade" judges retinol.
  if (OTHER_CARE.test(facts.lower)) return [];
  // A reply further down the thread that does not point back ("Reply: yes, go today") may warn
  // against the practice asked about, not be read as advice to do it.
  const near = procedure.topicLeft === TOPIC_REACH || REFERS_BACK.test(facts.lower);
  const mayRecommend = near && topic.verdict.stance !== 'discourages' && !facts.has('professional');
  const verdict = carriedVerdict(facts, mayRecommend);
  // "Spread it over the grout" is no skin remedy; a warning needs no skin to warn about.
  if (!verdict || (verdict.stance !== 'discourages' && topic.hit.rule.accept?.(facts) === false))
    return [];
  const hit = { rule: topic.hit.rule, start: facts.start, end: facts.start + facts.text.length };
  return [{ hit, verdict }];
}

export function followsAdvisedRemoval({ topic, topicLeft }: ProcedureState): boolean {
  return (
    !!topicLeft &&
    topic?.hit.rule.kind === 'diy-extraction' &&
    topic.verdict.stance === 'recommends'
  );
}

/**
 * A DIY practice the sentence names, whether or not its rule held there. The spirit a tool is
 * wiped with is no practice of its own: "Pro tip: dip them in rubbing alcohol" is about the
 * tools just told.
 */
export function isDiy(hit: Hit): boolean {
  return DIY_KINDS.has(hit.rule.kind) && hit.rule.id !== 'diy-antiseptic-afterwards';
}

/** Care that is no DIY practice: a sentence naming it judges that, not the practice before. */
export const OTHER_CARE =
  /\b(?:retino\w*|tretinoin|adapalene|differin|sunscreen|spf|moisturi[sz]\w*|serums?|cleansers?|(?:glycolic|salicylic|lactic|mandelic|azelaic)\s+acid|aha|bha)\b/;

/**
 * Longer than a reply's or a story's verdict ("Would 100% do it again.", "Using one near your
 * cheek invites infection, and sharing one between people spreads it further."): a sentence this long
 * that names no practice is prose about something else, and reading it costs a cue pass. A
 * sentence further on must be shorter still, and open a block or a reply: a reply, or a story's
 * last word on what it told.
 */
const CARRY_MAX = 120;
const LATER_CARRY_MAX = 80;

/**
 * The sentence may judge the practice told just before: one is in reach, and the sentence is
 * short and points back to it. Asked first of every sentence without a hit of its own.
 */
export function judgesTopic(lower: string, procedure: ProcedureState): boolean {
  const { topicLeft } = procedure;
  if (!topicLeft) return false;
  const next = topicLeft === TOPIC_REACH;
  // A reply's label opens a post as a new block does, and answers the thread's question.
  const answers = ANSWERS.test(lower);
  if (lower.length > (next || answers ? CARRY_MAX : LATER_CARRY_MAX)) return false;
  if (!next && !procedure.atBlockStart && !answers) return false;
  return answers || REFERS_BACK.test(lower);
}

/**
 * An answer or a reply to what was just asked or told: "Short answer: …", "A: No, …", "Customer
 * A: I wouldn't", "Reply: please don't", "Top comment: …", "Answer (shopper): I'd steer clear"; a line
 * that opens with a refusal ("Please don't – …", "Nope, …"), or a listing's caution about what it
 * sells ("Not suitable near the eyes.", "Do not use on broken skin.").
 */
const ANSWERS = new RegExp(
  `^(?:${SPEAKER_LABEL}|${REFUSAL}|(?:please\\s+(?:don't|do\\s+not)|not\\s+(?:for|suitable|intended|recommended)|(?:do\\s+not|don't|never)\\s+use|avoid\\s+use)\\b)`,
);

/**
 * Words that point back to a practice told before ("do it again", "break them up"), or to its
 * steps ("repeat", "afterwards"), a reply's "don't do the ones on your eyelids", and a review's
 * "Verdict: avoid.", "that thing", "using one". Not "that" or "one" alone, which are more often
 * a conjunction or a number than a practice, and cost a cue pass each.
 */
const REFERS_BACK =
  /\b(?:it|this|them|they|em|ones|again|afterwards|repeat|recommend|verdict|thing(?<=\b(?:that|the)\s+thing)|one(?<=\b(?:use|using|reuse|reusing|with|tried|try|trying)\s+one))\b/;

/** The last practice named (and how it was judged) stays the topic for a few sentences. */
export function advanceTopic(
  own: readonly Judged[],
  diy: readonly Judged[],
  procedure: ProcedureState,
) {
  const first = diy[0];
  if (own.length > 0 && first) {
    // "Steam first to make extraction easier": the removal is what later lines judge.
    procedure.topic = diy.find((j) => j.hit.rule.kind === 'diy-extraction') ?? first;
    procedure.topicLeft = TOPIC_REACH;
    return;
  }
  if (procedure.topicLeft) procedure.topicLeft -= 1;
  // A warning about it ends any reading of later sentences as advice to do it.
  if (first && procedure.topic && first.verdict.stance === 'discourages') procedure.topic = first;
}
