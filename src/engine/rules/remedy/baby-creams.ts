import { defineRule } from '../rule.ts';

/**
 * Creams, lotions and oils on a baby's face (sheet 4.2, myth M8): babies' milia need no
 * treatment, and lotions and oils are best kept off. For adults these words are ordinary skincare.
 */
export default defineRule({
  id: 'remedy-baby-creams',
  kind: 'diy-remedy',
  patterns: [
    '\\b(?:creams?|lotions?|oils?|ointments?|acne\\s+(?:products?|treatments?|washes?))\\b',
  ],
  span: 'sentence',
  notes: { recommends: 'infant.recommends' },
  accept: (facts) => facts.has('infant'),
  examples: [
    { text: "Don't put creams or lotions on your baby's milia.", expect: 'diy-remedy:discourages' },
    {
      text: 'Choose lighter products and avoid thick creams around the eyes if you have milia.',
      expect: null,
    },
  ],
});
