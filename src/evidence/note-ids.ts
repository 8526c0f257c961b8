/**
 * Every evidence note the product can show, by id. Rules name notes by these ids, and the notes
 * table is a `Record<NoteId, Note>`, so a rule pointing at a missing note, or a note id without a
 * note, fails the typecheck before any test runs.
 */

/**
 * One note per (kind, stance) the engine can produce: the fallback when no specific note fits.
 * Myths have none for stating a myth: every myth rule shows the note that corrects its own myth.
 */
export const GENERIC_NOTE_IDS = [
  'milia-term.describes',
  'diy-extraction.recommends',
  'diy-extraction.discourages',
  'diy-extraction.describes',
  'harsh-exfoliation.recommends',
  'harsh-exfoliation.discourages',
  'harsh-exfoliation.describes',
  'diy-remedy.recommends',
  'diy-remedy.discourages',
  'diy-remedy.describes',
  'professional.recommends',
  'professional.discourages',
  'professional.describes',
  'eye-area.recommends',
  'eye-area.discourages',
  'eye-area.describes',
  'infant.recommends',
  'infant.discourages',
  'infant.describes',
  'myth.discourages',
] as const;

/** Notes for things the evidence sheet speaks to specifically. */
export const SPECIFIC_NOTE_IDS = [
  // DIY extraction (sheet section 2)
  'needle-at-home',
  'squeezing-popping',
  'extractor-tool',
  'extraction-near-eyes',
  'extraction-on-baby',
  'antiseptic-afterwards',
  // Harsh exfoliation and kitchen remedies (sheet section 3)
  'pumice-toothbrush',
  'lemon-juice',
  'baking-soda',
  'toothpaste',
  'apple-cider-vinegar',
  'steam',
  'warm-compress',
  // What milia are, rare forms, babies (sheet sections 1 and 4.2)
  'milia-en-plaque',
  'baby-milia',
  // Professional procedures (sheet section 5)
  'pro-deroofing',
  'pro-cryotherapy',
  'pro-curettage-electrodesiccation',
  'pro-laser',
  'pro-chemical-peel',
  'pro-microdermabrasion',
  'pro-dermabrasion',
  // Myths (sheet section 7, M1-M11)
  'myth-whiteheads',
  'myth-pop-like-pimple',
  'myth-dermabrasion-blade',
  'myth-toothpaste-dries',
  'myth-scrub-harder',
  'myth-steam-opens-pores',
  'myth-milk-spots-milk',
  'myth-treat-baby-milia',
  'myth-dirt-hygiene',
  'myth-cryotherapy-most-common',
  'myth-diy-away-from-eyes',
] as const;

/**
 * Marked pure so that a bundle which never reads it (the content script) leaves out both lists: a
 * top-level spread would otherwise be kept, in case iterating had side effects.
 */
export const NOTE_IDS = /* @__PURE__ */ (() =>
  [...GENERIC_NOTE_IDS, ...SPECIFIC_NOTE_IDS] as const)();
export type NoteId = (typeof NOTE_IDS)[number];
