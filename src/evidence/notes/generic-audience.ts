import { LAST_REVIEWED } from '../disclaimer.ts';
import type { NoteId } from '../note-ids.ts';
import type { Note } from '../types.ts';

/**
 * Fallback notes for findings about the eye area, babies and myths. Eye-area and baby advice gets a
 * calm "be careful" rather than an alarm: the specific extraction notes carry the strong warnings.
 */
export const GENERIC_AUDIENCE_NOTES = {
  'eye-area.recommends': {
    id: 'eye-area.recommends',
    title: 'Take care around the eyes',
    severity: 'caution',
    summary:
      'Eyelid skin is very thin, and milia on the eyelid, at the lash line or right by the eye should only be removed by a professional. Home remedies and acids are riskier near the eyes.',
    doInstead:
      'Leave eyelid milia alone, keep products off the edge of the eyelid, and ask a dermatologist, an eye doctor or an eyelid surgeon if you want them removed.',
    seeClinicianIf: 'you want them removed, or you are not sure the bumps are milia.',
    sources: ['S12', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'eye-area.discourages': {
    id: 'eye-area.discourages',
    title: 'Leaving eyelid milia to a professional is good advice',
    severity: 'agrees',
    summary:
      'Eyelid skin is very thin, and a slipped tool can cut the lid or, at worst, harm the eye. Milia on or near the eyelid should only be removed by a professional.',
    doInstead: 'See a dermatologist, an eye doctor or an eyelid surgeon if you want them removed.',
    sources: ['S12', 'S4'],
    lastReviewed: LAST_REVIEWED,
  },
  'eye-area.describes': {
    id: 'eye-area.describes',
    title: 'Milia around the eyes',
    severity: 'info',
    summary:
      'In older children and adults, milia are most often found on the eyelids and around the eyes. The skin there is very thin, so removal is a job for a professional.',
    doInstead: 'Leave them alone, or see a professional if you want them removed.',
    sources: ['S3', 'S5', 'S12'],
    lastReviewed: LAST_REVIEWED,
  },
  'infant.recommends': {
    id: 'infant.recommends',
    title: 'Baby milia need no treatment',
    severity: 'caution',
    summary:
      'Milia are common in newborns and clear by themselves without scarring, usually within weeks to a few months. Babies don’t need creams, scrubs or acne products for them.',
    doInstead:
      'Wash your baby’s face daily with warm water and a mild baby soap, and pat dry. Don’t pinch or scrub, and keep lotions and oils off the face.',
    seeClinicianIf:
      'the bumps haven’t cleared by about 3 months or you are worried. Seek prompt care if your baby has a rash and seems unwell (for example fever, poor feeding or unusual sleepiness).',
    sources: ['S2', 'S5', 'S6', 'S15'],
    lastReviewed: LAST_REVIEWED,
  },
  'infant.discourages': {
    id: 'infant.discourages',
    title: 'Leaving baby milia alone is good advice',
    severity: 'agrees',
    summary:
      'Baby milia are harmless and clear by themselves without scarring. No treatment is needed.',
    doInstead:
      'Wash the face daily with warm water and a mild baby soap, pat dry, and keep lotions and oils off the face.',
    seeClinicianIf: 'the bumps haven’t cleared by about 3 months or you are worried.',
    sources: ['S1', 'S2', 'S6', 'S5'],
    lastReviewed: LAST_REVIEWED,
  },
  'infant.describes': {
    id: 'infant.describes',
    title: 'Milia in babies',
    severity: 'info',
    summary:
      'Milia are common in newborns, mostly on the nose, and are not baby acne. They clear by themselves without scarring, usually within weeks to a few months.',
    doInstead:
      'No treatment is needed: wash the face gently with warm water and a mild baby soap, and don’t pinch or scrub.',
    seeClinicianIf: 'the bumps haven’t cleared by about 3 months or you are worried.',
    sources: ['S3', 'S5', 'S6', 'S7'],
    lastReviewed: LAST_REVIEWED,
  },

  'myth.discourages': {
    id: 'myth.discourages',
    title: 'Correcting a myth',
    severity: 'agrees',
    summary:
      'The page corrects a common myth about milia, in line with clinical sources. Milia are sealed cysts of keratin, not acne, and squeezing doesn’t work on them.',
    doInstead: 'Leave them alone, or ask a clinician if you want them removed.',
    sources: ['S7', 'S8', 'S4'],
    lastReviewed: LAST_REVIEWED,
  },
} satisfies Partial<Record<NoteId, Note>>;
