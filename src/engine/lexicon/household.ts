/**
 * The words that tell a kitchen or household use of a remedy's or an abrasive's word from its use
 * on milia: what the bumps are and where they sit, and the house, the body and the dishes the
 * same salt, spoon or sponge goes on. One list for the rules that need them, so a word added for
 * one page's look-alike serves the others.
 */

/** The bumps themselves or the face they sit on (never bare "skin", "it" or "them"). */
export const FACE_OR_BUMPS =
  /\b(?:milia|milium|face|facial|cheeks?|nose|forehead|chin|jaw\w*|eyes?|eyelids?|bumps?|spots?|cysts?)\b/;

/** What a household abrasive is meant for: walls and woodwork, a body below the neck, vegetables. */
export const HOUSEHOLD =
  /\b(?:walls?|doors?|frames?|floors?|tiles?|grout|scuff\s+marks|crayon|marks\s+on|paint\w*|wood\w*|furniture|trainers|sneakers|shoes|sink|bath(?:tub)?|hob|oven|legs?|arms?|body|thighs?|cellulite|mushrooms?|vegetables|potatoes|carrots|grill|barbecue|bbq)\b/;

/** Feet, grout, teeth or vegetables: scrubbing there is not advice about milia. */
export const NOT_FACE =
  /\b(?:feet|foot|heels?|callus\w*|soles?|elbows?|knees?|grout|tiles?|teeth|gums|pans?|dishes|floors?|oven|vegetables|potatoes|carrots|mushrooms)\b/iu;

/** A house being cleaned: "mix baking soda with lemon for the grout", "salt on the spill". */
export const CLEANING =
  /\b(?:grout|tiles?|sink|oven|pans?|drains?|laundry|stains?|spills?|carpets?)\b/iu;

/** A dish the kitchen word goes into: "salt the chicken", "warm a spoon of honey for the porridge". */
export const COOKING =
  /\b(?:porridge|soup|sauce|dough|batter|chicken|pork|beef|meat|fish|cereal|custard|gravy|marinade)\b/;
