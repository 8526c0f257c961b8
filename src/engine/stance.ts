import { type Cue, type CueType, negates } from './lexicon/stance.ts';
import { clauseAt, type Hit, type SentenceFacts } from './sentence-facts.ts';
import { reportedIn } from './reported.ts';
import type { Kind } from './types.ts';
import type { Verdict } from './verdict.ts';
import { warnsOnlyByNounsOutside } from './verdict-noun.ts';
import { booksOwnService } from './own-booking.ts';

/** Kinds that are things a reader might do to their own skin. */
export const DIY_KINDS: ReadonlySet<Kind> = new Set([
  'diy-extraction',
  'harsh-exfoliation',
  'diy-remedy',
]);

/** How far after "don't"/"never" the DIY it forbids may start (characters). */
const DIRECTIVE_REACH = 60;
const GENERIC_OBJECT =
  /^\s*(?:to\s+)?(?:use|try|attempt|do|touch|put|attack|mess\s+with|fiddle\s+with|it|this)\b/iu;

/**
 * The stance a sentence takes towards one DIY hit. The clause around the hit decides when it has
 * a cue ("Skip the scrub, then use a needle"); otherwise the whole sentence does. Order matters:
 * an explicit warning beats a recommendation, which beats a mere mention of harm ("the key to
 * avoiding a scar is a fine lancet" still recommends the lancet).
 */
export function diyVerdict(facts: SentenceFacts, hit: Hit): Verdict {
  const at = hit.start - facts.start;
  if (contrasted(facts, at) || facts.cues.some((cue) => cue.type === 'irony')) return WARNS;
  // A clause holds a cue only if the sentence does: a sentence without one needs no clauses.
  const { length } = facts.text;
  const whole = verdictIn(facts, 0, length);
  if (!whole) return PLAIN;
  const [from, to] = clauseAt(facts, at);
  // "Don't scrub, squeeze or put lotions on…": the clause carries on a forbidden list of verbs,
  // so whatever else it says ("to try to get rid of them") the DIY in it is what is forbidden.
  if (forbiddenByList(facts, from, at)) return WARNS;
  let verdict = verdictIn(facts, from, to) ?? whole;
  // "A hard no on pricey serums; I lance mine": the verdict noun judges its own clause only.
  if (verdict === WARNS && nounsOnly(facts, from, to))
    verdict = verdictIn(facts, 0, length, 'warns') ?? PLAIN;
  // "Book in and we'll squeeze them out": a salon sells its own service, it refers no one.
  if (verdict === REFERRAL && booksOwnService(facts))
    verdict = verdictIn(facts, 0, length, 'referral') ?? PLAIN;
  // "My cousin swears the trick is a hot spoon", "a drop each night is said to dry them out":
  // someone else's advice, reported.
  if (verdict.stance === 'recommends' && reportedIn(facts, at, to)) return PLAIN;
  // A question asks about a practice ("Vinegar on milia: a bad idea?"), unless it warns outright
  // or tells the harm as it asks ("Did you know squeezing can scar?", "Why is it so risky?").
  if (facts.question && (verdict.stance === 'recommends' || (verdict === HARM && !tells(facts))))
    return PLAIN;
  if (facts.question && verdict === WARNS && nounsOnly(facts, 0, 0)) return PLAIN;
  return verdict;
}

/**
 * What something else will not do: "a compress will never burst them, though it may soothe", "steam can't open a cyst",
 * "it won't scrub anything away". The practice is only denied of a remedy, and is no advice or
 * warning of its own; "you can't pop them" (the reader) is a warning, read by its own cue, and
 * "mine won't squeeze out", "dots that won't pop" tell of the milia themselves.
 */
const DENIED_MODAL = `(?:won't|wont|will\\s+not|can't|cant|cannot|can\\s+not|doesn't|does\\s+not|didn't|did\\s+not)`;
/** (The modal first, what stands before it looked back at only then: most windows have none.) */
const DENIED = new RegExp(
  `\\b${DENIED_MODAL}(?<!\\b(?:you|i|we|u|mine|that|they|these|those|which|milia|milium|bumps?|ones|spots?|dots)\\s+(?:(?:just|still|simply|really|even)\\s+)?${DENIED_MODAL})\\s+(?:(?:even|really|actually|ever|magically|just)\\s+)?$`,
);
const DENIED_REACH = 40;

export function deniedOf(facts: SentenceFacts, hit: Hit): boolean {
  const at = hit.start - facts.start;
  return DENIED.test(facts.lower.slice(Math.max(0, at - DENIED_REACH), at));
}

/** A question that tells rather than asks: "Did you know…?", "Why is … so dangerous?" */
const TELLING_QUESTION = /^\W*(?:did\s+you\s+know|why)\b/;
const tells = (facts: SentenceFacts) => TELLING_QUESTION.test(facts.lower);

// A sentence has thousands of siblings on a dense page: the verdicts are shared, never changed.
const WARNS: Verdict = { stance: 'discourages', reason: 'warns' };
const PROCEDURE: Verdict = { stance: 'recommends', reason: 'procedure' };
const RECOMMENDS: Verdict = { stance: 'recommends', reason: 'recommends' };
const BENEFIT: Verdict = { stance: 'recommends', reason: 'benefit' };
const HARM: Verdict = { stance: 'discourages', reason: 'harm' };
const REFERRAL: Verdict = { stance: 'discourages', reason: 'referral' };
const FUTILITY: Verdict = { stance: 'discourages', reason: 'futility' };
const PLAIN: Verdict = { stance: 'describes', reason: 'plain' };

/**
 * The stance of a sentence that names no practice towards the one just told (see `carryTopic` in topic-carry.ts):
 * a warning, a harm, a recommendation, an instruction or a claim that it works. A referral
 * recommends the clinician, and "it didn't budge" tells a story; neither judges the practice.
 */
export function carriedVerdict(facts: SentenceFacts, mayRecommend: boolean): Verdict | null {
  // "Heat it all you like: it doesn't reach the cyst" says it fails, whatever else it says: a
  // story's "it didn't budge" tells what happened, a claim ("there's no evidence it works", "none
  // of these will dissolve a milium") judges the practice.
  const fails = facts.cues.find((cue) => cue.type === 'futility');
  const { length } = facts.text;
  // "Nope, there's nothing to get out, you'll just bruise the skin": a refusal outright still warns.
  if (fails && (claimsFailure(facts, fails) || !hasCue(facts.cues, 'warns', 0, length)))
    return claimsFailure(facts, fails) ? FUTILITY : null;
  // "One slip and you're in A&E, get a doctor to do it": the instruction is the referral's.
  const verdict = mayRecommend ? verdictIn(facts, 0, length) : warningIn(facts, length);
  if (!verdict || verdict.reason === 'referral') return null;
  // "They aren't dangerous in the slightest" is no harm; "it stings, and there is no fluid to dry
  // out anyway" is, its "no" in another clause.
  if (verdict.reason === 'harm' && negatedHarm(facts)) return null;
  return verdict;
}

function negatedHarm(facts: SentenceFacts): boolean {
  const harm = facts.cues.find((cue) => cue.type === 'harm');
  if (!harm) return false;
  const [from, to] = clauseAt(facts, harm.start);
  return negates(facts.lower.slice(from, to));
}

/** A claim that it fails; not a condition ("Stop if it doesn't come out easily"). */
function claimsFailure(facts: SentenceFacts, cue: Cue): boolean {
  const { lower } = facts;
  return (
    CLAIMS_FAILURE.test(lower.slice(cue.start, cue.end)) &&
    !/\bif\b/.test(lower.slice(0, cue.start))
  );
}

/**
 * A claim that it fails, not a story ("it didn't budge") or a fact about milia ("no opening"):
 * "no evidence", "won't dissolve", "doesn't work", "does nothing for", "pointless".
 */
const CLAIMS_FAILURE =
  /^(?:no\s+(?:good\s+)?evidence|wo|will|would|does|do\s|never|pointless|in\s+vain|losing)/;

function warningIn(facts: SentenceFacts, length: number): Verdict | null {
  if (hasCue(facts.cues, 'warns', 0, length) || forbidsDiy(facts, 0, length)) return WARNS;
  return hasCue(facts.cues, 'harm', 0, length) ? HARM : null;
}

/** The clause's or the sentence's verdict, leaving out the cues of type `skip`. */
function verdictIn(facts: SentenceFacts, from: number, to: number, skip?: CueType): Verdict | null {
  const { cues } = facts;
  if ((skip !== 'warns' && hasCue(cues, 'warns', from, to)) || forbidsDiy(facts, from, to))
    return WARNS;
  if (hasCue(cues, 'procedure', from, to)) return PROCEDURE;
  if (hasCue(cues, 'recommends', from, to) || instructsIn(facts, from, to)) return RECOMMENDS;
  if (hasCue(cues, 'benefit', from, to)) return BENEFIT;
  if (hasCue(cues, 'harm', from, to)) return HARM;
  if (skip !== 'referral' && hasCue(cues, 'referral', from, to)) return REFERRAL;
  if (hasCue(cues, 'futility', from, to) && !onlyIfFails(facts, from, to)) return FUTILITY;
  return null;
}

/**
 * "If a bump still won't budge, a tiny nick should free it": the only claims of failure in
 * [from, to) are conditions ("if"/"unless" earlier in their clause), which judge nothing.
 */
function onlyIfFails(facts: SentenceFacts, from: number, to: number): boolean {
  for (const cue of facts.cues) {
    if (cue.type !== 'futility' || cue.start < from || cue.start >= to) continue;
    const [start] = clauseAt(facts, cue.start);
    if (!/\b(?:if|unless)\b/.test(facts.lower.slice(start, cue.start))) return false;
  }
  return true;
}

/** An instruction negated as part of a list ("don't pick, squeeze…") starts in [from, at]. */
function forbiddenByList(facts: SentenceFacts, from: number, at: number): boolean {
  if (from === 0) return false;
  for (const imp of facts.imperatives)
    if (imp.negated && imp.at >= from && imp.at <= at) return true;
  return false;
}

/** A cue of `type` starts in [from, to). */
/** The sentence's only warnings are verdict nouns outside [from, to), and it forbids nothing. */
function nounsOnly(facts: SentenceFacts, from: number, to: number): boolean {
  return (
    warnsOnlyByNounsOutside(facts.lower, facts.cues, from, to) &&
    !forbidsDiy(facts, 0, facts.text.length)
  );
}

function hasCue(cues: readonly Cue[], type: CueType, from: number, to: number): boolean {
  for (const cue of cues) if (cue.type === type && cue.start >= from && cue.start < to) return true;
  return false;
}

/** An instruction (not a "don't") starts in [from, to). */
function instructsIn(facts: SentenceFacts, from: number, to: number): boolean {
  for (const imp of facts.imperatives)
    if (!imp.negated && imp.at >= from && imp.at < to) return true;
  return false;
}

/** The DIY at `at` is what "instead of", "rather than" or "gentler than" turns away from. */
function contrasted(facts: SentenceFacts, at: number): boolean {
  // Loops rather than `some` with a closure here and below: asked of every DIY hit of a page.
  for (const cue of facts.cues)
    if (cue.type === 'contrast' && at >= cue.end && at - cue.end <= DIRECTIVE_REACH)
      if (!comparedAway(facts, cue.start, cue.end, at)) return true;
  return false;
}

/**
 * A comparison's "than" ("better than", "cheaper than") turns away only from the DIY it names
 * right after it ("kinder than a year of digging at them"), not from one a new clause
 * tells ("cheaper than a facial and my milia popped out when I squeezed"), and not when a DIY
 * tool is what it prefers ("an extractor is better than your nails"). True when it does not.
 */
function comparedAway(facts: SentenceFacts, cueStart: number, cueEnd: number, at: number) {
  if (
    facts.lower.slice(cueStart, cueEnd) !== 'than' ||
    /\brather\s+$/.test(facts.lower.slice(0, cueStart))
  )
    return false;
  if (COMPARISON_ENDS.test(facts.lower.slice(cueEnd, at))) return true;
  const offset = facts.start;
  return facts.hits.some((h) => DIY_KINDS.has(h.rule.kind) && h.start - offset < cueStart);
}

/** A comparison's other side ends at a new clause: "and", "when", "but", a comma. */
const COMPARISON_ENDS = /[,;:]|\b(?:and|when|but|so|then|because|after|once)\b/;

/** A "don't"/"never"/"avoid" whose object is DIY: a DIY hit right after it, or "don't use/try". */
function forbidsDiy(facts: SentenceFacts, from: number, to: number): boolean {
  for (const cue of facts.cues) {
    if (cue.type !== 'directive' || cue.start < from || cue.start >= to) continue;
    // A clinic's "we don't treat lash-line milia" tells its policy.
    if (CLINIC_POLICY.test(facts.lower.slice(Math.max(0, cue.start - 3), cue.start))) continue;
    if (GENERIC_OBJECT.test(facts.text.slice(cue.end, cue.end + 20))) return true;
    // "Neither kind needs popping", "no need for a pin": what needs no doing is named at once;
    // "neither of my kids needs glasses, but I squeeze…" has no need of the squeeze.
    const need = facts.lower.slice(cue.start, cue.end).includes('need');
    for (const hit of facts.hits) {
      const offset = hit.start - facts.start - cue.end;
      if (!DIY_KINDS.has(hit.rule.kind) || offset < 0 || offset > DIRECTIVE_REACH) continue;
      if (!need || NEED_GAP.test(facts.lower.slice(cue.end, hit.start - facts.start))) return true;
    }
  }
  return false;
}

/**
 * Between "needs"/"no need for" and what it needs not: a few words in one clause ("needn't be
 * picked", "a grainy scrub"), no comma and no new subject ("needs glasses, but I squeeze").
 */
const NEED_GAP = /^\s*(?:(?!(?:but|and|or|so|i|we|she|he|they)\s)[a-z'’-]+\s+){0,3}$/;

/** A clinic's own "we don't treat the eyelids" tells its policy; it warns no reader away. */
export const CLINIC_POLICY = /\bwe\s$/;
