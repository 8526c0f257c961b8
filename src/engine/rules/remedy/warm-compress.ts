import { defineRule } from '../rule.ts';
import { onSkin } from './on-skin.ts';

/**
 * A warm compress (seed claim b): low risk and unproven; a comfort step, not a treatment. A warm
 * spoon is `warm-spoon.ts`.
 */
export default defineRule({
  id: 'remedy-warm-compress',
  kind: 'diy-remedy',
  patterns: [
    '\\b(?:warm|hot|damp|wet|moist),?\\s+(?:(?:and\\s+)?(?:damp|wet|clean|soft|moist|warm)\\s*,?\\s+)?(?:compress|washcloth|cloth|flannel|towel)(?:es|s)?\\b',
    '\\b(?:compress|(?:wash)?cloth|flannel|towel)s?\\s+(?:in|with|under)\\s+(?:warm|hot)\\s+water\\b',
    '\\bcompress(?:es)?\\b',
  ],
  span: 'sentence',
  notes: { recommends: 'warm-compress' },
  accept: onSkin,
  examples: [
    {
      text: 'Hold a warm, damp washcloth against the milia for five minutes.',
      expect: 'diy-remedy:recommends',
    },
    { text: 'Rinse milia-prone skin with warm water and dry with a towel.', expect: null },
    // "Leave it" after a step keeps the compress on: the step's own advice, no warning.
    {
      text: 'Press a hot flannel against the milia on your jaw and leave it, a quarter of an hour does it.',
      expect: 'diy-remedy:recommends',
    },
    // A list item's heading: its item says where the compress goes.
    { text: 'Easing milia at home\n\n2. Try a warm compress', expect: 'diy-remedy:recommends' },
  ],
});
