import { sellsTool } from './rules/diy/product-title.ts';
import procedureStep from './rules/diy/procedure-step.ts';
import removal from './rules/diy/removal.ts';
import scrub from './rules/harsh/scrub.ts';
import {
  doneByClinic,
  doneByClinician,
  removedByAgent,
} from './rules/professional/clinician-subject.ts';
import kitchen from './rules/remedy/kitchen.ts';
import remedyStepRule, { introducesRemedy } from './rules/remedy/remedy-step.ts';
import steamRule from './rules/remedy/steam.ts';
import type { Hit, SentenceFacts } from './sentence-facts.ts';
import { deniedOf, DIY_KINDS, diyVerdict } from './stance.ts';
import type { Imperative } from './lexicon/imperative.ts';
import type { Verdict } from './verdict.ts';
import type { Judged, ProcedureState } from './procedure-state.ts';
import { perSentence } from './per-sentence.ts';
import { booksOwnService } from './own-booking.ts';
import { REMEDY_STEP } from './remedy-steps.ts';
import { ratedVerdictOf } from './star-rating.ts';

/** The verdict on an extraction tool under a "Tools you'll need" heading (shared, never changed). */
const LISTED: Verdict = { stance: 'recommends', reason: 'recommends' };

/**
 * Stance for every DIY hit; weak hits without the stance they need are dropped, and so are the
 * instruments of a clinician's procedure ("a dermatologist can remove them with a needle").
 * Under a "Don'ts" heading, instructions are things not to do; under a "Tools you'll need"
 * heading, an extraction tool is one to get (an item naming none stays nothing); inside DIY
 * steps, plain instructions become steps of the procedure.
 */
export function judgeDiy(facts: SentenceFacts, procedure: ProcedureState): Judged[] {
  const inProcedure = procedure.remaining > 0;
  const forbidden = (procedure.forbidding ?? 0) > 0;
  // A listed tool is one to get, before a rule that wants a stance ("removing milia") drops it.
  const listed = (procedure.supplying ?? 0) > 0 && !facts.question;
  let judged: Judged[] = [];
  for (const hit of facts.hits) {
    if (!DIY_KINDS.has(hit.rule.kind)) continue;
    // A recipe's "rub it in with your fingers" applies the remedy; it extracts nothing ("ease the
    // cores out with clean fingers" does).
    if (
      procedure.remedyLeft &&
      facts.lower.startsWith('fingers', hit.start - facts.start) &&
      !/\bout\b/.test(facts.lower)
    )
      continue;
    // "Heat can't burst a cyst, though it softens the skin over one": what the remedy does not do.
    if (deniedOf(facts, hit)) continue;
    let verdict = diyVerdict(facts, hit);
    if (listed && hit.rule.kind === 'diy-extraction' && verdict.stance === 'describes')
      verdict = LISTED;
    // A recipe's title recommends its remedy, and the scrub it makes ("DIY coffee scrub").
    if (
      verdict.stance === 'describes' &&
      hit.rule.kind !== 'diy-extraction' &&
      introducesRemedy(facts)
    )
      verdict = INTRODUCED;
    if (verdict.stance === 'describes' && sellsTool(facts, hit)) verdict = INTRODUCED;
    // "★★★★☆ Opens each milium cleanly": the rating judges the tool the reviewer used.
    if (verdict.stance === 'describes' && hit.rule.kind === 'diy-extraction')
      verdict = ratedVerdictOf(facts, hit) ?? verdict;
    if (
      verdict.stance === 'recommends' &&
      hit.rule.kind === 'diy-extraction' &&
      referredTo(facts, hit) &&
      !(booksOwnService(facts) && atHome(facts))
    )
      continue;
    if (hit.rule === removal && verdict.reason === 'procedure' && NATURALLY.test(facts.lower)) {
      judged.push({ hit: { ...hit, rule: remedyStepRule }, verdict: INTRODUCED });
      continue;
    }
    if (!hit.rule.onlyWhen || hit.rule.onlyWhen(verdict) || asksAboutDiy(facts, hit))
      judged.push({ hit, verdict });
    // A scrub made in the kitchen ("DIY coffee scrub", "sugar scrub") is a home remedy too.
    if (hit.rule === scrub && KITCHEN_SCRUB.test(facts.lower.slice(hit.start - facts.start)))
      judged.push({ hit: { ...hit, rule: kitchen }, verdict });
  }
  if (facts.has('professional'))
    judged = judged.filter(
      ({ hit }) => hit.rule.kind !== 'diy-extraction' || !removedByAgent(facts, hit),
    );
  const byClinician =
    facts.has('professional') && !facts.diyMarker && facts.imperatives.length === 0;
  if (byClinician) {
    judged = judged.filter(
      ({ hit, verdict }) =>
        hit.rule.kind !== 'diy-extraction' ||
        (verdict.stance === 'discourages' &&
          verdict.reason !== 'futility' &&
          // "A job for a dermatologist, who can take them out": the referral's removal is theirs,
          // and so is the harm of a clinician's procedure told ("the GP lanced it; it swelled").
          !(verdict.reason === 'referral' && doneByClinician(facts, hit)) &&
          !(verdict.reason === 'harm' && doneByClinician(facts, hit, false))),
    );
  } else {
    // "…and my dermatologist nicked those out", "We usually open each cyst with a fine blade":
    // the clinician's removal, whoever else speaks. A clinic's "we remove them with a
    // microlance, so you can be back at work the same day" praises its own care too; only a
    // family's "we just pop them at home" is DIY.
    judged = judged.filter(({ hit, verdict }) => {
      if (hit.rule.kind !== 'diy-extraction') return true;
      // "My derm lanced them and I got a puffy lid for a day": the harm of the clinician's
      // procedure, no warning against the reader's own.
      if (verdict.stance === 'discourages')
        return !(
          verdict.reason === 'harm' &&
          facts.has('professional') &&
          doneByClinician(facts, hit, false)
        );
      if (facts.has('professional'))
        return verdict.stance !== 'describes' || !doneByClinician(facts, hit);
      if (atHome(facts) || !doneByClinic(facts, hit)) return true;
      // "We pop them with a lancet, so you can too" praises a household's own hands.
      if (verdict.stance !== 'recommends') return false;
      if (!clinicSigns(facts)) return true;
      facts.clinicDoes = true;
      return false;
    });
  }
  if (forbidden && !facts.question) {
    for (const j of judged) {
      if (j.verdict.stance !== 'discourages')
        j.verdict = { stance: 'discourages', reason: 'warns' };
    }
  }
  if (procedure.remedyLeft && !forbidden && !facts.question) stepsOfRemedy(facts, judged);
  if (!inProcedure || facts.question) return judged;
  for (const j of judged) {
    if (j.hit.rule.kind === 'diy-extraction' && j.verdict.stance === 'describes') {
      j.verdict = { stance: 'recommends', reason: 'procedure' };
    }
  }
  const isStep = facts.imperatives.length > 0 || facts.listItem;
  // A step that steams or scrapes ("steam your face for ten minutes", "scrape the top of the
  // bump") is a step of the removal too; a warm compress only soothes the skin before it, and a
  // listicle's next way ("4. Dab on tea tree oil", "5. Rub with a pumice stone") is one of its own.
  const removalStep = judged.every((j) => j.hit.rule === steamRule || j.hit.rule === scrub);
  if (removalStep && isStep && !facts.has('professional')) {
    const hit = { rule: procedureStep, start: facts.start, end: facts.start + facts.text.length };
    judged.push({ hit, verdict: forbidsStep(facts) ? WARNS : STEP });
  }
  return judged;
}

const STEP: Verdict = { stance: 'recommends', reason: 'procedure' };
const WARNS: Verdict = { stance: 'discourages', reason: 'warns' };

/** The reader's own hands: "at home", "yourself", "on my own", "without seeing a doctor". */
const OWN_HANDS =
  /\b(?:at[- ]home|yourself|myself|on\s+(?:my|your)\s+own|without\s+(?:seeing\s+)?(?:a|the)\s+(?:doctor|derm\w*|professional|gp))\b/;

/**
 * A question about removing milia with one's own hands ("Is it OK to get rid of milia at home on
 * my own?") is about DIY removal, though "remove" alone is in every milia question.
 */
function asksAboutDiy(facts: SentenceFacts, hit: Hit): boolean {
  return hit.rule === removal && facts.question && OWN_HANDS.test(facts.lower);
}

/** A household's own hands: "we just pop them at home", "we do our own", "our son's". */
const AT_HOME =
  /\b(?:at[- ]home|ourselves|myself|yourself|diy|our\s+(?:own|milia|kids?|sons?|daughters?|bab(?:y|ies)|children))\b/;
/**
 * What only a clinic says of its own removal: "our clinic", "our nurses", "book", "appointment",
 * "no downtime", "back to work". Without them a present-tense "we" praising a removal is a
 * household's.
 */
const CLINIC_SIGNS =
  /\b(?:our\s+(?:clinics?|practice|team|clinicians?|doctors?|nurses?|dermatologists?|therapists?|practitioners?|surgeons?)|appointments?|book(?:ing|ed)?|consultations?|patients?|clients?|downtime|(?:back|return)\s+to\s+work|in[- ]clinic|treatment\s+rooms?)\b/;
const clinicSigns = perSentence((facts) => CLINIC_SIGNS.test(facts.lower));
/** Once per sentence: asked of every DIY hit, it made a long run-on line quadratic. */
const atHome = perSentence((facts) => AT_HOME.test(facts.lower));

/** How far after a referral a tool may be the clinician's (characters). */
const REFERRAL_REACH = 60;

/**
 * The tool belongs to the clinician a referral just named: "see someone with sterile tools", "you
 * should see a dermatologist, they have the right tools". Asked only of a tool the sentence would
 * recommend, and not after a "don't" nor when a service books the reader's own use of it ("our
 * at-home kit training").
 */
function referredTo(facts: SentenceFacts, hit: Hit): boolean {
  const at = hit.start - facts.start;
  let referred = false;
  for (const cue of facts.cues) {
    if (cue.start >= at) break;
    if (cue.type === 'directive' || cue.type === 'warns') return false;
    if (cue.type === 'referral' && at >= cue.end && at - cue.end <= REFERRAL_REACH) referred = true;
  }
  return referred;
}

/**
 * A step that forbids the procedure where it must not go: "Warning: never try this on the
 * eyelids", "Do not use on eyelids or on children", "Keep well away from the eye area". Its
 * instructions are all "don't"s or "keep"s, and it warns or names the eye area or a baby; "Don't
 * press too hard" stays a step.
 */
function forbidsStep(facts: SentenceFacts): boolean {
  const { imperatives, lower } = facts;
  // "Keep well away from the eye area" keeps the step off a place, as a "don't" does.
  const keepsOff = (imp: Imperative) => imp.negated || lower.startsWith('keep ', imp.at);
  if (imperatives.length === 0 || !imperatives.every(keepsOff)) return false;
  return (
    facts.has('eye-area') || facts.has('infant') || facts.cues.some((cue) => cue.type === 'warns')
  );
}

/** A scrub hit that starts with what it is made of at home: "sugar scrub", "DIY coffee scrub". */
const KITCHEN_SCRUB = /^(?:sugar|salt|coffee|oatmeal|homemade|diy)\s/;

/**
 * "How to remove milia at home naturally", "Get rid of milia with these 5 remedies": a guide to
 * removal by remedies, whose steps are a remedy's recipe rather than DIY extraction.
 */
const NATURALLY = /\b(?:naturally|natural|remed(?:y|ies))\b/;

/**
 * A title that introduces a remedy's recipe, or a listing that sells a removal tool, recommends it
 * (shared, never changed).
 */
const INTRODUCED: Verdict = { stance: 'recommends', reason: 'procedure' };

/**
 * Inside a remedy's recipe, a remedy or scrub named by a list item or an instruction is one of
 * its steps ("4. Sugar scrub"); a story's "I scrubbed it, I squeezed it" is not.
 */
function stepsOfRemedy(facts: SentenceFacts, judged: Judged[]): void {
  if (!judged.some((j) => j.hit.rule.kind !== 'diy-extraction' && j.verdict.stance === 'describes'))
    return;
  if (!facts.listItem && !facts.imperatives.some((imp) => !imp.negated)) return;
  for (const j of judged) {
    if (j.hit.rule.kind !== 'diy-extraction' && j.verdict.stance === 'describes')
      j.verdict = REMEDY_STEP;
  }
}
