import { noteFor } from './rules/index.ts';
import { namesMiliaTarget } from './rules/diy/aimed-at-milia.ts';
import { sellsTool } from './rules/diy/product-title.ts';
import procedureStep from './rules/diy/procedure-step.ts';
import removal from './rules/diy/removal.ts';
import scrub from './rules/harsh/scrub.ts';
import booking from './rules/professional/booking.ts';
import { doneByClinic, doneByClinician } from './rules/professional/clinician-subject.ts';
import clinician from './rules/professional/clinician.ts';
import kitchen from './rules/remedy/kitchen.ts';
import remedyStepRule, { introducesRemedy } from './rules/remedy/remedy-step.ts';
import steamRule from './rules/remedy/steam.ts';
import type { Rule } from './rules/rule.ts';
import type { Sentence } from './sentences.ts';
import { buildFacts, firstOfKind, type Hit, type SentenceFacts } from './sentence-facts.ts';
import { type Audience, severityOf } from './severity.ts';
import {
  audienceStance,
  DIY_KINDS,
  diyVerdict,
  keptAwayFrom,
  mythStance,
  professionalStance,
} from './stance.ts';
import { STANCES, type Finding, type Kind, type Stance } from './types.ts';
import type { Verdict } from './verdict.ts';
import type { Judged, ProcedureState } from './procedure-state.ts';
import { advanceClinician, clinicianTells } from './clinician-voice.ts';
import {
  advanceTopic,
  carryTopic,
  followsAdvisedRemoval,
  isDiy,
  OTHER_CARE,
} from './topic-carry.ts';

/** How many sentences without a step keep an introduction to DIY steps in force. */
const PROCEDURE_REACH = 4;
/**
 * After a single instruction, only the very next sentence is read as its possible next step
 * ("Prick the milium with a needle." then "The little white ball should pop out easily."): if it
 * is one, the steps run on as after an introduction; if not, the instruction stood alone.
 */
const NEXT_STEP_REACH = 1;

/** The verdict on an extraction tool under a "Tools you'll need" heading (shared, never changed). */
const LISTED: Verdict = { stance: 'recommends', reason: 'recommends' };

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
  facts.hits = acceptedHits(facts, hits);
  const audience: Audience = { eyeArea: facts.has('eye-area'), infant: facts.has('infant') };
  const own = judgeDiy(facts, procedure);
  // Inside a remedy's recipe, "Do this every night" is its next step before it judges the scrub
  // or the tool told just before.
  let diy = own.length === 0 && procedure.remedyLeft ? remedyStep(facts, hits) : own;
  if (diy.length === 0 && !hits.some(isDiy)) diy = carryTopic(facts, procedure);
  const told = clinicianTells(facts, diy, procedure);
  if (told) diy = [];
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
  } else if (told) {
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
  advanceProcedure(facts, diy, procedure);
  advanceRemedySteps(facts, diy, procedure);
  advanceTopic(own, diy, procedure);
  advanceClinician(facts, procedure);
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
 * Stance for every DIY hit; weak hits without the stance they need are dropped, and so are the
 * instruments of a clinician's procedure ("a dermatologist can remove them with a needle").
 * Under a "Don'ts" heading, instructions are things not to do; under a "Tools you'll need"
 * heading, an extraction tool is one to get (an item naming none stays nothing); inside DIY
 * steps, plain instructions become steps of the procedure.
 */
function judgeDiy(facts: SentenceFacts, procedure: ProcedureState): Judged[] {
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
    if (verdict.stance === 'describes' && hit.rule.kind === 'diy-extraction' && sellsTool(facts))
      verdict = INTRODUCED;
    if (
      verdict.stance === 'recommends' &&
      hit.rule.kind === 'diy-extraction' &&
      referredTo(facts, hit)
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
  const byClinician =
    facts.has('professional') && !facts.diyMarker && facts.imperatives.length === 0;
  if (byClinician) {
    judged = judged.filter(
      ({ hit, verdict }) =>
        hit.rule.kind !== 'diy-extraction' ||
        (verdict.stance === 'discourages' && verdict.reason !== 'futility'),
    );
  } else {
    // "…and my dermatologist nicked those out", "We usually open each cyst with a fine blade":
    // the clinician's removal, whoever else speaks.
    judged = judged.filter(
      ({ hit, verdict }) =>
        hit.rule.kind !== 'diy-extraction' ||
        verdict.stance !== 'describes' ||
        !(facts.has('professional') ? doneByClinician(facts, hit) : doneByClinic(facts, hit)),
    );
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

/** How far after a referral a tool may be the clinician's (characters). */
const REFERRAL_REACH = 60;

/**
 * The tool belongs to the clinician a referral just named: "see someone with sterile tools", "you
 * should see a dermatologist, they have the right tools". Asked only of a tool the sentence would
 * recommend, and not after a "don't".
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
 * eyelids", "Do not use on eyelids or on children". Its instructions are all "don't"s, and it
 * warns or names the eye area or a baby; "Don't press too hard" stays a step.
 */
function forbidsStep(facts: SentenceFacts): boolean {
  const { imperatives } = facts;
  if (imperatives.length === 0 || imperatives.some((imp) => !imp.negated)) return false;
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
const REMEDY_STEP: Verdict = { stance: 'recommends', reason: 'procedure' };

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

/** Care a remedy's recipe does not stretch to: "3. Use a gentle chemical exfoliant". */
const OTHER_PRODUCT =
  /\b(?:exfoliants?|creams?|lotions?|gels?|ointments?|antiseptics?|products?|make-?up|peels?)\b/;

/**
 * Inside a remedy's recipe, an instruction that names nothing ("Apply it to clean skin"), or
 * whose remedy did not name the skin ("Blend two tablespoons of oats with a little honey"), is a
 * step; so is a list item naming a remedy ("1. Raw honey mask"). Not an instruction about other
 * care ("Use sunscreen daily"), a question, a "don't", or what a clinician carries out.
 */
function remedyStep(facts: SentenceFacts, named: readonly Hit[]): Judged[] {
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
function advanceRemedySteps(
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
    recommended.some((j) => j.verdict.reason === 'procedure') ||
    (recommended.length > 0 && procedure.remedyLeft)
  )
    procedure.remedyLeft = PROCEDURE_REACH;
  // A scrub alone opens nothing: "Scrub hard with an old toothbrush" is as often the grout's.
  else if (recommended.some((j) => j.hit.rule.kind === 'diy-remedy') && !facts.question)
    procedure.remedyLeft = NEXT_STEP_REACH;
  else if (procedure.remedyLeft) procedure.remedyLeft -= 1;
}

/**
 * One finding per kind and sentence: the riskiest stance, from the first (most specific) rule.
 * Kinds in the order they first appear.
 */
function strongestPerKind(judged: readonly Judged[]): Judged[] {
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
  const extraction = diy.filter((j) => j.hit.rule.kind === 'diy-extraction');
  const instructs = extraction.some(
    (j) => j.verdict.stance === 'recommends' && j.verdict.reason === 'recommends',
  );
  // An introduction ("here is my method") opens DIY steps; so do two instructions in a row.
  const opens =
    extraction.some((j) => j.verdict.reason === 'procedure' && j.verdict.stance === 'recommends') ||
    (instructs && procedure.instructed === true);
  procedure.instructed = instructs;
  if (procedure.forbidding) procedure.forbidding -= 1;
  if (procedure.supplying) procedure.supplying -= 1;
  const warns = extraction.some(
    (j) =>
      j.verdict.reason === 'warns' ||
      j.verdict.reason === 'harm' ||
      j.verdict.reason === 'referral',
  );
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
