import { defineRule } from '../rule.ts';
import { offFace } from './not-face.ts';

/** What a household abrasive is meant for: walls and woodwork, a body below the neck, vegetables. */
const HOUSEHOLD =
  /\b(?:walls?|doors?|frames?|floors?|tiles?|grout|scuff\s+marks|crayon|marks\s+on|paint\w*|wood\w*|furniture|trainers|sneakers|shoes|sink|bath(?:tub)?|hob|oven|legs?|arms?|body|thighs?|cellulite|mushrooms?|vegetables|potatoes|carrots|grill|barbecue|bbq)\b/;

/**
 * At-home abrasion: microdermabrasion kits, brushes, loofahs, home dermaplaning (sheet 3.2, 5.6),
 * and the household abrasives pages rub on milia, a dry brush, a melamine "magic" sponge or
 * sandpaper (sheet 3.1: friction removes nothing under intact skin).
 */
export default defineRule({
  id: 'harsh-abrasion-device',
  kind: 'harsh-exfoliation',
  patterns: [
    '\\b(?:at[\\s-]home|home|diy)\\s+(?:micro)?dermabrasion\\b',
    '\\bmicrodermabrasion\\s+(?:kits?|devices?|wands?|tools?|machines?|pens?|at\\s+home)\\b',
    '\\b(?:exfoliating|facial|cleansing|spin|spinning|rotating)\\s+(?:face\\s+)?(?:brush|mitt|glove|sponge)(?:es|s)?\\b',
    '\\bloofahs?\\b',
    // The brush that pages name by its brand.
    '\\bclarisonic\\b',
    '\\bdermaplan(?:e|ing)\\s+(?:at\\s+home|tools?|razors?)\\b',
    '\\b(?:dry[\\s-]brush(?:ing|ed|es)?|magic\\s+erasers?|melamine\\s+(?:foam|sponges?)|sandpaper|emery\\s+boards?)\\b',
  ],
  span: 'sentence',
  // A household abrasive on a wall, a floor or a body's heels is no advice about milia.
  accept: (facts) => !offFace(facts.text) && !HOUSEHOLD.test(facts.lower),
  examples: [
    {
      text: 'my clarisonic + st ives combo finally got rid of my chin milia',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'The spinning brush head was way too rough on my milia and made my cheeks raw.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'I use a cleansing brush on my milia.\n\nThe friction helps break them up.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'Use an at-home microdermabrasion wand to buff milia away.',
      expect: 'harsh-exfoliation:recommends',
    },
    { text: 'Avoid facial brushes on milia-prone skin.', expect: 'harsh-exfoliation:discourages' },
    {
      text: 'Microdermabrasion at home can help get rid of milia.',
      expect: 'harsh-exfoliation:recommends',
    },
    // A shop's listing puts the device in the reader's hands.
    {
      text: 'Home Microdermabrasion Wand Kit for Milia and Pores',
      expect: 'harsh-exfoliation:recommends',
    },
    { text: 'Home microdermabrasion for milia: worth it?', expect: 'harsh-exfoliation:describes' },
    // Household abrasives on the face, and the same abrasives on a house or on feet.
    {
      text: 'Buff the milia on your jaw with a melamine sponge twice a week.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'Dry-brushing my cheeks every morning has smoothed the milia away.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'A bit of fine sandpaper on milia will only leave the skin raw.',
      expect: 'harsh-exfoliation:discourages',
    },
    {
      text: 'Milia aside, a magic eraser lifts crayon off the wall in seconds.',
      expect: null,
    },
    { text: 'My milia cleared; now I dry brush my legs before the shower.', expect: null },
    { text: 'Milia came and went. Sand the door frame with fine sandpaper first.', expect: null },
  ],
});
