import type { ChecklistItem } from './types.ts';

/** Reasonable home care (sheet section 4), in the order the popup lists it: gentlest first. */
export const HOME_CARE_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'leave-alone',
    text: 'Leaving milia alone is fine.',
    why: 'They are harmless, and treatment is only for looks.',
    sources: ['S8', 'S7', 'S1'],
    noteId: 'milia-term.describes',
  },
  {
    id: 'gentle-cleansing',
    text: 'Wash with a mild cleanser, using your fingertips and lukewarm water.',
    why: 'Dermatologists advise washing gently, without scrubbing.',
    sources: ['S36'],
  },
  {
    id: 'no-picking',
    text: 'Don’t pick, squeeze or use needles or pins.',
    why: 'Milia have no opening; picking may cause infection, scars and dark marks.',
    sources: ['S4', 'S8', 'S6'],
    noteId: 'needle-at-home',
  },
  {
    id: 'no-harsh-scrubs',
    text: 'Skip harsh scrubs, brushes and pumice.',
    why: 'There is no evidence scrubbing removes milia, and skin injury can cause dark marks and new milia.',
    sources: ['S8', 'S2', 'S36'],
    noteId: 'harsh-exfoliation.recommends',
  },
  {
    id: 'lighter-products',
    text: 'If milia appeared after you started a rich cream, try a lighter product.',
    why: 'Heavy creams are widely blamed, though the evidence is weak.',
    sources: ['S2'],
  },
  {
    id: 'sunscreen',
    text: 'Wear sunscreen every day, above all if you use a retinoid or an acid.',
    why: 'Retinoids and acids make skin more sensitive to the sun.',
    sources: ['S45', 'S46'],
  },
  {
    id: 'otc-retinoid',
    text: 'Aged 12 or over? An over-the-counter retinoid gel such as adapalene 0.1% is an option. It takes weeks to months, may cause redness, dryness, flaking, burning and sun sensitivity, and must be kept away from the eyes. If you are pregnant or breastfeeding, ask a doctor first.',
    why: 'Dermatologists use a prescription retinoid for stubborn milia; we found no milia studies of adapalene itself.',
    sources: ['S8', 'S4', 'S45'],
  },
  {
    id: 'gentle-chemical-exfoliant',
    text: 'A gentle acid exfoliant (such as glycolic, lactic or salicylic acid) is an option, one product at a time, kept off the edge of the eyelid.',
    why: 'They are commonly suggested, though we found no milia studies, and glycolic acid can make skin more sensitive to the sun.',
    sources: ['S46'],
  },
  {
    id: 'babies-no-treatment',
    text: 'Babies need no treatment: wash the face with warm water and a mild baby soap, and keep lotions and oils off it.',
    why: 'Baby milia clear by themselves without scarring.',
    sources: ['S6', 'S5', 'S2'],
    noteId: 'baby-milia',
  },
  {
    id: 'clinician-removal',
    text: 'If you want milia removed, that is a job for a clinician.',
    why: 'A clinician makes a tiny opening with sterile tools first; near the eyes, only a professional should do it.',
    sources: ['S4', 'S8', 'S12'],
    noteId: 'pro-deroofing',
  },
];
