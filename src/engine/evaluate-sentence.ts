import { noteFor } from './rules/index.ts';
import { namesMiliaTarget } from './rules/diy/aimed-at-milia.ts';
import booking from './rules/professional/booking.ts';
import clinician from './rules/professional/clinician.ts';
import type { Rule } from './rules/rule.ts';
import type { Sentence } from './sentences.ts';
import { buildFacts, firstOfKind, type Hit, type SentenceFacts } from './sentence-facts.ts';
import { type Audience, severityOf } from './severity.ts';
import { audienceStance, keptAwayFrom, mythStance, professionalStance } from './other-stance.ts';
import { STANCES, type Finding, type Kind, type Stance } from './types.ts';
import {
  type Judged,
  NEXT_STEP_REACH,
  PROCEDURE_REACH,
  type ProcedureState,
} from './procedure-state.ts';
import { judgeDiy } from './judge-diy.ts';
import { advanceRemedySteps, REMEDY_STEP, remedyStep } from './remedy-steps.ts';
import remedyStepRule, { introducesRemedy } from './rules/remedy/remedy-step.ts';
import { advanceClinician, clinicianTells } from './clinician-voice.ts';
import { aboutBabyStill } from './baby-carry.ts';
import infant from './rules/audience/infant.ts';
import { advanceTopic, carryTopic, followsAdvisedRemoval, isDiy } from './topic-carry.ts';
import { advanceMilia, handsOver, miliaJustNamed } from './hand-over.ts';

/** Turns one sentence's hits into findings, and moves the DIY-steps context along. */
export function evaluateSentence(
  text: string,
  lower: string,
  sentence: Sentence,
  hits: Hit[],
  procedure: ProcedureState,
  out: Finding[],
): void {
  const facts = buildFacts(text, lower, sentence, hits);
  // Items under a "Supplies for removing milia" heading belong to the procedure too, and so does
  // what follows DIY removal just advised ("…it pops right out. Wipe with alcohol after.").
  facts.inSupplyList = (procedure.supplying ?? 0) > 0;
  facts.inProcedure =
    procedure.remaining > 0 || facts.inSupplyList || followsAdvisedRemoval(procedure);
  facts.miliaJustNamed = miliaJustNamed(procedure);
  facts.hits = acceptedHits(facts, hits);
  const own = judgeDiy(facts, procedure);
  // Inside a remedy's recipe, "Do this every night" is its next step before it judges the scrub
  // or the tool told just before.
  let diy = own.length === 0 && procedure.remedyLeft ? remedyStep(facts, hits) : own;
  if (diy.length === 0 && !hits.some(isDiy)) diy = carryTopic(facts, procedure);
  // "Save your money and see a professional": a referral instead of one's own hands.
  if (diy.length === 0) diy = handsOver(facts, procedure);
  // "Grandma's overnight paste for milia": a recipe's title that names no ingredient yet (a
  // "routine" or a "scrub" may be an exfoliant's, a "trick" a needle's).
  if (diy.length === 0 && facts.text.length <= 70 && MADE_THING.test(facts.lower))
    if (facts.has('milia-term') && introducesRemedy(facts))
      diy = [{ hit: { ...wholeSentence(sentence), rule: remedyStepRule }, verdict: REMEDY_STEP }];
  const told = clinicianTells(facts, diy, procedure);
  if (told) diy = [];
  const forBaby = aboutBabyStill(facts, diy, procedure);
  const audience: Audience = {
    eyeArea: facts.has('eye-area'),
    infant: forBaby || facts.has('infant'),
  };
  const { start, end } = sentence;

  for (const { hit, verdict } of strongestPerKind(diy)) {
    out.push(makeFinding(text, hit.rule, hit.rule.kind, verdict.stance, audience, start, end));
  }
  const pro = firstOfKind(facts.hits, 'professional');
  if (pro) {
    // A booking line ("Schedule your visit today") is the way to the care it offers.
    const books = !facts.question && facts.hits.some((hit) => hit.rule === booking);
    const stance = books ? 'recommends' : professionalStance(facts);
    out.push(makeFinding(text, pro.rule, 'professional', stance, audience, start, end));
  } else if (told || facts.clinicDoes) {
    out.push(makeFinding(text, clinician, 'professional', 'describes', audience, start, end));
  }
  const myth = firstOfKind(facts.hits, 'myth');
  if (myth) out.push(makeFinding(text, myth.rule, 'myth', mythStance(facts), audience, start, end));
  // Only sentences that name the eye area or a baby need the audience's stance (and its cues).
  let audienceVerdict: Stance | undefined;
  for (const hit of facts.hits) {
    const { kind } = hit.rule;
    if (kind === 'milia-term')
      out.push(makeFinding(text, hit.rule, kind, 'describes', audience, hit.start, hit.end));
    if (kind === 'eye-area' || kind === 'infant') {
      audienceVerdict ??= audienceStance(
        facts,
        diy.map((j) => j.verdict),
      );
      const stance =
        audienceVerdict !== 'discourages' &&
        keptAwayFrom(facts, hit, audienceVerdict === 'recommends')
          ? 'discourages'
          : audienceVerdict;
      out.push(makeFinding(text, hit.rule, kind, stance, audience, hit.start, hit.end));
    }
  }
  if (forBaby) {
    // The advice's own stance: a bare "No!" before "nothing to squeeze" still warns for the baby.
    const stance = diy.some((j) => j.verdict.stance === 'recommends')
      ? 'recommends'
      : 'discourages';
    out.push(makeFinding(text, infant, 'infant', stance, audience, start, end));
  }
  advanceProcedure(facts, diy, procedure);
  advanceRemedySteps(facts, diy, procedure);
  advanceTopic(own, diy, procedure);
  advanceClinician(facts, procedure);
  advanceMilia(facts, procedure);
}

/**
 * The hits whose rule holds in the sentence. Rules share their checks (six DIY rules ask
 * `aimedAtMilia`, seven remedies `onSkin`) and a dense sentence often has two such hits, so each
 * check runs once per sentence. The checks read `facts.hits` as all the sentence's hits, which it
 * is until this returns.
 */
function acceptedHits(facts: SentenceFacts, hits: Hit[]): Hit[] {
  const accepted: Hit[] = [];
  for (let i = 0; i < hits.length; i += 1) {
    const hit = hits[i] as Hit;
    const { accept } = hit.rule;
    if (!accept || (answeredBefore(hits, i, accepted) ?? accept(facts))) accepted.push(hit);
  }
  return accepted;
}

/** How the check of `hits[i]` went for an earlier hit of the sentence, if one asked it. */
function answeredBefore(hits: readonly Hit[], i: number, accepted: readonly Hit[]) {
  const { accept } = (hits[i] as Hit).rule;
  for (let j = 0; j < i; j += 1) {
    const earlier = hits[j] as Hit;
    if (earlier.rule.accept === accept) return accepted.includes(earlier);
  }
  return undefined;
}

/**
 * One finding per kind and sentence: the riskiest stance, from the first (most specific) rule.
 * Kinds in the order they first appear.
 */
function strongestPerKind(judged: readonly Judged[]): readonly Judged[] {
  // Most sentences judge one practice or none: nothing to choose between, nothing to copy.
  if (judged.length <= 1) return judged;
  const best: Judged[] = [];
  for (const j of judged) {
    const i = best.findIndex((b) => b.hit.rule.kind === j.hit.rule.kind);
    const current = best[i];
    if (!current) best.push(j);
    else if (rank(j.verdict.stance) < rank(current.verdict.stance)) best[i] = j;
  }
  return best;
}

function rank(stance: Stance): number {
  return STANCES.indexOf(stance);
}

function advanceProcedure(
  facts: SentenceFacts,
  diy: readonly Judged[],
  procedure: ProcedureState,
): void {
  // One loop over the extraction verdicts, where filters and closures cost every sentence some.
  let instructs = false;
  let introduces = false;
  let warns = false;
  for (const { hit, verdict } of diy) {
    if (hit.rule.kind !== 'diy-extraction') continue;
    const { stance, reason } = verdict;
    if (stance === 'recommends' && reason === 'recommends') instructs = true;
    if (stance === 'recommends' && reason === 'procedure') introduces = true;
    if (reason === 'warns' || reason === 'harm' || reason === 'referral') warns = true;
  }
  // An introduction ("here is my method") opens DIY steps; so do two instructions in a row.
  const opens = introduces || (instructs && procedure.instructed === true);
  procedure.instructed = instructs;
  if (procedure.forbidding) procedure.forbidding -= 1;
  if (procedure.supplying) procedure.supplying -= 1;
  const referral = procedure.remaining > 0 && facts.cues.some((cue) => cue.type === 'referral');
  if (warns || referral) procedure.remaining = 0;
  else if (opens || (procedure.remaining > 0 && diy.length > 0))
    procedure.remaining = PROCEDURE_REACH;
  else if (procedure.remaining > 0) procedure.remaining -= 1;
  // Only an instruction aimed at milia by name: "Sterilise a needle." may begin a splinter's
  // removal or a sewing lesson on a page that mentions milia elsewhere.
  else if (instructs && !facts.question && namesMiliaTarget(facts))
    procedure.remaining = NEXT_STEP_REACH;
}

/** What a kitchen recipe makes. */
const MADE_THING = /\b(?:masks?|pastes?|poultices?|toners?|recipes?|cure|compress(?:es)?|soaks?)\b/;

function wholeSentence({ start, end }: Sentence) {
  return { start, end };
}

function makeFinding(
  text: string,
  rule: Rule,
  kind: Kind,
  stance: Stance,
  audience: Audience,
  start: number,
  end: number,
): Finding {
  const severity = severityOf(kind, stance, audience);
  let noteId: string = noteFor(rule, stance);
  if (kind === 'diy-extraction' && severity === 'danger') {
    noteId = audience.infant ? 'extraction-on-baby' : 'extraction-near-eyes';
  }
  return {
    rule: rule.id,
    kind,
    stance,
    severity,
    start,
    end,
    text: text.slice(start, end),
    noteId,
  };
}
