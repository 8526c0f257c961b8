import { defineRule } from '../rule.ts';

/**
 * Home remedies as a class (sheet 3.8): pages praise or warn against "home remedies" and "DIY
 * masks" without naming one. A title that only names them ("Natural remedies for milia") is a
 * topic, not advice, so the phrase counts only when the sentence takes a stance.
 */
export default defineRule({
  id: 'remedy-home-remedies',
  kind: 'diy-remedy',
  patterns: [
    '\\b(?:home|natural|herbal|homemade|diy)\\s+(?:remed(?:y|ies)|cures?|masks?|oils?(?:\\s+and\\s+masks?)?)\\b',
    // "Kitchen remedies", "kitchen-cupboard fixes", "soften milia the natural way".
    '\\bkitchen(?:[\\s-]+cupboard)?\\s+(?:remed(?:y|ies)|fix(?:es)?|cures?)\\b',
    // (Looked for from "natural" back: "the" is on every line.)
    '\\bnatural\\s+way\\b(?<=\\bthe\\s+natural\\s+way)',
  ],
  span: 'sentence',
  onlyWhen: (verdict) => verdict.stance !== 'describes',
  examples: [
    { text: 'Home remedies for milia that really work', expect: 'diy-remedy:recommends' },
    {
      text: 'Skip the DIY masks and see a dermatologist if the milia stay.',
      expect: 'diy-remedy:discourages',
    },
    { text: 'Natural remedies for milia', expect: null },
    { text: 'Soften milia the natural way', expect: 'diy-remedy:recommends' },
    { text: "Why kitchen remedies won't shift milia", expect: 'diy-remedy:discourages' },
  ],
});
