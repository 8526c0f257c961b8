import { LAST_REVIEWED } from '../disclaimer.ts';
import type { NoteId } from '../note-ids.ts';
import type { Note } from '../types.ts';

/**
 * Scrubbing and kitchen remedies (sheet section 3 and claims (a), (b)). The harms of the kitchen
 * remedies come from sources the product may not link, so these notes cite the canonical sources
 * for their main point (there is nothing to gain; leave milia alone, wash gently) and word the
 * harms exactly as the sheet does.
 */
export const REMEDY_NOTES = {
  'pumice-toothbrush': {
    id: 'pumice-toothbrush',
    title: 'Don’t rub milia with pumice or a toothbrush',
    severity: 'caution',
    summary:
      'There is no evidence that rubbing removes a cyst that lies under unbroken skin. Friction irritates, can leave dark marks and can cause new milia, and pumice is far too rough for the face and dangerous near the eyes.',
    doInstead: 'Wash gently with your fingertips in lukewarm water, and don’t scrub.',
    sources: ['S2', 'S8', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  'lemon-juice': {
    id: 'lemon-juice',
    title: 'Lemon juice can burn skin in sunlight',
    severity: 'caution',
    summary:
      'Lemon and lime juice contain natural chemicals that, in sunlight, can cause burn-like redness, blisters and lasting brown marks. There is no evidence it helps milia.',
    doInstead: 'Leaving milia alone is fine. Wash gently with your fingertips in lukewarm water.',
    sources: ['S8', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  'baking-soda': {
    id: 'baking-soda',
    title: 'Baking soda is harsh on skin',
    severity: 'caution',
    summary:
      'Baking soda is alkaline, while the skin’s surface is mildly acidic, and dermatologists warn that it irritates and dries skin. There is no evidence it helps milia.',
    doInstead: 'Leaving milia alone is fine. Use a mild cleanser with your fingertips instead.',
    sources: ['S8', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  toothpaste: {
    id: 'toothpaste',
    title: 'Toothpaste won’t dry out milia',
    severity: 'caution',
    summary:
      'Milia are dry balls of keratin, so “drying them out” makes no sense. Toothpaste contains detergents, peroxide and other ingredients that can irritate skin or cause an allergic rash.',
    doInstead: 'Leaving milia alone is fine. Wash gently with your fingertips in lukewarm water.',
    sources: ['S1', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'apple-cider-vinegar': {
    id: 'apple-cider-vinegar',
    title: 'Vinegar can burn skin',
    severity: 'caution',
    summary:
      'Apple cider vinegar is an acid and can chemically burn skin; in one published case, using it on a mole ended with scarring and changes in skin tone. There is no evidence it helps milia.',
    doInstead: 'Leaving milia alone is fine. Wash gently with your fingertips in lukewarm water.',
    sources: ['S8', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  steam: {
    id: 'steam',
    title: 'Steam won’t open milia',
    severity: 'caution',
    summary:
      'Milia aren’t in pores, so there is nothing for steam to open, and there is no evidence it clears them. Hot steam can scald, and heat can make redness worse.',
    doInstead: 'Wash with lukewarm, not hot, water, using your fingertips.',
    sources: ['S7', 'S8', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  'warm-compress': {
    id: 'warm-compress',
    title: 'A warm cloth is comfort, not a cure',
    severity: 'caution',
    summary:
      'A lukewarm (not hot) damp cloth is low risk, but nothing shows it clears milia. Treat it as a comfort step, not a treatment, and don’t let it lead to picking.',
    doInstead: 'Keep the cloth lukewarm, and leave the milia alone afterwards.',
    sources: ['S6'],
    lastReviewed: LAST_REVIEWED,
  },
} satisfies Partial<Record<NoteId, Note>>;
