import { defineRule } from '../rule.ts';
import { offFace } from './not-face.ts';
import { FACE_OR_BUMPS, HOUSEHOLD } from '../../lexicon/household.ts';

/**
 * At-home abrasion: microdermabrasion kits, brushes, loofahs, home dermaplaning (sheet 3.2, 5.6).
 * The household abrasives pages also rub on milia are `household-abrasive.ts`.
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
  ],
  span: 'sentence',
  // A loofah on the legs or a brush in the bath is no advice about milia, unless the sentence
  // names the milia or the face too ("a facial brush on milia, then body lotion").
  accept: (facts) =>
    !offFace(facts.text) && !(HOUSEHOLD.test(facts.lower) && !FACE_OR_BUMPS.test(facts.lower)),
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
    // The sentence's other words do not take the face's brush off the milia.
    {
      text: 'Sweep a cleansing brush over the milia on your chin, then smooth body cream on your arms.',
      expect: 'harsh-exfoliation:recommends',
    },
    {
      text: 'Milia fade on their own.\n\nA loofah and a body wash are all I use in the bath.',
      expect: null,
    },
  ],
});
