import { LAST_REVIEWED } from '../disclaimer.ts';
import type { NoteId } from '../note-ids.ts';
import type { Note } from '../types.ts';

/** What milia are, for the forms the sheet singles out (sections 1.4-1.8 and 4.2). */
export const ABOUT_NOTES = {
  'milia-en-plaque': {
    id: 'milia-en-plaque',
    title: 'Milia en plaque: a rare form',
    severity: 'info',
    summary:
      'In this rare form, many milia sit on a red, raised patch, classically behind or around the ear or on the eyelids. It is sometimes linked to other skin conditions, so a clinician should look at it.',
    doInstead:
      'Don’t treat it at home. Treatments reported in small case reports include retinoid creams, lasers and freezing, each with drawbacks.',
    seeClinicianIf: 'you notice milia on a red, raised patch of skin.',
    sources: ['S11', 'S3', 'S8', 'S23'],
    lastReviewed: LAST_REVIEWED,
  },
  'baby-milia': {
    id: 'baby-milia',
    title: 'Milia in babies',
    severity: 'info',
    summary:
      'Milia are common in newborns, up to about half of full-term babies, mostly on the nose. They are harmless and clear by themselves without scarring, usually within weeks to a few months.',
    doInstead:
      'No treatment is needed. Wash the face daily with warm water and a mild baby soap, pat dry, don’t pinch or scrub, and keep lotions, oils and adult acne products off the face.',
    seeClinicianIf:
      'the bumps haven’t cleared by about 3 months or you are worried. Seek prompt care if your baby has a rash and seems unwell (for example fever, poor feeding or unusual sleepiness).',
    sources: ['S2', 'S5', 'S6', 'S1', 'S15'],
    lastReviewed: LAST_REVIEWED,
  },
} satisfies Partial<Record<NoteId, Note>>;
