import remedyStepRule from './rules/remedy/remedy-step.ts';
import type { Hit, SentenceFacts } from './sentence-facts.ts';
import type { Verdict } from './verdict.ts';
import {
  type Judged,
  NEXT_STEP_REACH,
  PROCEDURE_REACH,
  type ProcedureState,
} from './procedure-state.ts';
import { OTHER_CARE } from './topic-carry.ts';

/**
 * A home remedy's recipe: the steps that follow a remedy recommended or a recipe's title, and
 * how long the recipe stays open. Apart from the DIY judge, which asks only whether a remedy
 * named inside a recipe is one of its steps.
 */

/** A step of a remedy's recipe (shared, never changed). */
export const REMEDY_STEP: Verdict = { stance: 'recommends', reason: 'procedure' };

/** Care a remedy's recipe does not stretch to: "3. Use a gentle chemical exfoliant". */
const OTHER_PRODUCT =
  /\b(?:exfoliants?|creams?|lotions?|gels?|ointments?|antiseptics?|products?|make-?up|peels?)\b/;

/**
 * Inside a remedy's recipe, an instruction that names nothing ("Apply it to clean skin"), or
 * whose remedy did not name the skin ("Blend two tablespoons of oats with a little honey"), is a
 * step; so is a list item naming a remedy ("1. Raw honey mask"). Not an instruction about other
 * care ("Use sunscreen daily"), a question, a "don't", or what a clinician carries out.
 */
export function remedyStep(facts: SentenceFacts, named: readonly Hit[]): Judged[] {
  if (facts.question || facts.has('professional')) return [];
  if (OTHER_CARE.test(facts.lower) || OTHER_PRODUCT.test(facts.lower)) return [];
  const namesRemedy = named.some((hit) => hit.rule.kind === 'diy-remedy');
  const instructs = facts.imperatives.some((imp) => !imp.negated);
  if (!instructs && !(facts.listItem && namesRemedy)) return [];
  const hit = { rule: remedyStepRule, start: facts.start, end: facts.start + facts.text.length };
  return [{ hit, verdict: REMEDY_STEP }];
}

/**
 * A remedy recommended opens its recipe: for a few sentences after a title or a recipe's cue, and
 * for the next one after a single instruction ("Dab lemon juice on each bump." then "Rinse after
 * ten minutes."); each step keeps it open, a warning or a clinician closes it.
 */
export function advanceRemedySteps(
  facts: SentenceFacts,
  diy: readonly Judged[],
  procedure: ProcedureState,
): void {
  const recommended = diy.filter(
    (j) => j.hit.rule.kind !== 'diy-extraction' && j.verdict.stance === 'recommends',
  );
  // Most sentences neither recommend a remedy nor follow one: they need no cue pass here.
  if (recommended.length === 0 && !procedure.remedyLeft) return;
  // A clinician named ("see your GP if it stings") closes it too: cheaper than a cue pass for a
  // referral, which most sentences of a recipe would otherwise need only for this.
  const closes = diy.some((j) => j.verdict.stance === 'discourages') || facts.has('professional');
  if (closes) procedure.remedyLeft = 0;
  else if (
    // A shop's abrasion kit is no recipe: its directions are the device's, not a remedy's.
    recommended.some((j) => j.verdict.reason === 'procedure' && j.hit.rule.kind === 'diy-remedy') ||
    (recommended.length > 0 && procedure.remedyLeft)
  )
    procedure.remedyLeft = PROCEDURE_REACH;
  // A scrub alone opens nothing: "Scrub hard with an old toothbrush" is as often the grout's.
  else if (recommended.some((j) => j.hit.rule.kind === 'diy-remedy') && !facts.question)
    procedure.remedyLeft = NEXT_STEP_REACH;
  else if (procedure.remedyLeft) procedure.remedyLeft -= 1;
}
