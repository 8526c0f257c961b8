import { LAST_REVIEWED } from '../disclaimer.ts';
import type { NoteId } from '../note-ids.ts';
import type { Note } from '../types.ts';

/** Squeezing, needles, extractors and their aftercare (sheet section 2 and claims (c), (d)). */
export const EXTRACTION_NOTES = {
  'needle-at-home': {
    id: 'needle-at-home',
    title: 'Needles and pins at home are risky',
    severity: 'warning',
    summary:
      'Using a needle, pin or lancet copies what a clinician does with sterile tools, and no clinical source recommends it at home. It may cause infection, bleeding, scarring and dark marks, and you could mistake another kind of bump for a milium.',
    doInstead: 'Leave milia alone, or have a clinician remove them.',
    seeClinicianIf: 'you want them removed, or the bump is on or near your eyelid.',
    sources: ['S4', 'S8', 'S12'],
    lastReviewed: LAST_REVIEWED,
  },
  'squeezing-popping': {
    id: 'squeezing-popping',
    title: 'Squeezing doesn’t work on milia',
    severity: 'warning',
    summary:
      'A milium has no opening and holds a hard ball of keratin, so nothing comes out when you squeeze. Pressing mainly damages the skin around it and may leave scabs, scars or dark marks.',
    doInstead:
      'Leave them alone. If you want them removed, a clinician first makes a tiny opening, then presses the contents out.',
    sources: ['S4', 'S7', 'S6'],
    lastReviewed: LAST_REVIEWED,
  },
  'extractor-tool': {
    id: 'extractor-tool',
    title: 'Extractor tools need the cyst opened first',
    severity: 'warning',
    summary:
      'A comedone extractor (a tool for pressing out blocked pores) only works on a milium after a clinician has opened it. No clinical source recommends extractor kits at home.',
    doInstead: 'Leave milia alone, or have a clinician remove them.',
    seeClinicianIf: 'you want them removed, or they are on or near your eyelids.',
    sources: ['S4', 'S8', 'S12'],
    lastReviewed: LAST_REVIEWED,
  },
  'extraction-near-eyes': {
    id: 'extraction-near-eyes',
    title: 'Don’t remove milia near the eyes yourself',
    severity: 'danger',
    summary:
      'Eyelid skin is very thin, and a slipped tool can cut the lid or, at worst, damage the eye. Milia on the eyelid, at the lash line or right by the eye should only be removed by a professional.',
    doInstead:
      'Leave them alone, or see a dermatologist, an eye doctor (ophthalmologist) or an eyelid surgeon.',
    seeClinicianIf: 'you have cut your eyelid: eyelid cuts need medical assessment.',
    sources: ['S12', 'S4'],
    lastReviewed: LAST_REVIEWED,
  },
  'extraction-on-baby': {
    id: 'extraction-on-baby',
    title: 'Don’t try to remove a baby’s milia',
    severity: 'danger',
    summary:
      'Baby milia are harmless and clear by themselves without scarring, so there is no need to remove them. Doctors advise not to pinch or scrub a baby’s skin.',
    doInstead:
      'Wash your baby’s face daily with warm water and a mild baby soap, pat dry, and keep lotions and oils off the face.',
    seeClinicianIf:
      'the bumps haven’t cleared by about 3 months or you are worried. Seek prompt care if your baby has a rash and seems unwell (for example fever, poor feeding or unusual sleepiness).',
    sources: ['S1', 'S2', 'S6', 'S5', 'S15'],
    lastReviewed: LAST_REVIEWED,
  },
  'antiseptic-afterwards': {
    id: 'antiseptic-afterwards',
    title: 'Ointment afterwards doesn’t make DIY removal safe',
    severity: 'warning',
    summary:
      'This step assumes a wound made at home that shouldn’t be made at all. For clean minor wounds, plain petroleum jelly healed as well as antibiotic ointment in a trial, and antibiotic ointments can cause an allergic skin rash.',
    doInstead: 'Don’t make the wound: leave milia alone, or have a clinician remove them.',
    sources: ['S39', 'S4'],
    lastReviewed: LAST_REVIEWED,
  },
} satisfies Partial<Record<NoteId, Note>>;
