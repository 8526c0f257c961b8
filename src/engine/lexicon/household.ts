/**
 * The words that tell a kitchen or household use of a remedy's or an abrasive's word from its use
 * on milia: what the bumps are and where they sit, and the house, the body and the dishes the
 * same salt, spoon or sponge goes on. One list for the rules that need them, so a word added for
 * one page's look-alike serves the others.
 */

/** The bumps themselves or the face they sit on (never bare "skin", "it" or "them"). */
export const FACE_OR_BUMPS =
  /\b(?:milia|milium|face|facial|cheeks?|nose|forehead|chin|jaw\w*|eyes?|eyelids?|bumps?|spots?|cysts?)\b/;

/** The face only: a sentence naming it aims its abrasive there whatever else it names. */
export const FACE_PART =
  /\b(?:face|facial|cheeks?|nose|forehead|chin|jaw\w*|eyes?|eyelids?|temples?|brow\w*)\b/;

/** What a household abrasive is meant for: walls and woodwork, a body below the neck, vegetables. */
export const HOUSEHOLD =
  /\b(?:walls?|doors?|frames?|floors?|tiles?|grout|scuff\s+marks|crayon|marks\s+on|paint\w*|wood\w*|furniture|trainers|sneakers|shoes|sink|bath(?:tub)?|hob|oven|legs?|arms?|body|thighs?|cellulite|mushrooms?|vegetables|potatoes|carrots|grill|barbecue|bbq)\b/;
