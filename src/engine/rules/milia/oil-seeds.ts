import { defineRule } from '../rule.ts';

/**
 * "Oil seeds" is a lay name for milia but mostly means sunflower and rape seed, so it only counts
 * in a sentence about skin.
 */
export default defineRule({
  id: 'milia-oil-seeds',
  kind: 'milia-term',
  patterns: ['\\boil[\\s-]*seeds?\\b'],
  span: 'match',
  accept: (facts) => /\b(?:skin|face|eyes?|cheeks?|bumps?|spots?|cysts?)\b/iu.test(facts.text),
  examples: [
    {
      text: 'The little white bumps on her face are sometimes called oil seeds.',
      expect: 'milia-term:describes',
    },
    { text: 'Oil seeds such as rapeseed are pressed for cooking oil.', expect: null },
  ],
});
