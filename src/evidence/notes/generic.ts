import { LAST_REVIEWED } from '../disclaimer.ts';
import type { NoteId } from '../note-ids.ts';
import type { Note } from '../types.ts';

/**
 * Fallback notes, one per (kind, stance) the engine can report, for findings no specific note fits.
 * They stay general on purpose: the finding may be any sentence of that kind.
 */
export const GENERIC_NOTES = {
  'milia-term.describes': {
    id: 'milia-term.describes',
    title: 'About milia',
    severity: 'info',
    summary:
      'Milia are tiny, harmless cysts filled with keratin, the protein in the skin’s outer layer. They are not acne and have no opening to the surface.',
    doInstead:
      'Leaving them alone is fine: treatment is only for looks. Wash gently with your fingertips in lukewarm water.',
    seeClinicianIf:
      'they last many months despite gentle care, many appear suddenly, or you are not sure they are milia.',
    sources: ['S1', 'S7', 'S8', 'S3'],
    lastReviewed: LAST_REVIEWED,
  },
  'diy-extraction.recommends': {
    id: 'diy-extraction.recommends',
    title: 'Removing milia yourself is risky',
    severity: 'warning',
    summary:
      'Milia have no opening, so squeezing or picking does not get the keratin out and mainly damages the skin around it. Removing them at home may cause infection, bleeding, scabs, scars and dark marks.',
    doInstead:
      'Leave them alone, or ask a clinician. Clinicians don’t squeeze either: they first make a tiny opening with a sterile blade or needle.',
    seeClinicianIf: 'you want them removed, or they are on or near your eyelids.',
    sources: ['S4', 'S8', 'S6', 'S12'],
    lastReviewed: LAST_REVIEWED,
  },
  'diy-extraction.discourages': {
    id: 'diy-extraction.discourages',
    title: 'Not squeezing milia is good advice',
    severity: 'agrees',
    summary:
      'Squeezing doesn’t work: a milium has no opening and holds a hard ball of keratin. Clinicians don’t squeeze either; they make a tiny opening first.',
    doInstead: 'Leave them alone, or see a clinician if you want them removed.',
    sources: ['S4', 'S8', 'S7'],
    lastReviewed: LAST_REVIEWED,
  },
  'diy-extraction.describes': {
    id: 'diy-extraction.describes',
    title: 'How milia are removed',
    severity: 'info',
    summary:
      'Removal is a clinical procedure: a clinician makes a tiny opening with a sterile blade or needle, then presses the contents out. No clinical source recommends doing this at home.',
    doInstead: 'Leave milia alone, or ask a clinician if you want them removed.',
    sources: ['S4', 'S8', 'S12'],
    lastReviewed: LAST_REVIEWED,
  },
  'harsh-exfoliation.recommends': {
    id: 'harsh-exfoliation.recommends',
    title: 'Scrubbing is unlikely to help',
    severity: 'caution',
    summary:
      'There is no evidence that scrubbing removes milia: the cyst lies under unbroken skin. Rubbing can irritate the skin and may leave dark marks, and skin injury is itself a known cause of new milia.',
    doInstead: 'Wash gently with your fingertips in lukewarm water, and don’t scrub.',
    sources: ['S8', 'S2', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  'harsh-exfoliation.discourages': {
    id: 'harsh-exfoliation.discourages',
    title: 'Going gently is good advice',
    severity: 'agrees',
    summary:
      'Dermatologists advise against harsh scrubbing: there is no evidence it removes milia, which sit under unbroken skin, and aggressive exfoliation can leave dark spots.',
    doInstead: 'Wash gently with your fingertips in lukewarm water.',
    sources: ['S36', 'S8', 'S2'],
    lastReviewed: LAST_REVIEWED,
  },
  'harsh-exfoliation.describes': {
    id: 'harsh-exfoliation.describes',
    title: 'About exfoliating and milia',
    severity: 'info',
    summary:
      'Exfoliating means removing dead cells from the skin’s surface, with scrubs and brushes or with acids. There is no evidence that scrubbing removes milia, and dry, sensitive or acne-prone skin may find scrubs too irritating.',
    doInstead:
      'If you exfoliate, be gentle, don’t stack several irritating products, and keep them off the edge of the eyelid.',
    sources: ['S36', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'diy-remedy.recommends': {
    id: 'diy-remedy.recommends',
    title: 'Home remedies: no evidence for milia',
    severity: 'caution',
    summary:
      'None of the popular kitchen remedies has evidence that it clears milia, and several can irritate or burn the skin. They are riskier still near the eyes.',
    doInstead:
      'Leaving milia alone is fine. Wash gently with your fingertips in lukewarm water, and don’t scrub.',
    sources: ['S8', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  'diy-remedy.discourages': {
    id: 'diy-remedy.discourages',
    title: 'Skipping home remedies is good advice',
    severity: 'agrees',
    summary:
      'Kitchen remedies have no evidence for milia, and some can harm the skin. Milia are harmless, so leaving them alone is fine.',
    doInstead: 'Wash gently with your fingertips in lukewarm water.',
    sources: ['S8', 'S7', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  'diy-remedy.describes': {
    id: 'diy-remedy.describes',
    title: 'About home remedies',
    severity: 'info',
    summary:
      'Home remedies for milia are widely shared online, but none has evidence that it works. Milia are harmless, and leaving them alone is fine.',
    doInstead: 'Wash gently with your fingertips in lukewarm water, and don’t scrub.',
    sources: ['S8', 'S7', 'S36'],
    lastReviewed: LAST_REVIEWED,
  },
  'professional.recommends': {
    id: 'professional.recommends',
    title: 'Removal by a professional',
    severity: 'info',
    summary:
      'If you want milia removed, a clinician is the right person; the usual method is a tiny opening, then gently pressing the contents out. Milia are harmless, so treatment is only for looks.',
    doInstead:
      'Ask a dermatologist (skin doctor). For milia on or near the eyelids, a dermatologist, an eye doctor or an eyelid surgeon.',
    sources: ['S4', 'S8', 'S12'],
    lastReviewed: LAST_REVIEWED,
  },
  'professional.discourages': {
    id: 'professional.discourages',
    title: 'Treatment is optional',
    severity: 'info',
    summary:
      'Milia are harmless, so you don’t have to have them treated. If you do want them removed, a clinician is the safe way, not doing it yourself.',
    doInstead: 'Leave them alone, or ask a clinician about removal.',
    sources: ['S8', 'S4', 'S7'],
    lastReviewed: LAST_REVIEWED,
  },
  'professional.describes': {
    id: 'professional.describes',
    title: 'Professional treatments',
    severity: 'info',
    summary:
      'The standard treatment is de-roofing: a clinician makes a tiny opening and presses the contents out. Freezing, lasers and other methods are options in some cases, each with its own risks.',
    doInstead: 'Ask a clinician which option suits you; don’t copy any of them at home.',
    sources: ['S4', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
} satisfies Partial<Record<NoteId, Note>>;
