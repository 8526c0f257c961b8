/** Sentences about feet, grout or teeth: scrubbing there is not advice about milia. */
export const NOT_FACE =
  /\b(?:feet|foot|heels?|callus\w*|soles?|elbows?|knees?|grout|tiles?|teeth|gums|pans?|dishes|floors?|oven)\b/iu;
