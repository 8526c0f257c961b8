import { defineRule } from '../rule.ts';

/** Dermabrasion (sheet 5.7): surgical resurfacing for very extensive cases, and itself a cause of milia. */
export default defineRule({
  id: 'pro-dermabrasion',
  kind: 'professional',
  patterns: ['\\bdermabrasion\\b'],
  span: 'sentence',
  notes: { recommends: 'pro-dermabrasion', describes: 'pro-dermabrasion' },
  examples: [
    {
      text: 'Milia often turn up after procedures such as dermabrasion.',
      expect: 'professional:describes',
    },
  ],
});
