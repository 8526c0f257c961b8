import { LAST_REVIEWED } from '../disclaimer.ts';
import type { NoteId } from '../note-ids.ts';
import type { Note } from '../types.ts';

/** The web myths M1-M11 of sheet section 7, each with its correction. */
export const MYTH_NOTES = {
  'myth-whiteheads': {
    id: 'myth-whiteheads',
    title: 'Myth: milia are whiteheads or baby acne',
    severity: 'caution',
    summary:
      'Milia are sealed cysts of keratin with no opening to the surface, and they are not acne. A whitehead is an acne spot: a plugged hair follicle holding oil and cells.',
    doInstead: 'Don’t squeeze them like spots; leaving them alone is fine.',
    sources: ['S7', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-pop-like-pimple': {
    id: 'myth-pop-like-pimple',
    title: 'Myth: pop them like a pimple',
    severity: 'caution',
    summary:
      'Nothing comes out when you squeeze a milium, because it has no opening, and squeezing injures the skin. A clinician opens the cyst first, then presses the contents out.',
    doInstead: 'Leave them alone, or ask a clinician if you want them removed.',
    sources: ['S4', 'S7'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-dermabrasion-blade': {
    id: 'myth-dermabrasion-blade',
    title: 'Myth: dermabrasion uses a surgical blade',
    severity: 'caution',
    summary:
      'Dermabrasion uses a fast-spinning wire brush or diamond wheel, not a blade. The blade procedure is dermaplaning, a light scrape of dead cells and fine hair, which is different and not an established milia treatment.',
    doInstead: 'Ask a clinician what a procedure involves before you agree to it.',
    sources: ['S31', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-toothpaste-dries': {
    id: 'myth-toothpaste-dries',
    title: 'Myth: toothpaste dries milia out',
    severity: 'caution',
    summary:
      'Milia aren’t wet: they are small cysts of dry keratin, so there is nothing to dry out. Toothpaste can irritate skin, and there is no evidence it helps.',
    doInstead: 'Leaving milia alone is fine. Wash gently with your fingertips in lukewarm water.',
    sources: ['S1', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-scrub-harder': {
    id: 'myth-scrub-harder',
    title: 'Myth: scrub harder and they will rub off',
    severity: 'caution',
    summary:
      'The cyst sits under unbroken skin, and there is no evidence that scrubbing or pumice rubs it off. Skin injury can cause new milia and dark marks.',
    doInstead: 'Wash gently with your fingertips in lukewarm water, and don’t scrub.',
    sources: ['S8', 'S2', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-steam-opens-pores': {
    id: 'myth-steam-opens-pores',
    title: 'Myth: steam opens pores so milia come out',
    severity: 'caution',
    summary:
      'Milia aren’t in pores: they are sealed cysts with no opening, so steam has nothing to open. Hot steam can scald.',
    doInstead: 'Wash with lukewarm, not hot, water.',
    sources: ['S7', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-milk-spots-milk': {
    id: 'myth-milk-spots-milk',
    title: 'Myth: “milk spots” come from milk or feeding',
    severity: 'caution',
    summary:
      'Milia have no link to milk or feeding; the nickname comes from their milky-white look. They are tiny cysts of keratin, common in newborns.',
    doInstead: 'No treatment is needed: baby milia clear by themselves without scarring.',
    sources: ['S1', 'S2', 'S5'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-treat-baby-milia': {
    id: 'myth-treat-baby-milia',
    title: 'Myth: treat baby milia with creams or acne products',
    severity: 'caution',
    summary:
      'Baby milia need no treatment and clear by themselves. Keep lotions and oils off the face, and don’t use adult acne or exfoliating products on a baby.',
    doInstead: 'Wash the face daily with warm water and a mild baby soap, and pat dry.',
    seeClinicianIf: 'the bumps haven’t cleared by about 3 months or you are worried.',
    sources: ['S6', 'S4', 'S5'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-dirt-hygiene': {
    id: 'myth-dirt-hygiene',
    title: 'Myth: milia come from dirt or poor hygiene',
    severity: 'caution',
    summary:
      'Milia form when keratin gets trapped under the skin, not because of dirt. Washing harder doesn’t prevent them.',
    doInstead: 'Wash gently with your fingertips in lukewarm water.',
    sources: ['S2', 'S7'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-cryotherapy-most-common': {
    id: 'myth-cryotherapy-most-common',
    title: 'Myth: freezing is the most common treatment',
    severity: 'caution',
    summary:
      'This is widely repeated but not supported: clinical references lead with opening the cyst and pressing the contents out. Freezing is one option, with its own risks.',
    doInstead: 'Ask a clinician which option suits you.',
    sources: ['S4', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'myth-diy-away-from-eyes': {
    id: 'myth-diy-away-from-eyes',
    title: 'Myth: DIY removal is fine away from the eyes',
    severity: 'caution',
    summary:
      'Stronger sources say to see a professional for removal wherever the milia are. Home removal may cause infection, scarring and dark marks anywhere on the skin.',
    doInstead: 'Leave them alone, or have a clinician remove them.',
    sources: ['S4', 'S8', 'S12'],
    lastReviewed: LAST_REVIEWED,
  },
} satisfies Partial<Record<NoteId, Note>>;
