/** The sheet requires the product to say plainly that it gives information, not medical advice. */
export const DISCLAIMER =
  'This is general information, not a diagnosis or medical advice; if you are worried about your skin or your child’s, see a clinician.';

/** The date every note was last checked against the evidence sheet. */
export const LAST_REVIEWED = '2026-11-24';
