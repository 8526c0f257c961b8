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
  ],
});
