import type { NoteId } from '../../evidence/note-ids.ts';
import { type Kind, STANCES, type Stance } from '../types.ts';
import abrasionDevice from './harsh/abrasion-device.ts';
import householdAbrasive from './harsh/household-abrasive.ts';
import pumiceToothbrush from './harsh/pumice-toothbrush.ts';
import scrub from './harsh/scrub.ts';
import eyeArea from './audience/eye-area.ts';
import infant from './audience/infant.ts';
import antisepticAfterwards from './diy/antiseptic-afterwards.ts';
import blade from './diy/blade.ts';
import extractorTool from './diy/extractor-tool.ts';
import handOver from './diy/hand-over.ts';
import handsOn from './diy/hands-on.ts';
import liftOut from './diy/lift-out.ts';
import needle from './diy/needle.ts';
import procedureStep from './diy/procedure-step.ts';
import puncture from './diy/puncture.ts';
import removal from './diy/removal.ts';
import squeeze from './diy/squeeze.ts';
import supplies from './diy/supplies.ts';
import yourself from './diy/yourself.ts';
import miliaEnPlaque from './milia/milia-en-plaque.ts';
import miliaTerm from './milia/milia-term.ts';
import milkSpots from './milia/milk-spots.ts';
import oilSeeds from './milia/oil-seeds.ts';
import cryotherapyMostCommon from './myth/cryotherapy-most-common.ts';
import dermabrasionBlade from './myth/dermabrasion-blade.ts';
import dirtHygiene from './myth/dirt-hygiene.ts';
import diyAwayFromEyes from './myth/diy-away-from-eyes.ts';
import milkSpotsMilk from './myth/milk-spots-milk.ts';
import popLikePimple from './myth/pop-like-pimple.ts';
import scrubHarder from './myth/scrub-harder.ts';
import steamOpensPores from './myth/steam-opens-pores.ts';
import toothpasteDries from './myth/toothpaste-dries.ts';
import treatBabyMilia from './myth/treat-baby-milia.ts';
import whiteheads from './myth/whiteheads.ts';
import booking from './professional/booking.ts';
import chemicalPeel from './professional/chemical-peel.ts';
import clinician from './professional/clinician.ts';
import cover from './professional/cover.ts';
import cryotherapy from './professional/cryotherapy.ts';
import curettageElectro from './professional/curettage-electro.ts';
import deroofing from './professional/deroofing.ts';
import dermabrasion from './professional/dermabrasion.ts';
import laser from './professional/laser.ts';
import microdermabrasion from './professional/microdermabrasion.ts';
import priceList from './professional/price-list.ts';
import babyCreams from './remedy/baby-creams.ts';
import bakingSoda from './remedy/baking-soda.ts';
import homeRemedies from './remedy/home-remedies.ts';
import kitchen from './remedy/kitchen.ts';
import lemon from './remedy/lemon.ts';
import remedyStep from './remedy/remedy-step.ts';
import steam from './remedy/steam.ts';
import toothpaste from './remedy/toothpaste.ts';
import vinegar from './remedy/vinegar.ts';
import warmCompress from './remedy/warm-compress.ts';
import warmSpoon from './remedy/warm-spoon.ts';
import salt from './remedy/salt.ts';
import type { Rule } from './rule.ts';

/**
 * Every rule, grouped into layers that are each matched in one pass. Rules in different layers may
 * match the same words ("milk spots" is a milia term and a baby word); within a layer the earlier
 * rule wins where two start at the same place, so the more specific ones come first.
 */
export const LAYERS = {
  milia: [miliaEnPlaque, miliaTerm, milkSpots, oilSeeds],
  audience: [eyeArea, infant],
  advice: [
    deroofing,
    abrasionDevice,
    householdAbrasive,
    pumiceToothbrush,
    scrub,
    extractorTool,
    needle,
    blade,
    liftOut,
    squeeze,
    handsOn,
    puncture,
    homeRemedies,
    yourself,
    removal,
    antisepticAfterwards,
    supplies,
    procedureStep,
    handOver,
    lemon,
    bakingSoda,
    toothpaste,
    vinegar,
    steam,
    warmCompress,
    warmSpoon,
    kitchen,
    salt,
    remedyStep,
    babyCreams,
    cryotherapy,
    curettageElectro,
    laser,
    chemicalPeel,
    microdermabrasion,
    dermabrasion,
    booking,
    priceList,
    clinician,
    cover,
  ],
  myth: [
    whiteheads,
    popLikePimple,
    dermabrasionBlade,
    toothpasteDries,
    scrubHarder,
    steamOpensPores,
    milkSpotsMilk,
    treatBabyMilia,
    dirtHygiene,
    cryotherapyMostCommon,
    diyAwayFromEyes,
  ],
} as const satisfies Record<string, readonly Rule[]>;

export const RULES: readonly Rule[] = Object.values(LAYERS).flat();

/** The stances each kind can take: milia terms are plain mentions, myths are stated or corrected. */
export function stancesOf(kind: Kind): readonly Stance[] {
  if (kind === 'milia-term') return ['describes'];
  if (kind === 'myth') return ['describes', 'discourages'];
  return STANCES;
}

/** The note a rule shows for a stance: its own where it has one, else the generic one. */
export function noteFor(rule: Rule, stance: Stance): NoteId {
  return rule.notes?.[stance] ?? (`${rule.kind}.${stance}` as NoteId);
}

/** Every note a rule can show. */
export function noteIdsOf(rule: Rule): Set<NoteId> {
  const ids = new Set<NoteId>(stancesOf(rule.kind).map((stance) => noteFor(rule, stance)));
  if (rule.kind === 'diy-extraction') ids.add('extraction-near-eyes').add('extraction-on-baby');
  return ids;
}
