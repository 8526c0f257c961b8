import { defineRule } from '../rule.ts';

/**
 * Creams kept off the spots, as baby pages and parents' replies say it without naming the baby
 * again: "no creams, no squeezing", "don't put oils on them", "don't squeeze them or use creams".
 */
const KEPT_OFF =
  /\b(?:no|(?:don['’]?t|do\s+not|not\s+to|never|or)\s+(?:put|use|apply|rub))\s+(?:any\s+)?(?:creams?|lotions?|oils?|ointments?)\b/u;

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
  accept: (facts) => facts.has('infant') || KEPT_OFF.test(facts.lower),
  examples: [
    { text: "Don't put creams or lotions on your baby's milia.", expect: 'diy-remedy:discourages' },
    {
      text: 'Choose lighter products and avoid thick creams around the eyes if you have milia.',
      expect: null,
    },
    {
      text: 'Reply: the milia will fade, leave them alone, no creams.',
      expect: 'diy-remedy:discourages',
    },
    { text: "Milia? Don't squeeze them or put oils on them.", expect: 'diy-remedy:discourages' },
  ],
});
