import { LAST_REVIEWED } from '../disclaimer.ts';
import type { NoteId } from '../note-ids.ts';
import type { Note } from '../types.ts';

/** Professional procedures (sheet section 5): what each is, who does it, its main risks. */
export const PROFESSIONAL_NOTES = {
  'pro-deroofing': {
    id: 'pro-deroofing',
    title: 'De-roofing: opening and emptying the cyst',
    severity: 'info',
    summary:
      'The standard treatment: a clinician nicks the top with a fine sterile blade, needle or lancet, then presses the contents out. Even done by a professional, it carries a small risk of pitted scars or dark marks.',
    doInstead:
      'Ask a clinician if you want milia removed, and don’t copy this at home. Numbing is usually not needed, and a treated milium rarely comes back, though new ones may form.',
    sources: ['S4', 'S8', 'S6'],
    lastReviewed: LAST_REVIEWED,
  },
  'pro-cryotherapy': {
    id: 'pro-cryotherapy',
    title: 'Cryotherapy (freezing)',
    severity: 'info',
    summary:
      'A clinician can freeze milia with liquid nitrogen; it is one option among several. Risks include blistering, lighter or darker patches (more of a concern on darker skin) and scarring.',
    doInstead: 'Ask a clinician which option suits you.',
    sources: ['S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'pro-curettage-electrodesiccation': {
    id: 'pro-curettage-electrodesiccation',
    title: 'Curettage and electrodesiccation',
    severity: 'info',
    summary:
      'A clinician scrapes the cyst out (curettage) or opens or destroys it with a fine electric current (electrodesiccation). There is a small risk of pitted scars or dark marks.',
    doInstead: 'Ask a clinician which option suits you.',
    sources: ['S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'pro-laser': {
    id: 'pro-laser',
    title: 'Laser treatment',
    severity: 'info',
    summary:
      'A clinician can destroy the cyst with a laser (CO2 or erbium), which case reports describe for extensive milia and milia en plaque. Risks include changes in skin tone and scarring, eye shields are essential near the eyes, and these lasers can themselves cause milia.',
    doInstead: 'Ask a clinician whether a laser makes sense for you.',
    sources: ['S8', 'S28', 'S2'],
    lastReviewed: LAST_REVIEWED,
  },
  'pro-chemical-peel': {
    id: 'pro-chemical-peel',
    title: 'Chemical peels',
    severity: 'info',
    summary:
      'Peels done in a clinic are reported to help very extensive milia, but the evidence is weak and peels are also a known trigger of milia. Home peels are not the same, and acid peels done yourself can burn or darken skin.',
    doInstead: 'Treat a peel as an option for a clinician to give, not a home treatment.',
    sources: ['S8', 'S46'],
    lastReviewed: LAST_REVIEWED,
  },
  'pro-microdermabrasion': {
    id: 'pro-microdermabrasion',
    title: 'Microdermabrasion',
    severity: 'info',
    summary:
      'Microdermabrasion is light machine exfoliation using crystals or a diamond tip with suction. Some clinics offer it for milia, but there is no good evidence it helps.',
    doInstead:
      'Ask a clinician about the standard treatment, which is opening the cyst and pressing the contents out.',
    sources: ['S4', 'S8'],
    lastReviewed: LAST_REVIEWED,
  },
  'pro-dermabrasion': {
    id: 'pro-dermabrasion',
    title: 'Dermabrasion',
    severity: 'info',
    summary:
      'Dermabrasion is a surgical procedure, done with numbing, in which a fast-spinning wire brush or diamond wheel removes the upper layers of skin. It bleeds, needs time to recover, is kept for very extensive cases of milia, and can itself cause milia.',
    doInstead:
      'Ask a clinician about simpler options first; the standard treatment is opening the cyst and pressing the contents out.',
    sources: ['S31', 'S8', 'S2'],
    lastReviewed: LAST_REVIEWED,
  },
} satisfies Partial<Record<NoteId, Note>>;
